import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  Checkbox,
  ExpandableSection,
  FileUpload,
  Form,
  FormGroup,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { Td, Tr } from '@patternfly/react-table';
import { planBundleImport, type ImportPlan, type ObjectKey } from '../../appliance/bundle-import';
import { CompactTable } from '../../components/CompactTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FindingsList } from '../../components/FindingsList';
import { PageTitle } from '../../components/PageHeading';
import { TextField } from '../../components/FormFields';
import { serverMessage } from '../../k8s/apply/errors';
import { applyImport, findExisting, type ImportResult } from '../../k8s/authoring/import-bundle';
import { sdkClient } from '../../k8s/sdk-client';
import { editBoilerplateHref } from '../catalog/action-routes';
import { newApplianceHref } from '../new-appliance/routes';

/** Route `/k8s/ns/:ns/appliance-import`: import an appliance bundle (issue 7). */
const ImportBundlePage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { ns = 'default' } = useParams<{ ns: string }>();
  const [text, setText] = React.useState('');
  const [fileName, setFileName] = React.useState('');
  const [namespace, setNamespace] = React.useState(ns);
  const [existing, setExisting] = React.useState<ObjectKey[]>();
  const [overwrite, setOverwrite] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [result, setResult] = React.useState<ImportResult>();

  // Any edit invalidates the review: the user must look at what will happen again.
  const reset = () => {
    setExisting(undefined);
    setOverwrite(false);
    setResult(undefined);
    setError(undefined);
  };

  const plan: ImportPlan | undefined = React.useMemo(
    () =>
      text.trim()
        ? planBundleImport(text, { namespace, existing: existing ?? [], overwrite })
        : undefined,
    [text, namespace, existing, overwrite],
  );

  const review = async () => {
    if (!plan) return;
    setBusy(true);
    setError(undefined);
    try {
      setExisting(await findExisting(sdkClient, plan, namespace));
    } catch (e) {
      setError(serverMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const runImport = async () => {
    if (!plan?.ready || !existing) return;
    setBusy(true);
    try {
      setResult(await applyImport(sdkClient, plan));
    } catch (e) {
      setError(serverMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const readFile = (file: File) => {
    setFileName(file.name);
    file
      .text()
      .then((s) => {
        reset();
        setText(s);
      })
      .catch((e: unknown) => setError(serverMessage(e)));
  };

  const dsName = plan?.dataSource?.metadata?.name ?? '';
  return (
    <PageSection>
      <DocumentTitle>{t('Import appliance bundle')}</DocumentTitle>
      <PageTitle>{t('Import appliance bundle')}</PageTitle>
      <p>
        {t(
          'A bundle is a DataSource followed by its companion objects (<name>.appliance.yaml). Every document is checked before anything is created.',
        )}
      </p>
      <p>
        <Link to={newApplianceHref(ns)} data-test="bundle-new-appliance-link">
          {t('Or make a new appliance from a VirtualMachine or a golden image')}
        </Link>
      </p>
      <Form onSubmit={(e) => e.preventDefault()}>
        <FormGroup label={t('Bundle')} fieldId="bundle-file" isRequired>
          <FileUpload
            id="bundle-file"
            data-test="bundle-file"
            type="text"
            value={text}
            filename={fileName}
            filenamePlaceholder={t('Drag a bundle file here, browse, or paste its YAML')}
            browseButtonText={t('Browse...')}
            clearButtonText={t('Clear')}
            allowEditingUploadedText
            onFileInputChange={(_e, file) => readFile(file)}
            onTextChange={(_e, value) => {
              reset();
              setText(value);
            }}
            onClearClick={() => {
              reset();
              setText('');
              setFileName('');
            }}
          />
        </FormGroup>
        <TextField
          id="bundle-namespace"
          label={t('Import into namespace')}
          isRequired
          value={namespace}
          onChange={(v) => {
            reset();
            setNamespace(v.trim());
          }}
          data-test="bundle-namespace"
        />
        {plan && (
          <>
            <FindingsList findings={plan.findings} data-test="bundle-findings" />
            {plan.boilerplateFindings.length > 0 && (
              <ExpandableSection
                toggleText={t('What VMs made from this appliance would be told ({{count}})', {
                  count: plan.boilerplateFindings.length,
                })}
                data-test="bundle-boilerplate-findings"
              >
                <FindingsList findings={plan.boilerplateFindings} />
              </ExpandableSection>
            )}
          </>
        )}
        {plan && existing && (
          <>
            <Title headingLevel="h2" size="lg">
              {t('What will be created')}
            </Title>
            <CompactTable
              aria-label={t('What will be created')}
              data-test="bundle-steps"
              columns={[t('Action'), t('Kind'), t('Name'), t('Namespace')]}
            >
              {plan.steps.map((s) => (
                <Tr key={`${s.object.kind}/${s.object.metadata?.name}`} data-test="bundle-step">
                  <Td>{s.action === 'replace' ? t('Replace') : t('Create')}</Td>
                  <Td>{s.object.kind}</Td>
                  <Td>{s.object.metadata?.name}</Td>
                  <Td>{s.object.metadata?.namespace}</Td>
                </Tr>
              ))}
            </CompactTable>
            {plan.conflicts.length > 0 && (
              <Checkbox
                id="bundle-overwrite"
                data-test="bundle-overwrite"
                isChecked={overwrite}
                onChange={(_e, v) => setOverwrite(v)}
                label={t('Replace the {{count}} existing object(s): {{list}}', {
                  count: plan.conflicts.length,
                  list: plan.conflicts.map((c) => `${c.kind}/${c.name}`).join(', '),
                })}
              />
            )}
          </>
        )}
        {error && (
          <ErrorAlert title={t('Something went wrong')} message={error} data-test="bundle-error" />
        )}
        {result?.ok === false && (
          <Alert
            variant="danger"
            isInline
            title={
              result.leftBehind.length
                ? t('Import failed at {{object}}.', { object: result.failed })
                : t('Import failed at {{object}}; nothing was left behind.', {
                    object: result.failed,
                  })
            }
            data-test="bundle-import-failed"
          >
            <p>{result.message}</p>
            <p>{t('Undone: {{list}}', { list: result.rolledBack.join(', ') || '-' })}</p>
            {result.leftBehind.length > 0 && (
              <p data-test="bundle-left-behind">
                {t('Could not be undone, delete by hand: {{list}}', {
                  list: result.leftBehind.join(', '),
                })}
              </p>
            )}
          </Alert>
        )}
        {result?.ok && (
          <Alert
            variant="success"
            isInline
            title={t('Bundle imported.')}
            data-test="bundle-imported"
          >
            <Link to={editBoilerplateHref({ namespace, name: dsName })}>
              {t('Open the appliance {{name}}', { name: dsName })}
            </Link>
          </Alert>
        )}
        <ActionGroup>
          <Button
            variant="secondary"
            onClick={() => void review()}
            isDisabled={!plan || busy}
            data-test="bundle-review"
          >
            {t('Review import')}
          </Button>
          <Button
            variant="primary"
            onClick={() => void runImport()}
            isDisabled={!plan?.ready || !existing || busy || !!result?.ok}
            isLoading={busy && !!existing}
            data-test="bundle-import"
          >
            {t('Import')}
          </Button>
        </ActionGroup>
      </Form>
    </PageSection>
  );
};

export default ImportBundlePage;
