import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Title,
} from '@patternfly/react-core';
import type { Classification } from '../../appliance/types';
import { FindingsList } from '../../components/FindingsList';
import { KindBadge } from '../../components/KindBadge';
import { ReadinessStatus } from '../../components/ReadinessStatus';

export interface SourceStepProps {
  /** Golden images and appliances the user may see. */
  sources: Classification[];
  selected?: Classification;
  /** `namespace/name` of the chosen source. */
  onSelect: (id: string) => void;
  loaded: boolean;
  /** The URL named a source that cannot be read. */
  missing?: string;
}

const idOf = (c: Classification) => `${c.namespace}/${c.name}`;

/** Step 1: which golden image or appliance; its kind, readiness and findings. */
export const SourceStep: React.FC<SourceStepProps> = ({
  sources,
  selected,
  onSelect,
  loaded,
  missing,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <>
      {missing && (
        <Alert
          variant="danger"
          isInline
          title={t('The source {{source}} was not found or may not be read.', { source: missing })}
          data-test="wizard-source-missing"
        />
      )}
      <FormGroup label={t('Golden image or appliance')} fieldId="wizard-source" isRequired>
        <FormSelect
          id="wizard-source"
          data-test="wizard-source"
          value={selected ? idOf(selected) : ''}
          onChange={(_e, v) => onSelect(v)}
          isDisabled={!loaded}
          aria-label={t('Golden image or appliance')}
        >
          <FormSelectOption
            value=""
            label={loaded ? t('Choose a source') : t('Loading...')}
            isPlaceholder
          />
          {sources.map((c) => (
            <FormSelectOption
              key={idOf(c)}
              value={idOf(c)}
              label={`${c.displayName} (${c.namespace}/${c.name})`}
            />
          ))}
        </FormSelect>
      </FormGroup>
      {selected && (
        <div
          data-test="wizard-source-details"
          style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}
        >
          <Title headingLevel="h3">{selected.displayName}</Title>
          <DescriptionList isHorizontal isCompact>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Kind')}</DescriptionListTerm>
              <DescriptionListDescription>
                <KindBadge kind={selected.kind} flavor={selected.flavor} />
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Readiness')}</DescriptionListTerm>
              <DescriptionListDescription>
                <ReadinessStatus readiness={selected.readiness} />
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Namespace')}</DescriptionListTerm>
              <DescriptionListDescription>{selected.namespace}</DescriptionListDescription>
            </DescriptionListGroup>
            {selected.description && (
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Description')}</DescriptionListTerm>
                <DescriptionListDescription>{selected.description}</DescriptionListDescription>
              </DescriptionListGroup>
            )}
          </DescriptionList>
          {!selected.readiness.ready && (
            <Alert
              variant="warning"
              isInline
              title={t('This source is not Ready ({{reason}}).', {
                reason: selected.readiness.reason,
              })}
              data-test="wizard-source-not-ready"
            >
              {t(
                'You can still create the VirtualMachine; its disk is cloned once the source becomes Ready.',
              )}
            </Alert>
          )}
          {selected.findings.length > 0 && (
            <>
              <Title headingLevel="h4">{t('Findings about the boilerplate')}</Title>
              <FindingsList findings={selected.findings} data-test="source-findings" />
            </>
          )}
        </div>
      )}
    </>
  );
};
