import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  EmptyState,
  EmptyStateBody,
  PageSection,
  Spinner,
  Wizard,
  WizardFooterWrapper,
  WizardStep,
  useWizardContext,
} from '@patternfly/react-core';
import { classifyDataSource } from '../../appliance/classify';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FindingsList } from '../../components/FindingsList';
import { PageHeader } from '../../components/PageHeading';
import { sdkClient } from '../../k8s/sdk-client';
import { useCompanions } from '../../k8s/useCompanions';
import { useCreatableNamespaces } from '../../k8s/useCreatableNamespaces';
import { useDataSource } from '../../k8s/useDataSources';
import { useNameCheck } from '../../k8s/useNameCheck';
import { CreateResult } from './CreateResult';
import { CredentialsStep } from './CredentialsStep';
import { DetailsStep } from './DetailsStep';
import { batchProblems, nameProblem, sshKeyProblem, vmNames } from './model';
import { BatchResult } from './BatchResult';
import { parametersOf } from '../../appliance/parameters';
import { parameterProblems } from './parameters-model';
import { ParametersStep } from './ParametersStep';
import { ReviewStep } from './ReviewStep';
import { SourceStep } from './SourceStep';
import { useWizard } from './useWizard';
import { ANNOTATION_VM_SPEC } from '../../appliance/constants';
import { parseBoilerplate } from '../../appliance/parse';
import { networksOf } from '../../appliance/preflight';
import { useNetworkOptions } from '../../k8s/preflight/useNetworkOptions';

type StepId = 'source' | 'details' | 'parameters' | 'credentials' | 'review';

const ReviewFooter: React.FC<{
  reason?: string;
  creating: boolean;
  onCreate: () => void;
  onCancel: () => void;
}> = ({ reason, creating, onCreate, onCancel }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { goToPrevStep } = useWizardContext();
  return (
    <WizardFooterWrapper>
      <Button variant="secondary" onClick={goToPrevStep} isDisabled={creating}>
        {t('Back')}
      </Button>
      <Button
        variant="primary"
        data-test="wizard-create"
        data-reason={reason ?? ''}
        isDisabled={!!reason || creating}
        isLoading={creating}
        onClick={onCreate}
      >
        {creating ? t('Creating...') : reason ? t('Create: {{reason}}', { reason }) : t('Create')}
      </Button>
      <Button variant="link" onClick={onCancel} isDisabled={creating}>
        {t('Cancel')}
      </Button>
    </WizardFooterWrapper>
  );
};

