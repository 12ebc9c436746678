import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { DocumentTitle, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Bullseye,
  Button,
  Flex,
  FlexItem,
  Grid,
  GridItem,
  PageSection,
  Spinner,
  TabContent,
  Title,
} from '@patternfly/react-core';
import type { Finding } from '../../findings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SchemaSource } from '../../components/SchemaSource';
import { PageTitle } from '../../components/PageHeading';
import { FixableFindings, YamlEditor, type MonacoApi } from '../../components/yaml-editor';
import { serverMessage } from '../../k8s/apply/errors';
import { sdkClient } from '../../k8s/sdk-client';
import { DownloadBundle } from '../bundles/DownloadBundle';
import { CompletionPreview } from './CompletionPreview';
import { ParametersPane } from './ParametersPane';
import { EditorTabs, problemsOf, TAB_PANEL_ID, type EditorTab } from './EditorTabs';
import { ConfirmErrorsModal, ConflictModal, LeaveModal } from './EditorDialogs';
import { NotFoundError, useBoilerplateEditor } from './useBoilerplateEditor';
import { useLeaveGuard } from './useLeaveGuard';

type Status = { variant: 'success' | 'danger' | 'info'; title: string; detail?: string };

/** Route `/k8s/ns/:ns/appliance-editor/:name`: edit an appliance's boilerplate (issue 7). */
const BoilerplateEditorPage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { ns = '', name = '' } = useParams<{ ns: string; name: string }>();
  const [search] = useSearchParams();
  const editor = useBoilerplateEditor(sdkClient, ns, name);
  const { state, dispatch, findings: textFindings } = editor;
  const { loaded, loadError, text, notice } = state;
  const [monaco, setMonaco] = React.useState<MonacoApi>();
  const fixRef = React.useRef<((f: Finding) => string | undefined) | undefined>(undefined);
  const guard = useLeaveGuard(editor.dirty);
  const [canPatch, checkingPatch] = useAccessReview({
    group: 'cdi.kubevirt.io',
    resource: 'datasources',
    verb: 'patch',
    namespace: ns,
    name,
  });
  const onChange = React.useCallback(
    (value: string) => dispatch({ type: 'edited', text: value }),
    [dispatch],
  );
  const onValidate = React.useCallback(
    (value: string) => dispatch({ type: 'checked', text: value }),
    [dispatch],
  );
  const onParametersChange = React.useCallback(
    (value: string) => dispatch({ type: 'parametersEdited', text: value }),
    [dispatch],
  );
  const onParametersValidate = React.useCallback(
    (value: string) => dispatch({ type: 'parametersChecked', text: value }),
    [dispatch],
  );
  const onSampleNamespace = React.useCallback(
    (namespace: string) => dispatch({ type: 'sampleNamespace', namespace }),
    [dispatch],
  );
  const [tab, setTab] = React.useState<EditorTab>('boilerplate');
  const boilerplatePanel = React.useRef<HTMLElement>(null);
  const parametersPanel = React.useRef<HTMLElement>(null);
  const panelRefs = React.useMemo(
    () => ({ boilerplate: boilerplatePanel, parameters: parametersPanel }),
    [],
  );
  // The editor that leaves drops its pending debounced check: check both texts as they are now.
  const selectTab = React.useCallback(
    (next: EditorTab) => {
      dispatch({ type: 'checkedAll' });
      setTab(next);
    },
    [dispatch],
  );
  const status: Status | undefined = !notice
    ? undefined
    : notice.kind === 'saved'
      ? { variant: 'success', title: t('Boilerplate saved.') }
      : notice.kind === 'unchanged'
        ? {
            variant: 'info',
            title: t('Nothing to save: the boilerplate and its parameters are unchanged.'),
          }
        : notice.kind === 'reloaded'
          ? { variant: 'info', title: t('Reloaded the version from the cluster.') }
          : {
              variant: 'danger',
              title: t('The boilerplate was not saved.'),
              detail: notice.forbidden
                ? t('You may not change this DataSource.')
                : t(notice.message),
            };
  const save = editor.save;

  if (loadError) {
    return (
      <PageSection>
        <ErrorAlert
          title={t('Could not load the appliance')}
          message={
            loadError instanceof NotFoundError
              ? t('DataSource {{ns}}/{{name}} was not found.', { ns, name })
              : serverMessage(loadError)
          }
          data-test="editor-load-error"
        />
      </PageSection>
    );
  }
  if (!loaded) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  }
  const readOnly = !checkingPatch && !canPatch;
  return (
    <PageSection>
      <DocumentTitle>{t('Appliance boilerplate: {{name}}', { name })}</DocumentTitle>
      <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }}>
        <FlexItem>
          <PageTitle data-test="editor-title">
            {t('Appliance boilerplate: {{name}}', { name })}
          </PageTitle>
          <p>{t('Namespace: {{ns}}', { ns })}</p>
        </FlexItem>
        <FlexItem>
          <Flex>
            <Button
              variant="primary"
              onClick={save}
              isLoading={state.saving}
              isDisabled={state.saving || readOnly}
              data-test="editor-save"
            >
              {t('Save')}
            </Button>
            <DownloadBundle dataSource={loaded} auto={search.get('download') === 'bundle'} />
          </Flex>
        </FlexItem>
      </Flex>
      {editor.dirty && (
        <p data-test="editor-dirty">
          <small>{t('Unsaved changes')}</small>
        </p>
      )}
      {readOnly && (
        <Alert
          variant="info"
          isInline
          title={t('You may view this boilerplate but not change it.')}
          data-test="editor-read-only"
        />
      )}
      {status && (
        <Alert
          variant={status.variant}
          isInline
          title={status.title}
          data-test={`editor-status-${status.variant}`}
        >
          {status.detail}
        </Alert>
      )}
      <Grid hasGutter>
        <GridItem lg={7}>
          <EditorTabs
            active={tab}
            onSelect={selectTab}
            {...problemsOf(editor.parameterFindings)}
            panelRefs={panelRefs}
          />
          {/* One editor mounted at a time: each tab's text lives in the page state, not Monaco. */}
          <TabContent
            eventKey="boilerplate"
            id={TAB_PANEL_ID.boilerplate}
            ref={panelRefs.boilerplate}
            hidden={tab !== 'boilerplate'}
          >
            {tab === 'boilerplate' && (
              <>
                <YamlEditor
                  value={text}
                  onChange={onChange}
                  findings={textFindings}
                  onValidate={onValidate}
                  onMonaco={setMonaco}
                  fixRef={fixRef}
                  isReadOnly={readOnly}
                  onSave={readOnly ? undefined : save}
                  height="520px"
                  aria-label={t('Boilerplate YAML')}
                  data-test="boilerplate-editor"
                />
                <Title headingLevel="h2" size="lg">
                  {t('Findings')}
                </Title>
                <SchemaSource />
                <FixableFindings
                  findings={textFindings}
                  text={text}
                  fixRef={fixRef}
                  readOnly={readOnly}
                  onFixed={(fixed) => dispatch({ type: 'fixed', text: fixed })}
                  data-test="editor-findings"
                />
              </>
            )}
          </TabContent>
          <TabContent
            eventKey="parameters"
            id={TAB_PANEL_ID.parameters}
            ref={panelRefs.parameters}
            hidden={tab !== 'parameters'}
          >
            {tab === 'parameters' && (
              <ParametersPane
                value={state.parametersText}
                onChange={onParametersChange}
                onValidate={onParametersValidate}
                findings={editor.parameterFindings}
                isReadOnly={readOnly}
                onSave={readOnly ? undefined : save}
              />
            )}
          </TabContent>
        </GridItem>
        <GridItem lg={5}>
          <CompletionPreview
            preview={editor.preview}
            sampleNamespace={state.sampleNamespace}
            onSampleNamespace={onSampleNamespace}
          />
        </GridItem>
      </Grid>
      <ConfirmErrorsModal
        errors={state.confirmErrors}
        onCancel={() => dispatch({ type: 'confirmCancelled' })}
        onSave={editor.saveAnyway}
      />
      <ConflictModal
        conflict={state.conflict?.view}
        monaco={monaco}
        onCancel={() => dispatch({ type: 'conflictCancelled' })}
        onReload={() => dispatch({ type: 'reloaded' })}
        onOverwrite={editor.overwrite}
      />
      <LeaveModal isOpen={!!guard.pending} onLeave={guard.leave} onStay={guard.stay} />
    </PageSection>
  );
};

export default BoilerplateEditorPage;
