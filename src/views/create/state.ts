import { hasErrors, type Finding } from '../../findings';
import type { ApplyResult } from '../../k8s/apply';
import { GOLDEN_IMAGE_NAMESPACES } from '../../k8s/models';
import type { CheckResult } from '../../appliance/preflight';
import type { ReviewBase, ReviewState, WizardChoices } from './model';

/**
 * The create wizard's state machine, as a pure reducer: the user's choices (and which of them the
 * user set, so a default never overwrites an edit), the generated objects and the user's text, its
 * validation, and the create attempt. The page dispatches; everything asynchronous (the cluster's
 * lists, the dry run, the create requests) stays in hooks that report here.
 */

export type CreateState =
  | { status: 'idle' }
  | { status: 'creating'; attempt: number }
  | { status: 'done'; result: ApplyResult; text: string };

export interface WizardState {
  choices: WizardChoices;
  touched: ReadonlyArray<keyof WizardChoices>;
  /** `namespace/name` of the source the default name was made for. */
  sourceId: string;
  /** What the text was generated from (source and choices) and what it was. */
  base?: { key: string } & ReviewBase;
  text: string;
  /** The user's edited text that a regeneration replaced: kept so it can be restored. */
  replaced?: string;
  /** The validation of a text (the editor asks for it, debounced, while the user types). */
  validated?: { text: string; state: ReviewState };
  create: CreateState;
}

export type WizardAction =
  | { type: 'choose'; patch: Partial<WizardChoices> }
  | { type: 'sourceChanged'; sourceId: string; defaultName: string }
  | { type: 'instancetypeDefault'; instancetype: string }
  | { type: 'namespacesLoaded'; namespaces: readonly string[] }
  | { type: 'generated'; key: string; base: ReviewBase; validation: ReviewState }
  | { type: 'edited'; text: string }
  | { type: 'validated'; text: string; validation: ReviewState }
  | { type: 'restoredEdits'; validation: ReviewState }
  | { type: 'createStarted'; attempt: number }
  | { type: 'createFinished'; attempt: number; result: ApplyResult; text: string };

export const initialWizardState = (namespace = ''): WizardState => ({
  choices: {
    namespace,
    name: '',
    instancetype: '',
    preference: '',
    start: true,
    credential: 'password',
    sshKey: '',
    parameters: {},
    networks: {},
    count: 1,
    namePattern: '',
  },
  touched: [],
  sourceId: '',
  text: '',
  create: { status: 'idle' },
});

const withChoices = (s: WizardState, choices: WizardChoices): WizardState =>
  (Object.keys(choices) as Array<keyof WizardChoices>).every((k) => choices[k] === s.choices[k])
    ? s
    : { ...s, choices };

/** A namespace's own instancetype or preference (`KIND/NAME`) means nothing in another namespace. */
const isNamespaced = (value: string) => value.includes('/');

const choose = (s: WizardState, patch: Partial<WizardChoices>): WizardState => {
  const choices = { ...s.choices, ...patch };
  const touched = new Set([...s.touched, ...(Object.keys(patch) as Array<keyof WizardChoices>)]);
  if (patch.namespace !== undefined && patch.namespace !== s.choices.namespace) {
    // Back to the source's default in the new namespace.
    if (isNamespaced(choices.instancetype)) {
      choices.instancetype = '';
      touched.delete('instancetype');
    }
    if (isNamespaced(choices.preference)) choices.preference = '';
  }
  return { ...s, choices, touched: [...touched] };
};

