import * as React from 'react';
import { boilerplateOf, type AuthoredTexts } from '../../appliance/boilerplate-save';
import type { Finding } from '../../findings';
import type { KubeObject } from '../../appliance/types';
import { saveBoilerplate } from '../../k8s/authoring';
import type { K8sClient } from '../../k8s/client';
import { useAsync } from '../../k8s/useAsync';
import { useClusterCatalog } from '../../k8s/useClusterCatalog';
import { useCompanions } from '../../k8s/useCompanions';
import { useVmSchema } from '../../k8s/useVmSchema';
import { analyseBoilerplateText, notAnApplianceFinding, previewOf } from './editor-model';
import { authoredNow, editorReducer, initialEditorState, isDirty, saveGoesAhead } from './state';

const DS_REF = { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataSource' };

export class NotFoundError extends Error {}

/**
 * The boilerplate editor's state (./state) wired to the cluster: the DataSource read once, its
 * companions and the instancetypes the sample namespace may use (for the checks and the completion
 * preview), and the guarded save.
 */
export const useBoilerplateEditor = (client: K8sClient, ns: string, name: string) => {
  const [state, dispatch] = React.useReducer(editorReducer, ns, initialEditorState);
  const load = useAsync(`${ns}/${name}`, async () => {
    const ds = await client.get(DS_REF, ns, name);
    if (!ds) throw new NotFoundError(`${ns}/${name}`);
    return ds;
  });
  React.useEffect(() => {
    if (load.status === 'done') dispatch({ type: 'loaded', dataSource: load.value });
    if (load.status === 'failed') dispatch({ type: 'loadFailed', error: load.error });
  }, [load]);

  const { loaded, text, checkedText, checkedParametersText, sampleNamespace } = state;
  const companions = useCompanions(ns, name, loaded?.metadata?.uid);
  // The sample namespace's own instancetypes count too: the preview completes into it.
  const catalog = useClusterCatalog(sampleNamespace || ns);
  // Undefined until loaded: the checks then skip the unknown-name test.
  const known = catalog.loaded ? catalog.known : undefined;
  // Which schema validates: the analysis runs again when the cluster's arrives.
  const schema = useVmSchema();
  const analysis = React.useMemo(
    () =>
      loaded
        ? analyseBoilerplateText(
            loaded,
            checkedText,
            { namespace: sampleNamespace || ns, name: 'sample-vm' },
            companions.pvcs,
            known,
            checkedParametersText,
          )
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schema: the validator changed
    [
      loaded,
      checkedText,
      checkedParametersText,
      sampleNamespace,
      ns,
      companions.pvcs,
      known,
      schema,
    ],
  );
  const findings: Finding[] = React.useMemo(() => {
    const list = analysis?.textFindings ?? [];
    return loaded && !boilerplateOf(loaded) && !text ? [notAnApplianceFinding(), ...list] : list;
  }, [analysis, loaded, text]);
  const parameterFindings = React.useMemo(() => analysis?.parameterFindings ?? [], [analysis]);
  // The side pane's completed VM (its schema check and YAML) renders after the findings are shown:
  // a keystroke's markers do not wait for it.
  const completed = React.useDeferredValue(analysis?.completed);
  const preview = React.useMemo(() => completed && previewOf(completed), [completed]);
  // Save weighs the errors of both editors: a broken declaration is as much an error as a broken
  // boilerplate.
  const allFindings = React.useMemo(
    () => [...findings, ...parameterFindings],
    [findings, parameterFindings],
  );

  const doSave = React.useCallback(
    async (base: KubeObject, sent: AuthoredTexts) => {
      dispatch({ type: 'saveStarted' });
      const result = await saveBoilerplate(client, base, sent);
      dispatch({ type: 'saveFinished', base, sent, result });
    },
    [client],
  );

  return {
    state,
    dispatch,
    dirty: isDirty(state),
    findings,
    preview,
    parameterFindings,
    /** Save: asks to confirm errors, says "unchanged", or saves against the loaded version. */
    save: () => {
      dispatch({ type: 'saveRequested', findings: allFindings });
      if (state.loaded && saveGoesAhead(state, allFindings))
        void doSave(state.loaded, authoredNow(state));
    },
    /** Save despite the errors the user was shown. */
    saveAnyway: () => state.loaded && void doSave(state.loaded, authoredNow(state)),
    /** Save over what someone else saved meanwhile (the user saw it in the conflict dialog). */
    overwrite: () => state.conflict && void doSave(state.conflict.current, authoredNow(state)),
  };
};
