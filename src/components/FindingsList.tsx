import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, List, ListItem } from '@patternfly/react-core';
import {
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InfoCircleIcon,
} from '@patternfly/react-icons';
import type { Finding, Severity } from '../findings';
import { rawValues } from './i18n-values';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const SeverityIcon: React.FC<{ severity: Severity }> = ({ severity }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const label = { error: t('Error'), warning: t('Warning'), info: t('Info') }[severity];
  const status = ({ error: 'danger', warning: 'warning', info: 'info' } as const)[severity];
  const Glyph = {
    error: ExclamationCircleIcon,
    warning: ExclamationTriangleIcon,
    info: InfoCircleIcon,
  }[severity];
  return (
    <Icon status={status} isInline aria-label={label} role="img">
      <Glyph />
    </Icon>
  );
};

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Extra content per finding, e.g. a "Fix" button in the editor. */
  renderAction?: (finding: Finding) => React.ReactNode;
  'data-test'?: string;
}

/** Findings, errors first, each with its translated message, code and path. */
export const FindingsList: React.FC<FindingsListProps> = ({
  findings,
  renderAction,
  'data-test': dataTest = 'findings-list',
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const sorted = React.useMemo(
    () => [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]),
    [findings],
  );
  if (sorted.length === 0) {
    return <p data-test={`${dataTest}-empty`}>{t('No findings.')}</p>;
  }
  return (
    <List isPlain data-test={dataTest}>
      {sorted.map((f, i) => (
        <ListItem
          key={`${f.code}:${f.path}:${i}`}
          data-test="finding"
          data-severity={f.severity}
          data-code={f.code}
        >
          <SeverityIcon severity={f.severity} />{' '}
          {/* Params can hold cluster text; React escapes it, so i18next must not escape twice. */}
          {t(f.message, rawValues({ ...f.params }))}{' '}
          <small>
            ({f.code}
            {f.path ? ` ${f.path}` : ''})
          </small>
          {renderAction?.(f)}
        </ListItem>
      ))}
    </List>
  );
};
