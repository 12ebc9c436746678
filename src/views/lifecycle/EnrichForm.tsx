import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  k8sPatch,
  useAccessReview,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import type { KubeObject } from '../../appliance/types';
import { enrichPatch } from '../../lifecycle/actions';
import { DataSourceModel } from './models';

const key = (o: KubeObject): string => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

/** The "enrich" edge: give a sealed DataSource the golden-image labels. */
const EnrichForm: React.FC<{ sealedDataSources: readonly KubeObject[] }> = ({
  sealedDataSources,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [chosenKey, setChosenKey] = React.useState('');
  const chosen = sealedDataSources.find((d) => key(d) === chosenKey) ?? sealedDataSources[0];
  const [preference, setPreference] = React.useState('');
  const [instancetype, setInstancetype] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<{ ok: boolean; text: string }>();
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
    if (!chosen || !preference.trim() || busy) return;
    setBusy(true);
    setResult(undefined);
    try {
      await k8sPatch({
        model: DataSourceModel,
        resource: chosen as K8sResourceCommon,
        data: enrichPatch(chosen, preference.trim(), instancetype.trim() || undefined),
      });
      setResult({
        ok: true,
        text: t('{{name}} is now a golden image.', { name: chosen.metadata?.name }),
      });
    } catch (err) {
      setResult({ ok: false, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={submit} data-test="lifecycle-enrich">
      <FormGroup label={t('Sealed DataSource')} fieldId="lifecycle-enrich-choice" isRequired>
        <FormSelect
          id="lifecycle-enrich-choice"
          value={chosen ? key(chosen) : ''}
          onChange={(_e, v) => setChosenKey(v)}
        >
          {sealedDataSources.map((d) => (
            <FormSelectOption key={key(d)} value={key(d)} label={key(d)} />
          ))}
        </FormSelect>
      </FormGroup>
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
      {result && (
        <Alert
          isInline
          variant={result.ok ? 'success' : 'danger'}
          title={result.ok ? result.text : t('Could not add the labels')}
        >
          {result.ok ? null : result.text}
        </Alert>
      )}
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
