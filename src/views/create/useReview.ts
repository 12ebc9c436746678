import * as React from 'react';
import { finding, hasErrors, msg, type Finding } from '../../appliance/findings';
import type { KnownClusterObjects, KubeObject } from '../../appliance/types';
import {
  applyPlan,
  createSingleFlight,
  dryRun,
  type ApplyClient,
  type ApplyResult,
} from '../../k8s/apply';
import {
  buildReview,
  reviewText,
  type ReviewBase,
  type ReviewState,
  type WizardChoices,
} from './model';
import type { DryRunState } from './ReviewStep';

interface Inputs {
  dataSource?: KubeObject;
  companions?: KubeObject[];
  choices: WizardChoices;
  known: KnownClusterObjects;
  /** Only build and dry-run while the Review step is shown. */
  active: boolean;
  client: ApplyClient;
}

export type CreateState =
  | { status: 'idle' }
  | { status: 'creating' }
  | { status: 'done'; result: ApplyResult; text: string };

/**
 * The Review step's state: the generated objects (built again when the choices change), the
 * user's text, its validation (debounced by the editor), the server's dry run of a valid text, and
 * the create attempt (one at a time; the user's text is kept whatever happens).
 */
export const useReview = ({ dataSource, companions, choices, known, active, client }: Inputs) => {
  const [seed] = React.useState(() => crypto.getRandomValues(new Uint32Array(1))[0]);
  const key = JSON.stringify([
    dataSource?.metadata?.uid,
    dataSource?.metadata?.resourceVersion,
    choices,
  ]);
  const [base, setBase] = React.useState<{ key: string } & ReviewBase>();
  const [text, setText] = React.useState('');
  // The user's edited text that a change of choices replaced: kept so it can be restored.
  const [replaced, setReplaced] = React.useState<string>();
  const [validated, setValidated] = React.useState<{ text: string; state: ReviewState }>();
  const [dry, setDry] = React.useState<{ text: string; findings: Finding[] }>();
  const [create, setCreate] = React.useState<CreateState>({ status: 'idle' });
  const guard = React.useRef(createSingleFlight<ApplyResult>());
  const latestAttempt = React.useRef(0);
  const knownRef = React.useRef(known);
  knownRef.current = known;

  const validate = React.useCallback(
    (t: string) =>
      setValidated({ text: t, state: reviewText(t, choices.namespace, knownRef.current) }),
    [choices.namespace],
  );

  React.useEffect(() => {
    if (!active || !dataSource || base?.key === key) return;
    const next = buildReview({ dataSource, companions, choices, known, seed });
    setReplaced(base && text !== base.text ? text : undefined);
    setBase({ key, ...next });
    setText(next.text);
    validate(next.text);
    // Built once per choice set; `key` covers the source and the choices.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, key, dataSource]);

  const valid = !!validated && validated.text === text && !hasErrors(validated.state.findings);
  React.useEffect(() => {
    if (!active || !valid || !validated || dry?.text === text) return undefined;
    let live = true;
    const snapshot = text;
    dryRun(client, validated.state.objects).then(
      (findings) => live && setDry({ text: snapshot, findings }),
    );
    return () => {
      live = false;
    };
  }, [active, valid, validated, text, dry, client]);

  const dryRunState: DryRunState =
    dry?.text === text
      ? { status: 'done', findings: dry.findings }
      : valid
        ? { status: 'running' }
        : { status: 'idle' };

  // A failed attempt's findings are shown with the failure, not here: they must not block a retry.
  const findings = [
    ...(validated?.text === text ? validated.state.findings : []),
    ...(dryRunState.status === 'done' ? dryRunState.findings : []),
  ];

  const submit = React.useCallback(() => {
    if (!validated || validated.text !== text) return;
    const objects = validated.state.objects;
    const snapshot = text;
    const attempt = guard.current.run(async () => {
      const objections = await dryRun(client, objects);
      if (hasErrors(objections))
        return { ok: false, step: 'dry-run', findings: objections, rolledBack: [], leftBehind: [] };
      return applyPlan(client, objects);
    });
    if (attempt.id === latestAttempt.current) return;
    latestAttempt.current = attempt.id;
    setCreate({ status: 'creating' });
    attempt.promise
      .catch((e: unknown): ApplyResult => ({
        ok: false,
        step: 'create',
        findings: [
          finding('error', 'CreateFailed', '', msg('Creating failed: {{reason}}'), {
            reason: e instanceof Error ? e.message : String(e),
          }),
        ],
        rolledBack: [],
        leftBehind: [],
      }))
      .then((result) => {
        if (attempt.id === latestAttempt.current)
          setCreate({ status: 'done', result, text: snapshot });
      });
  }, [validated, text, client]);

  const restoreEdits = React.useCallback(() => {
    if (replaced === undefined) return;
    setText(replaced);
    validate(replaced);
    setReplaced(undefined);
  }, [replaced, validate]);

  return {
    text,
    setText,
    validate,
    validating: !validated || validated.text !== text,
    vmIndex: validated?.state.vmIndex ?? -1,
    base,
    regenerated: replaced !== undefined,
    restoreEdits,
    findings,
    dryRun: dryRunState,
    create,
    submit,
  };
};
