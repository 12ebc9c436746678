import * as React from 'react';
import { finding, hasErrors, msg } from '../../findings';
import type { Classification, KubeObject } from '../../appliance/types';
import {
  applyPlan,
  createSingleFlight,
  dryRun,
  type ApplyClient,
  type ApplyResult,
} from '../../k8s/apply';
import { useAsync } from '../../k8s/useAsync';
import { useClusterCatalog } from '../../k8s/useClusterCatalog';
import { useVmSchema } from '../../k8s/useVmSchema';
import { useBatchCreate } from './useBatchCreate';
import {
  boilerplateHasPassword,
  buildBatchMembers,
  buildReview,
  defaultInstancetype,
  defaultVmName,
  reviewText,
  type WizardChoices,
} from './model';
import { usePreflight } from '../../k8s/preflight/usePreflight';
import {
  createBlock,
  preflightBlock,
  currentValidation,
  initialWizardState,
  isValid,
  reviewFindings,
  wizardReducer,
  type DryRunState,
} from './state';

interface Inputs {
  dataSource?: KubeObject;
  classification?: Classification;
  companions?: KubeObject[];
  /** Namespaces where the user may create VMs, once known. */
  namespaces?: readonly string[];
  initialNamespace?: string;
  /** Only build and dry-run while the Review step is shown. */
  reviewing: boolean;
  client: ApplyClient;
}

const failedAttempt = (e: unknown): ApplyResult => ({
  ok: false,
  step: 'create',
  findings: [
    finding('error', 'CreateFailed', '', msg('Creating failed: {{reason}}'), {
      reason: e instanceof Error ? e.message : String(e),
    }),
  ],
  rolledBack: [],
  leftBehind: [],
});

/**
 * The create wizard's state (./state) wired to what it waits for: defaults once the source, the
 * namespaces and the instancetypes are known; the objects generated again when the choices change;
 * the server's dry run of a valid text; one create attempt at a time (the user's text is kept
 * whatever happens).
 */
