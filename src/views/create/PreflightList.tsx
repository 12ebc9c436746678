import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { List, ListItem, Title } from '@patternfly/react-core';
import { CheckStateIcon } from '../../components/CheckStateIcon';
import type { CheckId, CheckResult, CheckState } from '../../appliance/preflight';

/**
 * The pre-flight checklist of the review step (semantics §10): one row per check with its state,
 * and what each non-passing check found. Errors block Create; warnings say what will happen.
 */
export const PreflightList: React.FC<{ checks: readonly CheckResult[] }> = ({ checks }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const titles: Record<CheckId, string> = {
    permission: t('Permission to create'),
    names: t('Names are free'),
    networks: t('Networks exist'),
    storage: t('Storage'),
    quota: t('Quota has room'),
    source: t('Source is ready'),
  };
  const states: Record<CheckState, string> = {
    pass: t('Passed'),
    warning: t('Warning'),
    error: t('Failed'),
    skipped: t('Skipped'),
    running: t('Checking...'),
  };
  return (
    <section aria-labelledby="preflight-title">
      <Title headingLevel="h3" id="preflight-title">
        {t('Pre-flight checks in the target namespace')}
      </Title>
      <List isPlain data-test="preflight">
        {checks.map((c) => (
          <ListItem key={c.id} data-test="preflight-check" data-id={c.id} data-state={c.state}>
            <CheckStateIcon state={c.state} /> <strong>{titles[c.id]}</strong>
            <span className="pf-v6-screen-reader">{`: ${states[c.state]}`}</span>
            {c.findings.length > 0 && (
              <ul>
                {c.findings.map((f, i) => (
                  <li key={`${f.code}-${i}`} data-test="preflight-finding" data-code={f.code}>
                    {t(f.message, f.params)}
                  </li>
                ))}
              </ul>
            )}
          </ListItem>
        ))}
      </List>
    </section>
  );
};