/** The create wizard (issue 6): source, details, credentials, review, create. */
const CreatePage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { ns } = useParams<{ ns?: string }>();
  const [params, setParams] = useSearchParams();
  const sourceParam = params.get('source') ?? '';
  const [sourceNs, sourceName] = sourceParam.includes('/') ? sourceParam.split('/', 2) : [];
  const {
    dataSource,
    loaded: sourceLoaded,
    error: sourceError,
  } = useDataSource(sourceNs, sourceName);
  const classification = React.useMemo(
    () => (dataSource ? classifyDataSource(dataSource) : undefined),
    [dataSource],
  );
  const { namespaces, loaded: nsLoaded } = useCreatableNamespaces(ns);
  const companions = useCompanions(
    classification?.kind === 'appliance' ? dataSource?.metadata?.namespace : undefined,
    dataSource?.metadata?.name ?? '',
    dataSource?.metadata?.uid,
  );
  const [activeStep, setActiveStep] = React.useState<StepId>('source');

  const review = useWizard({
    dataSource,
    classification,
    companions: companions.pvcs,
    namespaces: nsLoaded ? namespaces : undefined,
    initialNamespace: ns,
    reviewing: activeStep === 'review',
    client: sdkClient,
  });
  const { choices, choose: update, hasBoilerplatePassword, catalog } = review;
  const nameValid = !nameProblem(choices.name);
  const nameStatus = useNameCheck(sdkClient, choices.namespace, choices.name, nameValid);

  const sourceOk = !!classification && classification.kind !== 'other';
  const batchOk = batchProblems(choices).length === 0;
  const detailsOk =
    namespaces.includes(choices.namespace) &&
    nameValid &&
    batchOk &&
    // A batch's names come from its pattern: the pre-flight names check covers each of them.
    (choices.count > 1 || nameStatus === 'free' || nameStatus === 'unknown') &&
    (!!choices.instancetype ||
      !!classification?.boilerplateInstancetype ||
      !!classification?.defaultInstancetype);
  const credentialsOk = choices.credential !== 'ssh' || !sshKeyProblem(choices.sshKey);
  // Only an appliance that declares parameters gets the Parameters step (semantics §9).
  const declarations = React.useMemo(
    () => (classification?.kind === 'appliance' ? parametersOf(dataSource).declarations : []),
    [classification, dataSource],
  );
  const parameterErrors = React.useMemo(
    () => parameterProblems(declarations, choices.parameters),
    [declarations, choices.parameters],
  );
  const hasParameters = declarations.length > 0;
  // The boilerplate's networks, to map to what the chosen namespace has (semantics §10.3).
  const vmNetworks = React.useMemo(
    () =>
      classification?.kind === 'appliance'
        ? networksOf(
            parseBoilerplate(dataSource?.metadata?.annotations?.[ANNOTATION_VM_SPEC] ?? '').value,
          )
        : [],
    [classification, dataSource],
  );
  const networkOptions = useNetworkOptions(vmNetworks.length ? choices.namespace : undefined);

  const { block } = review;
  const reason =
    block?.reason === 'validating'
      ? t('checking the YAML')
      : block?.reason === 'errors'
        ? t('fix {{count}} errors first', { count: block.count })
        : block?.reason === 'dry-run'
          ? t('waiting for the server dry run')
          : block?.reason === 'preflight'
            ? t('fix {{count}} pre-flight errors first', { count: block.count })
            : block?.reason === 'preflight-running'
              ? t('waiting for the pre-flight checks')
              : undefined;

  const result = review.create.status === 'done' ? review.create.result : undefined;
  if (result?.ok)
    // A new page: its own header, whose heading takes the focus from the Create button.
    return (
      <React.Fragment key="created">
        <DocumentTitle>{t('Create VirtualMachine')}</DocumentTitle>
        <PageHeader title={t('Create VirtualMachine')} />
        <PageSection>
          <CreateResult created={result.created} vm={result.vm} password={review.base?.password} />
        </PageSection>
      </React.Fragment>
    );

  const header = (
    <>
      <DocumentTitle>{t('Create VirtualMachine')}</DocumentTitle>
      <PageHeader title={t('Create VirtualMachine')} />
    </>
  );
  if (review.batch.status !== 'idle')
    return (
      <React.Fragment key="batch">
        {header}
        <PageSection>
          <BatchResult
            state={review.batch}
            namespace={choices.namespace}
            passwords={[
              ...(review.base?.password
                ? [{ name: vmNames(choices)[0], password: review.base.password }]
                : []),
              ...review.members.flatMap((m) =>
                m.password ? [{ name: m.name, password: m.password }] : [],
              ),
            ]}
            onDelete={() => void review.resolveBatch('deleted')}
            onKeep={() => void review.resolveBatch('kept')}
            onBack={review.resetBatch}
          />
        </PageSection>
      </React.Fragment>
    );
  if (!nsLoaded)
    return (
      <>
        {header}
        <PageSection>
          <Spinner aria-label={t('Checking where you may create VirtualMachines')} />
        </PageSection>
      </>
    );
  if (namespaces.length === 0)
    return (
      <>
        {header}
        <PageSection>
          <EmptyState
            titleText={t('You may not create VirtualMachines')}
            data-test="create-forbidden"
          >
            <EmptyStateBody>
              {t(
                'No namespace allows you to create VirtualMachines. Ask an administrator for the edit role in a namespace.',
              )}
            </EmptyStateBody>
          </EmptyState>
        </PageSection>
      </>
    );

  const cancel = () => window.history.back();
  const stepOk: Record<StepId, boolean> = {
    source: sourceOk,
    details: sourceOk && detailsOk,
    parameters: sourceOk && detailsOk && parameterErrors.size === 0,
    credentials: sourceOk && detailsOk && parameterErrors.size === 0 && credentialsOk,
    review: false,
  };
  // A step opens once the one before it is complete; "Next" waits until this one is.
  const gated = (id: StepId, after?: StepId) => ({
    id,
    isDisabled: after ? !stepOk[after] : undefined,
    footer: {
      isNextDisabled: !stepOk[id],
      nextButtonProps: { 'data-test': 'wizard-next' } as never,
    },
  });

  return (
    <>
      {header}
      <PageSection>
        <Wizard
          onClose={cancel}
          onStepChange={(_e, step) => setActiveStep(step.id as StepId)}
          data-test="create-wizard"
          isVisitRequired
        >
          <WizardStep name={t('Source')} {...gated('source')}>
            <SourceStep
              activeNamespace={ns}
              selected={classification}
              missing={
                sourceParam && sourceLoaded && (sourceError || !dataSource)
                  ? sourceParam
                  : undefined
              }
              onSelect={(id) => setParams({ source: id }, { replace: true })}
            />
          </WizardStep>
          <WizardStep name={t('Details')} {...gated('details', 'source')}>
            <DetailsStep
              choices={choices}
              onChange={update}
              namespaces={namespaces}
              namespacesLoaded={nsLoaded}
              instancetypes={catalog.instancetypes}
              preferences={catalog.preferences}
              namespacedInstancetypes={catalog.namespacedInstancetypes}
              namespacedPreferences={catalog.namespacedPreferences}
              nameStatus={nameStatus}
              sourceInstancetype={
                classification?.boilerplateInstancetype ?? classification?.defaultInstancetype
              }
              sourcePreference={
                classification?.boilerplatePreference ?? classification?.defaultPreference
              }
              networks={vmNetworks}
              networkOptions={networkOptions}
            />
          </WizardStep>
          <WizardStep
            name={t('Parameters')}
            {...gated('parameters', 'details')}
            isHidden={!hasParameters}
          >
            <ParametersStep
              declarations={declarations}
              values={choices.parameters}
              problems={parameterErrors}
              onChange={(name, value) =>
                update({ parameters: { ...choices.parameters, [name]: value } })
              }
            />
          </WizardStep>
          <WizardStep
            name={t('Credentials')}
            {...gated('credentials', hasParameters ? 'parameters' : 'details')}
          >
            <CredentialsStep
              choices={choices}
              onChange={update}
              hasBoilerplatePassword={hasBoilerplatePassword}
            />
          </WizardStep>
          <WizardStep
            name={t('Review and create')}
            id="review"
            isDisabled={!stepOk.credentials}
            footer={
              <ReviewFooter
                reason={reason}
                creating={review.create.status === 'creating'}
                onCreate={review.submit}
                onCancel={cancel}
              />
            }
          >
            {result && !result.ok && (
              <ErrorAlert
                title={t('Nothing was created: {{step}} failed', { step: result.step })}
                message={
                  <>
                    <FindingsList findings={result.findings} data-test="create-error-findings" />
                    {result.rolledBack.length > 0 && (
                      <p data-test="create-rolled-back">
                        {t('Deleted again: {{objects}}', {
                          objects: result.rolledBack
                            .map((o) => `${o.kind} ${o.metadata?.name}`)
                            .join(', '),
                        })}
                      </p>
                    )}
                    <p>{t('Your YAML is kept; fix it or try again.')}</p>
                  </>
                }
                focusOn={result}
                data-test="create-error"
              />
            )}
            {review.base ? (
              <ReviewStep
                text={review.text}
                onTextChange={review.setText}
                onValidate={review.validate}
                validating={review.validating}
                baseText={review.base.baseText}
                findings={review.findings}
                vmIndex={review.vmIndex}
                completionFindings={review.base.completionFindings}
                dryRun={review.dryRun}
                regenerated={review.regenerated}
                onRestoreEdits={review.restoreEdits}
                preflight={review.preflight}
                batch={
                  review.members.length
                    ? { first: vmNames(choices)[0], members: review.members }
                    : undefined
                }
              />
            ) : (
              <Spinner aria-label={t('Preparing the objects')} />
            )}
          </WizardStep>
        </Wizard>
      </PageSection>
    </>
  );
};

export default CreatePage;
