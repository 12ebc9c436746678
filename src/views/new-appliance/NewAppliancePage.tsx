import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  DocumentTitle,
  useK8sWatchResource,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  Checkbox,
  Form,
  FormSelectOption,
  Grid,
  GridItem,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { classifyDataSource } from '../../appliance/classify';
import { hasErrors } from '../../findings';
import type { KubeObject } from '../../appliance/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FindingsList } from '../../components/FindingsList';
import { PageTitle } from '../../components/PageHeading';
import { ScrollableText } from '../../components/ScrollableText';
import { RadioGroupField, SelectField, TextField } from '../../components/FormFields';
import { serverMessage, statusOf } from '../../k8s/apply/errors';
import { sdkClient } from '../../k8s/sdk-client';
import { DataSourceGVK, GOLDEN_IMAGE_NAMESPACES, VirtualMachineGVK } from '../../k8s/models';
import { editBoilerplateHref } from '../catalog/action-routes';
import { importBundleHref } from './routes';
import { BootSourceFields } from './BootSourceFields';
import {
  buildAppliance,
  defaultBootSource,
  type NewApplianceForm,
  type StartFrom,
} from './new-appliance-model';

const list = (v: unknown): KubeObject[] => (Array.isArray(v) ? (v as KubeObject[]) : []);
const refOf = (o: KubeObject) => `${o.metadata?.namespace}/${o.metadata?.name}`;

/**
 * Route `/k8s/ns/:ns/appliance-new` (`?vm=<name>` for "Save as appliance", `?golden=<ns>/<name>`):
 * a new appliance DataSource from a VirtualMachine or a golden image (issue 7).
 */
