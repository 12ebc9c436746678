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
  Title,
} from '@patternfly/react-core';
import {
  boilerplateOf,
  decideSave,
  describeConflict,
  type SaveConflict,
} from '../../appliance/boilerplate-save';
import type { Finding } from '../../appliance/findings';
import type { KubeObject } from '../../appliance/types';
import { FindingsList } from '../../components/FindingsList';
import { YamlEditor, type MonacoApi } from '../../components/yaml-editor';
import { serverMessage } from '../../k8s/apply/errors';
import { saveBoilerplate } from '../../k8s/authoring/save';
import { sdkAuthoringClient } from '../../k8s/authoring/sdk-client';
import { useCompanions } from '../../k8s/useCompanions';
import { DownloadBundle } from '../bundles/DownloadBundle';
import { useClusterCatalog } from '../create/hooks';
import { CompletionPreview } from './CompletionPreview';
import { ConfirmErrorsModal, ConflictModal, LeaveModal } from './EditorDialogs';
import { analyseBoilerplate, notAnApplianceFinding, type EditorAnalysis } from './editor-model';
import { useLeaveGuard } from './useLeaveGuard';

const DS_REF = { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataSource' };
type Status = { variant: 'success' | 'danger' | 'info'; title: string; detail?: string };

/** Route `/k8s/ns/:ns/appliance-editor/:name`: edit an appliance's boilerplate (issue 7). */
const BoilerplateEditorPage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { ns = '', name = '' } = useParams<{ ns: string; name: string }>();
  const [search] = useSearchParams();
  const [loaded, setLoaded] = React.useState<KubeObject>();
  const [loadError, setLoadError] = React.useState<unknown>();
  const [text, setText] = React.useState('');
  const [savedText, setSavedText] = React.useState('');
  const [analysis, setAnalysis] = React.useState<EditorAnalysis>();
  const [sampleNamespace, setSampleNamespace] = React.useState(ns);
  const [monaco, setMonaco] = React.useState<MonacoApi>();
  const [confirmErrors, setConfirmErrors] = React.useState<Finding[]>();
  const [conflict, setConflict] = React.useState<{ view: SaveConflict; current: KubeObject }>();
  const [status, setStatus] = React.useState<Status>();
  const [saving, setSaving] = React.useState(false);
  const fixRef = React.useRef<((f: Finding) => string | undefined) | undefined>(undefined);
  const dirty = !!loaded && text !== savedText;
  const guard = useLeaveGuard(dirty);
  const companions = useCompanions(ns, name, loaded?.metadata?.uid);
  // The sample namespace's own instancetypes count too: the preview completes into it.
  const catalog = useClusterCatalog(sampleNamespace || ns);
  // Undefined while loading (the lists are new objects on every render until then).
  const known = catalog.loaded ? catalog.known : undefined;
  const [canPatch, checkingPatch] = useAccessReview({
    group: 'cdi.kubevirt.io',
    resource: 'datasources',
    verb: 'patch',
    namespace: ns,
    name,
  });

  const adopt = React.useCallback((ds: KubeObject) => {
    const bp = boilerplateOf(ds);
    setLoaded(ds);
    setText(bp);
    setSavedText(bp);
  }, []);

  React.useEffect(() => {
    let live = true;
    setLoadError(undefined);
    sdkAuthoringClient
      .get(DS_REF, ns, name)
      .then((ds) => {
        if (!live) return;
        if (ds) adopt(ds);
        else setLoadError(new Error(t('DataSource {{ns}}/{{name}} was not found.', { ns, name })));
      })
      .catch((e: unknown) => live && setLoadError(e));
    return () => {
      live = false;
    };
  }, [ns, name, adopt, t]);

  const analyse = React.useCallback(
    (value: string) => {
      if (!loaded) return;
      setAnalysis(
        analyseBoilerplate(
          loaded,
          value,
          { namespace: sampleNamespace || ns, name: 'sample-vm' },
          companions.pvcs,
          known,
        ),
      );
    },
    [loaded, sampleNamespace, ns, companions.pvcs, known],
  );
  const latestText = React.useRef(text);
  latestText.current = text;
  React.useEffect(() => analyse(latestText.current), [analyse]);

  const textFindings = React.useMemo(() => {
    const list = analysis?.textFindings ?? [];
    return loaded && !boilerplateOf(loaded) && !text ? [notAnApplianceFinding(), ...list] : list;
  }, [analysis, loaded, text]);

  const doSave = async (base: KubeObject) => {
    setSaving(true);
    setStatus(undefined);
    const sent = text;
    const r = await saveBoilerplate(sdkAuthoringClient, base, sent);
    setSaving(false);
    if (r.kind === 'saved') {
      setLoaded(r.object);
      setSavedText(sent);
      setConflict(undefined);
      setStatus({ variant: 'success', title: t('Boilerplate saved.') });
    } else if (r.kind === 'conflict') {
      setConflict({ view: describeConflict(base, r.current, sent), current: r.current });
    } else {
      setStatus({
        variant: 'danger',
        title: t('The boilerplate was not saved.'),
        detail: r.status === 403 ? t('You may not change this DataSource.') : t(r.message),
      });
    }
  };

  const save = () => {
    if (!loaded) return;
    const decision = decideSave(savedText, text, textFindings);
    if (decision.kind === 'unchanged') {
      setStatus({ variant: 'info', title: t('Nothing to save: the boilerplate is unchanged.') });
      return;
    }
    if (decision.kind === 'confirm-errors') {
      setConfirmErrors(decision.errors);
      return;
    }
    void doSave(loaded);
  };

  if (loadError) {
    return (
      <PageSection>
        <Alert
          variant="danger"
          isInline
          title={t('Could not load the appliance')}
          data-test="editor-load-error"
        >
          {serverMessage(loadError)}
        </Alert>
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
          <Title headingLevel="h1" data-test="editor-title">
            {t('Appliance boilerplate: {{name}}', { name })}
          </Title>
          <p>{t('Namespace: {{ns}}', { ns })}</p>
        </FlexItem>
        <FlexItem>
          <Flex>
            <Button
              variant="primary"
              onClick={save}
              isLoading={saving}
              isDisabled={saving || readOnly}
              data-test="editor-save"
            >
              {t('Save')}
            </Button>
            <DownloadBundle dataSource={loaded} auto={search.get('download') === 'bundle'} />
          </Flex>
        </FlexItem>
      </Flex>
      {dirty && (
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
          <YamlEditor
            value={text}
            onChange={setText}
            findings={textFindings}
            onValidate={analyse}
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
          <FindingsList
            findings={textFindings}
            data-test="editor-findings"
            renderAction={(f) =>
              f.fix && !readOnly ? (
                <Button
                  variant="link"
                  isInline
                  data-test="finding-fix"
                  onClick={() => {
                    const next = fixRef.current?.(f);
                    if (next === undefined)
                      setStatus({
                        variant: 'danger',
                        title: t('This fix does not apply to the current text.'),
                      });
                    else {
                      setText(next);
                      analyse(next);
                    }
                  }}
                >
                  {t(f.fix.title, { ...f.fix.params, interpolation: { escapeValue: false } })}
                </Button>
              ) : null
            }
          />
        </GridItem>
        <GridItem lg={5}>
          <CompletionPreview
            preview={analysis?.preview}
            sampleNamespace={sampleNamespace}
            onSampleNamespace={setSampleNamespace}
          />
        </GridItem>
      </Grid>
      <ConfirmErrorsModal
        errors={confirmErrors}
        onCancel={() => setConfirmErrors(undefined)}
        onSave={() => {
          setConfirmErrors(undefined);
          void doSave(loaded);
        }}
      />
      <ConflictModal
        conflict={conflict?.view}
        monaco={monaco}
        onCancel={() => setConflict(undefined)}
        onReload={() => {
          if (conflict) adopt(conflict.current);
          setConflict(undefined);
          setStatus({ variant: 'info', title: t('Reloaded the version from the cluster.') });
        }}
        onOverwrite={() => conflict && void doSave(conflict.current)}
      />
      <LeaveModal isOpen={!!guard.pending} onLeave={guard.leave} onStay={guard.stay} />
    </PageSection>
  );
};

export default BoilerplateEditorPage;