export const wizardReducer = (s: WizardState, a: WizardAction): WizardState => {
  switch (a.type) {
    case 'choose':
      return choose(s, a.patch);
    case 'sourceChanged':
      // A new source gives a new default name; the user's own name stays.
      if (a.sourceId === s.sourceId) return s;
      return {
        ...s,
        sourceId: a.sourceId,
        choices: s.touched.includes('name') ? s.choices : { ...s.choices, name: a.defaultName },
      };
    case 'instancetypeDefault':
      if (s.touched.includes('instancetype')) return s;
      return withChoices(s, { ...s.choices, instancetype: a.instancetype });
    case 'namespacesLoaded': {
      // Semantics §10: the active namespace when VMs may be created there, else the first such
      // namespace; a golden images' namespace only when the user chose it.
      if (a.namespaces.length === 0) return s;
      const current = s.choices.namespace;
      const chosen = s.touched.includes('namespace');
      const golden = (ns: string) => GOLDEN_IMAGE_NAMESPACES.includes(ns);
      if (a.namespaces.includes(current) && (chosen || !golden(current))) return s;
      const next = a.namespaces.find((ns) => !golden(ns)) ?? a.namespaces[0];
      return withChoices(s, { ...s.choices, namespace: next });
    }
    case 'generated':
      if (s.base?.key === a.key) return s;
      return {
        ...s,
        base: { key: a.key, ...a.base },
        text: a.base.text,
        replaced: s.base && s.text !== s.base.text ? s.text : undefined,
        validated: { text: a.base.text, state: a.validation },
      };
    case 'edited':
      return a.text === s.text ? s : { ...s, text: a.text };
    case 'validated':
      return { ...s, validated: { text: a.text, state: a.validation } };
    case 'restoredEdits':
      if (s.replaced === undefined) return s;
      return {
        ...s,
        text: s.replaced,
        replaced: undefined,
        validated: { text: s.replaced, state: a.validation },
      };
    case 'createStarted':
      if (s.create.status === 'creating' && s.create.attempt === a.attempt) return s;
      return { ...s, create: { status: 'creating', attempt: a.attempt } };
    case 'createFinished':
      // Only the latest attempt's answer counts.
      if (s.create.status !== 'creating' || s.create.attempt !== a.attempt) return s;
      return { ...s, create: { status: 'done', result: a.result, text: a.text } };
    default:
      return s;
  }
};

/** The validation of the text now in the editor, when there is one (none while the user types). */
export const currentValidation = (s: WizardState): ReviewState | undefined =>
  s.validated?.text === s.text ? s.validated.state : undefined;

/** The text is checked and has no error: it may go to the server's dry run. */
export const isValid = (s: WizardState): boolean => {
  const v = currentValidation(s);
  return !!v && !hasErrors(v.findings);
};

export type DryRunState =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; findings: Finding[] };

/**
 * Why Create is disabled, if it is: the text is being checked, has errors (a failed attempt's
 * findings are shown with the failure, not counted here, so they never block a retry), or the dry
 * run has not answered.
 */
export type CreateBlock =
  | { reason: 'validating' }
  | { reason: 'errors'; count: number }
  | { reason: 'dry-run' }
  | { reason: 'preflight'; count: number }
  | { reason: 'preflight-running' }
  | undefined;

/**
 * The pre-flight checklist's say (semantics §10): its errors block Create like the YAML's; until
 * every check has answered, Create waits for it.
 */
export const preflightBlock = (checks: readonly CheckResult[]): CreateBlock => {
  const count = checks.flatMap((c) => c.findings).filter((f) => f.severity === 'error').length;
  if (count > 0) return { reason: 'preflight', count };
  if (checks.some((c) => c.state === 'running')) return { reason: 'preflight-running' };
  return undefined;
};

export const reviewFindings = (s: WizardState, dryRun: DryRunState): Finding[] => [
  ...(currentValidation(s)?.findings ?? []),
  ...(dryRun.status === 'done' ? dryRun.findings : []),
];

export const createBlock = (s: WizardState, dryRun: DryRunState): CreateBlock => {
  if (!currentValidation(s)) return { reason: 'validating' };
  const count = reviewFindings(s, dryRun).filter((f) => f.severity === 'error').length;
  if (count > 0) return { reason: 'errors', count };
  if (dryRun.status !== 'done') return { reason: 'dry-run' };
  return undefined;
};
