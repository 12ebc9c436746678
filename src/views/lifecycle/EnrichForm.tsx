import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Form, HelperText, HelperTextItem } from '@patternfly/react-core';
import type { KubeObject } from '../../appliance/types';
import { TextField } from '../../components/FormFields';
import { enrichPatch } from '../../lifecycle/actions';
import { ObjectChoiceField, SubmitFooter, useGuardedSubmit, useObjectChoice } from './formParts';
import { DataSourceModel } from '../../k8s/models';
import { sdkClient } from '../../k8s/sdk-client';

/** The "enrich" edge: give a sealed DataSource the golden-image labels. */
const EnrichForm: React.FC<{ sealedDataSources: readonly KubeObject[] }> = ({
  sealedDataSources,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [chosen, setChosenKey] = useObjectChoice(sealedDataSources);
  const [preference, setPreference] = React.useState('');
  const [instancetype, setInstancetype] = React.useState('');
  const namespace = chosen?.metadata?.namespace;
  const submission = useGuardedSubmit(DataSourceModel, 'patch', namespace);

  if (sealedDataSources.length === 0) {
    return (
      <HelperText data-test="lifecycle-enrich-empty">
        <HelperTextItem>
          {t('No DataSource in this scope carries the label appliance.kubevirt.io/sealed: "true".')}
        </HelperTextItem>
      </HelperText>
    );
  }

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!chosen || !preference.trim()) return;
    await submission.run(
      () =>
        // A watched list's items may carry no kind; the client picks the model by it.
        sdkClient.patch(
          { kind: DataSourceModel.kind, ...chosen },
          enrichPatch(chosen, preference.trim(), instancetype.trim() || undefined),
        ),
      () => t('{{name}} is now a golden image.', { name: chosen.metadata?.name }),
    );
  };

  return (
    <Form onSubmit={submit} data-test="lifecycle-enrich">
      <ObjectChoiceField
        id="lifecycle-enrich-choice"
        label={t('Sealed DataSource')}
        choices={sealedDataSources}
        chosen={chosen}
        onChoose={setChosenKey}
      />
      <TextField
        id="lifecycle-enrich-preference"
        label={t('Default preference')}
        isRequired
        placeholder="fedora"
        value={preference}
        onChange={setPreference}
      />
      <TextField
        id="lifecycle-enrich-it"
        label={t('Default instancetype (optional)')}
        placeholder="u1.medium"
        value={instancetype}
        onChange={setInstancetype}
      />
      <SubmitFooter
        submission={submission}
        deniedTitle={t('You are not allowed to change DataSources in namespace {{namespace}}.', {
          namespace,
        })}
        failureTitle={t('Could not add the labels')}
        isInvalid={!preference.trim()}
      >
        {t('Add golden-image labels')}
      </SubmitFooter>
    </Form>
  );
};

export default EnrichForm;