const NewAppliancePage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  // Under all-namespaces the user types the namespace; otherwise it is the route's.
  const { ns: routeNs } = useParams<{ ns: string }>();
  const ns = routeNs ?? 'default';
  const [search] = useSearchParams();
  const vmParam = search.get('vm');
  const goldenParam = search.get('golden');
  const [form, setForm] = React.useState<NewApplianceForm>(() => ({
    startFrom: goldenParam ? 'golden-image' : 'vm',
    source: goldenParam ?? (vmParam ? (vmParam.includes('/') ? vmParam : `${ns}/${vmParam}`) : ''),
    name: vmParam ? `${vmParam.split('/').pop()}-appliance` : '',
    namespace: ns,
    bootKind: 'PersistentVolumeClaim',
    bootName: '',
    bootNamespace: '',
    keepIdentity: false,
  }));
  const [bootTouched, setBootTouched] = React.useState(false);
  const [creating, setCreating] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [created, setCreated] = React.useState<KubeObject>();
  const set = (patch: Partial<NewApplianceForm>) => setForm((f) => ({ ...f, ...patch }));

  const [vms] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: VirtualMachineGVK,
    isList: true,
    namespace: form.namespace,
  });
  const [sharedDs] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: DataSourceGVK,
    isList: true,
    namespace: GOLDEN_IMAGE_NAMESPACES[0],
  });
  const [localDs] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: DataSourceGVK,
    isList: true,
    namespace: form.namespace,
  });
  const goldenImages = React.useMemo(
    () =>
      [...list(sharedDs), ...list(localDs)].filter(
        (d) => classifyDataSource(d).kind === 'golden-image',
      ),
    [sharedDs, localDs],
  );
  const candidates = form.startFrom === 'vm' ? list(vms) : goldenImages;
  const source = candidates.find((c) => refOf(c) === form.source);

  // Offer the source's own disk as boot source until the user picks one.
  React.useEffect(() => {
    if (bootTouched) return;
    const boot = defaultBootSource(form.startFrom, source);
    if (boot)
      setForm((f) => ({
        ...f,
        bootKind: boot.kind,
        bootName: boot.name,
        bootNamespace: boot.namespace ?? '',
      }));
  }, [source, form.startFrom, bootTouched]);

  const result = React.useMemo(() => buildAppliance(form, source), [form, source]);
  const blocked = !result?.dataSource || hasErrors(result.findings);

  const create = async () => {
    if (!result?.dataSource || blocked) return;
    setCreating(true);
    setError(undefined);
    try {
      await sdkClient.create(result.dataSource, { dryRun: true });
      setCreated(await sdkClient.create(result.dataSource));
    } catch (e) {
      setError(
        statusOf(e) === 409
          ? t('A DataSource named {{name}} exists in {{ns}} already; choose another name.', {
              name: form.name,
              ns: form.namespace,
            })
          : serverMessage(e),
      );
    } finally {
      setCreating(false);
    }
  };

  if (created) {
    const target = { namespace: form.namespace, name: created.metadata?.name ?? form.name };
    return (
      <PageSection>
        <Alert
          variant="success"
          isInline
          title={t('Appliance {{name}} created.', { name: target.name })}
          data-test="new-appliance-created"
        >
          <Link to={editBoilerplateHref(target)} data-test="new-appliance-edit-link">
            {t('Edit its boilerplate')}
          </Link>
        </Alert>
      </PageSection>
    );
  }

  const startFrom = (v: StartFrom) => {
    setBootTouched(false);
    set({ startFrom: v, source: '' });
  };
  const boot = (patch: Partial<NewApplianceForm>) => {
    setBootTouched(true);
    set(patch);
  };
  return (
    <PageSection>
      <DocumentTitle>{t('New appliance')}</DocumentTitle>
      <PageTitle>{t('New appliance')}</PageTitle>
      <p>
        {t('A DataSource whose boilerplate starts from a VirtualMachine or a golden image.')}{' '}
        <Link to={importBundleHref(ns)} data-test="new-appliance-import-link">
          {t('Import a bundle instead')}
        </Link>
      </p>
      <Grid hasGutter>
        <GridItem lg={5}>
          <Form onSubmit={(e) => e.preventDefault()}>
            <RadioGroupField
              id="start-from"
              label={t('Start from')}
              isInline
              choices={[
                {
                  value: 'vm',
                  id: 'start-vm',
                  label: t('An existing VirtualMachine'),
                  'data-test': 'start-from-vm',
                },
                {
                  value: 'golden-image',
                  id: 'start-golden',
                  label: t('A golden image'),
                  'data-test': 'start-from-golden',
                },
              ]}
              value={form.startFrom}
              onChange={startFrom}
            />
            <SelectField
              id="source"
              label={form.startFrom === 'vm' ? t('VirtualMachine') : t('Golden image')}
              isRequired
              value={form.source}
              onChange={(v) => set({ source: v })}
              data-test="new-appliance-source"
            >
              <FormSelectOption value="" label={t('Choose...')} isPlaceholder />
              {candidates.map((c) => (
                <FormSelectOption key={refOf(c)} value={refOf(c)} label={refOf(c)} />
              ))}
            </SelectField>
            <TextField
              id="appliance-name"
              label={t('Appliance name')}
              isRequired
              value={form.name}
              onChange={(v) => set({ name: v })}
              data-test="new-appliance-name"
            />
            <TextField
              id="appliance-namespace"
              label={t('Namespace')}
              value={form.namespace}
              readOnlyVariant={routeNs ? 'default' : undefined}
              onChange={(v) => set({ namespace: v.trim(), source: '' })}
              data-test="new-appliance-namespace"
            />
            <BootSourceFields form={form} onChange={boot} />
            {form.startFrom === 'vm' && (
              <Checkbox
                id="keep-identity"
                label={t('Keep the VM identity (disaster recovery)')}
                description={t(
                  'Keeps firmware UUID and serial, MAC addresses and disk serials. Leave it off to share the appliance: each VM then gets its own identity.',
                )}
                isChecked={form.keepIdentity}
                onChange={(_e, v) => set({ keepIdentity: v })}
                data-test="new-appliance-keep-identity"
              />
            )}
            {error && (
              <ErrorAlert
                title={t('The appliance was not created.')}
                message={error}
                data-test="new-appliance-error"
              />
            )}
            <ActionGroup>
              <Button
                variant="primary"
                onClick={() => void create()}
                isDisabled={blocked || creating}
                isLoading={creating}
                data-test="new-appliance-create"
              >
                {t('Create appliance')}
              </Button>
            </ActionGroup>
          </Form>
        </GridItem>
        <GridItem lg={7}>
          <Title headingLevel="h2" size="lg">
            {t('Boilerplate')}
          </Title>
          {result ? (
            <>
              <FindingsList findings={result.findings} data-test="new-appliance-findings" />
              <ScrollableText
                label={t('Boilerplate YAML')}
                maxHeight="520px"
                data-test="new-appliance-boilerplate"
              >
                {result.boilerplateText}
              </ScrollableText>
            </>
          ) : (
            <p data-test="new-appliance-no-source">
              {t('Choose a VirtualMachine or a golden image to start from.')}
            </p>
          )}
        </GridItem>
      </Grid>
    </PageSection>
  );
};

export default NewAppliancePage;
