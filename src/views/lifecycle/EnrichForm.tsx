import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import type { KubeObject } from '../../appliance/types';
import { enrichPatch } from '../../lifecycle/actions';
import { ObjectChoiceField, SubmitOutcome, useObjectChoice, useSubmit } from './formParts';
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
  const { busy, result, run } = useSubmit();
  const namespace = chosen?.metadata?.namespace;
  const [allowed, checking] = useAccessReview({
    group: DataSourceModel.apiGroup,
    resource: DataSourceModel.plural,
    verb: 'patch',
    namespace,
  });

  if (sealedDataSources.length === 0) {
    return (
      <HelperText data-test="lifecycle-enrich-empty">
        <HelperTextItem>
          {t('No DataSource in this scope carries the label appliance.kubevirt.io/sealed: "true".')}
        </HelperTextItem>
      </HelperText>
    );
  }

  const denied = !checking && !allowed;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!chosen || !preference.trim()) return;
    await run(
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
      <FormGroup label={t('Default preference')} fieldId="lifecycle-enrich-preference" isRequired>
        <TextInput
          id="lifecycle-enrich-preference"
          placeholder="fedora"
          value={preference}
          onChange={(_e, v) => setPreference(v)}
        />
      </FormGroup>
      <FormGroup label={t('Default instancetype (optional)')} fieldId="lifecycle-enrich-it">
        <TextInput
          id="lifecycle-enrich-it"
          placeholder="u1.medium"
          value={instancetype}
          onChange={(_e, v) => setInstancetype(v)}
        />
      </FormGroup>
      {denied && (
        <Alert
          isInline
          variant="warning"
          title={t('You are not allowed to change DataSources in namespace {{namespace}}.', {
            namespace,
          })}
        />
      )}
      <SubmitOutcome result={result} failureTitle={t('Could not add the labels')} />
      <ActionGroup>
        <Button
          type="submit"
          variant="primary"
          isDisabled={!preference.trim() || busy || checking || denied}
          isLoading={busy}
        >
          {t('Add golden-image labels')}
        </Button>
      </ActionGroup>
    </Form>
  );
};

export default EnrichForm;
