import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Title,
} from '@patternfly/react-core';
import { classifyDataSource } from '../../appliance/classify';
import type { Classification } from '../../appliance/types';
import { useDataSources } from '../../k8s/useDataSources';
import { FindingsList } from '../../components/FindingsList';
import { KindBadge } from '../../components/KindBadge';
import { ReadinessStatus } from '../../components/ReadinessStatus';

export interface SourceStepProps {
  /** The namespace of the route: its DataSources and the golden images are offered. */
  activeNamespace?: string;
  selected?: Classification;
  /** `namespace/name` of the chosen source. */
  onSelect: (id: string) => void;
  /** The URL named a source that cannot be read. */
  missing?: string;
}

const idOf = (c: Classification) => `${c.namespace}/${c.name}`;

const SourcePicker: React.FC<{
  activeNamespace?: string;
  /** `namespace/name` of the chosen source, or empty. */
  value: string;
  onSelect: (id: string) => void;
}> = ({ activeNamespace, value, onSelect }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { dataSources, loaded } = useDataSources(activeNamespace);
  const sources = React.useMemo(
    () =>
      dataSources
        .map((d) => classifyDataSource(d))
        .filter((c) => c.kind !== 'other')
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    [dataSources],
  );
  return (
    <FormGroup label={t('Golden image or appliance')} fieldId="wizard-source" isRequired>
      <FormSelect
        id="wizard-source"
        data-test="wizard-source"
        value={value}
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
  );
};

/** Step 1: which golden image or appliance; its kind, readiness and findings. */
export const SourceStep: React.FC<SourceStepProps> = ({
  activeNamespace,
  selected,
  onSelect,
  missing,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  // The list is watched only when the user wants to choose: a source from the URL needs none.
  const [choosing, setChoosing] = React.useState(false);
  // What the picker chose shows at once, before that source has loaded: a select that fell back
  // to the previous choice meanwhile would send the next arrow key from the wrong option.
  const [picked, setPicked] = React.useState<string>();
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
      {!selected || choosing ? (
        <SourcePicker
          activeNamespace={activeNamespace}
          value={picked ?? (selected ? idOf(selected) : '')}
          onSelect={(id) => {
            // The picker stays once used: arrow keys change a select's value one option at a
            // time, and a picker that went away at the first change would end the choice there.
            setChoosing(true);
            setPicked(id);
            onSelect(id);
          }}
        />
      ) : (
        <Button
          variant="link"
          isInline
          onClick={() => setChoosing(true)}
          data-test="wizard-source-change"
        >
          {t('Choose another source')}
        </Button>
      )}
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