export const useWizard = ({
  dataSource,
  classification,
  companions,
  namespaces,
  initialNamespace,
  reviewing,
  client,
}: Inputs) => {
  const [state, dispatch] = React.useReducer(wizardReducer, initialNamespace, initialWizardState);
  const { choices } = state;
  const [seed] = React.useState(() => crypto.getRandomValues(new Uint32Array(1))[0]);
  const guard = React.useRef(createSingleFlight<ApplyResult>());
  // The instancetypes and preferences a VM in the chosen namespace may name: they follow it.
  const catalog = useClusterCatalog(choices.namespace || undefined);
  const { known } = catalog;

  const sourceName = classification?.name;
  const sourceId = classification ? `${classification.namespace}/${classification.name}` : '';
  React.useEffect(() => {
    if (sourceName)
      dispatch({
        type: 'sourceChanged',
        sourceId,
        defaultName: defaultVmName(sourceName, Math.random),
      });
  }, [sourceId, sourceName]);

  React.useEffect(() => {
    if (!classification || !catalog.loaded) return;
    const instancetype = defaultInstancetype(
      classification,
      known.instancetypes ?? [],
      choices.namespace,
    );
    dispatch({ type: 'instancetypeDefault', instancetype });
  }, [classification, catalog.loaded, known.instancetypes, choices.namespace]);

  React.useEffect(() => {
    if (namespaces) dispatch({ type: 'namespacesLoaded', namespaces });
  }, [namespaces]);

  const hasBoilerplatePassword = React.useMemo(
    () => (dataSource ? boilerplateHasPassword(dataSource) : false),
    [dataSource],
  );

  // Generated once per source version and choice set.
  const key = JSON.stringify([
    dataSource?.metadata?.uid,
    dataSource?.metadata?.resourceVersion,
    choices,
  ]);
  const baseKey = state.base?.key;
  React.useEffect(() => {
    if (!reviewing || !dataSource || baseKey === key) return;
    const base = buildReview({ dataSource, companions, choices, known, seed });
    const validation = reviewText(base.text, choices.namespace, known);
    dispatch({ type: 'generated', key, base, validation });
  }, [reviewing, key, baseKey, dataSource, companions, choices, known, seed]);

  const validate = React.useCallback(
    (text: string) =>
      dispatch({ type: 'validated', text, validation: reviewText(text, choices.namespace, known) }),
    [choices.namespace, known],
  );
  // The cluster's schema may arrive while the review is shown: check the text again with it.
  const schema = useVmSchema();
  React.useEffect(() => {
    if (reviewing && state.text) validate(state.text);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the schema changes
  }, [schema]);
  const setText = React.useCallback((text: string) => dispatch({ type: 'edited', text }), []);
  const restoreEdits = React.useCallback(() => {
    if (state.replaced === undefined) return;
    const validation = reviewText(state.replaced, choices.namespace, known);
    dispatch({ type: 'restoredEdits', validation });
  }, [state.replaced, choices.namespace, known]);

  const validation = currentValidation(state);
  const dry = useAsync(reviewing && isValid(state) ? state.text : undefined, () =>
    dryRun(client, validation?.objects ?? []),
  );
  const dryRunState: DryRunState =
    dry.status === 'done'
      ? { status: 'done', findings: dry.value }
      : dry.status === 'loading'
        ? { status: 'running' }
        : { status: 'idle' };

  // The checklist follows the objects as they stand; the namespace is read again after each
  // create attempt, which may have changed it.
  const [attempts, setAttempts] = React.useState(0);
  React.useEffect(() => {
    if (state.create.status === 'done') setAttempts((n) => n + 1);
  }, [state.create]);
  const preflight = usePreflight(validation?.objects, dataSource, choices.namespace || undefined, {
    identityBearing: classification?.flavor === 'identity',
    refresh: attempts,
  });

  // A batch (semantics §11): the review text is its first VM; the others are made as generated.
  const members = React.useMemo(
    () =>
      reviewing && dataSource && choices.count > 1
        ? buildBatchMembers({ dataSource, companions, choices, known, seed })
        : [],
    [reviewing, dataSource, companions, choices, known, seed],
  );
  const batch = useBatchCreate(client);

  const submit = React.useCallback(() => {
    if (!validation) return;
    if (choices.count > 1) {
      batch.start([validation.objects, ...members.map((m) => m.objects)]);
      return;
    }
    const { objects } = validation;
    const text = state.text;
    const attempt = guard.current.run(async () => {
      const objections = await dryRun(client, objects);
      if (hasErrors(objections))
        return { ok: false, step: 'dry-run', findings: objections, rolledBack: [], leftBehind: [] };
      return applyPlan(client, objects);
    });
    dispatch({ type: 'createStarted', attempt: attempt.id });
    attempt.promise
      .catch(failedAttempt)
      .then((result) => dispatch({ type: 'createFinished', attempt: attempt.id, result, text }));
  }, [validation, state.text, client, choices.count, batch, members]);

  return {
    choices,
    choose: React.useCallback(
      (patch: Partial<WizardChoices>) => dispatch({ type: 'choose', patch }),
      [],
    ),
    catalog,
    hasBoilerplatePassword,
    text: state.text,
    setText,
    validate,
    validating: !validation,
    vmIndex: validation?.vmIndex ?? -1,
    base: state.base,
    regenerated: state.replaced !== undefined,
    restoreEdits,
    findings: reviewFindings(state, dryRunState),
    dryRun: dryRunState,
    block: createBlock(state, dryRunState) ?? preflightBlock(preflight.checks),
    preflight: preflight.checks,
    members,
    batch: batch.state,
    resolveBatch: batch.resolve,
    resetBatch: batch.reset,
    create: state.create,
    submit,
  };
};
