import type { Operation } from 'fast-json-patch';
import { ANNOTATION_PARAMETERS, ANNOTATION_VM_SPEC } from './constants';
import { formatMessage, ptr, type Finding } from '../findings';
import type { KubeObject } from './types';

const ANNOTATION_PATH = ptr('metadata', 'annotations', ANNOTATION_VM_SPEC);
const PARAMETERS_PATH = ptr('metadata', 'annotations', ANNOTATION_PARAMETERS);

/** What the boilerplate editor authors: the boilerplate and its parameter declarations. */
export interface AuthoredTexts {
  boilerplate: string;
  /** The declarations' YAML; blank means the appliance declares none (no annotation). */
  parameters: string;
}

const declaresParameters = (text: string) => text.trim() !== '';

/**
 * JSON patch that changes only the boilerplate annotation, guarded by the resourceVersion the
 * editor loaded: the patched object carries that resourceVersion, so the API server answers 409
 * Conflict when anyone changed the DataSource since (optimistic concurrency, as for an update).
 * A `test` op would fail as 422 instead, indistinguishable from other invalid patches.
 */
export const boilerplateSavePatch = (
  base: KubeObject,
  text: string,
  /** The declarations too (blank removes the annotation); undefined leaves them as they are. */
  parameters?: string,
): Operation[] => {
  const rv = base.metadata?.resourceVersion;
  if (!rv)
    throw new Error('boilerplateSavePatch needs the loaded DataSource (with a resourceVersion)');
  const ops: Operation[] = [{ op: 'replace', path: '/metadata/resourceVersion', value: rv }];
  const annotations = base.metadata?.annotations;
  const declared = parameters !== undefined && declaresParameters(parameters);
  if (!annotations) {
    const value = {
      [ANNOTATION_VM_SPEC]: text,
      ...(declared && { [ANNOTATION_PARAMETERS]: parameters }),
    };
    ops.push({ op: 'add', path: '/metadata/annotations', value });
    return ops;
  }
  ops.push({ op: 'add', path: ANNOTATION_PATH, value: text });
  if (declared) ops.push({ op: 'add', path: PARAMETERS_PATH, value: parameters });
  else if (parameters !== undefined && ANNOTATION_PARAMETERS in annotations)
    ops.push({ op: 'remove', path: PARAMETERS_PATH });
  return ops;
};

export const boilerplateOf = (ds: KubeObject | undefined): string =>
  ds?.metadata?.annotations?.[ANNOTATION_VM_SPEC] ?? '';

export const parametersTextOf = (ds: KubeObject | undefined): string =>
  ds?.metadata?.annotations?.[ANNOTATION_PARAMETERS] ?? '';

export const authoredOf = (ds: KubeObject | undefined): AuthoredTexts => ({
  boilerplate: boilerplateOf(ds),
  parameters: parametersTextOf(ds),
});

/** Blank declarations and no annotation are the same thing: nothing to save between them. */
const sameAuthored = (a: AuthoredTexts, b: AuthoredTexts): boolean =>
  a.boilerplate === b.boilerplate &&
  (a.parameters === b.parameters ||
    (!declaresParameters(a.parameters) && !declaresParameters(b.parameters)));

export interface SaveConflict {
  /** What the editor loaded. */
  base: string;
  /** What the cluster has now. */
  theirs: string;
  /** The user's unsaved text. */
  mine: string;
  /** The boilerplate itself changed (not only labels, status or other annotations). */
  boilerplateChanged: boolean;
  /** The parameter declarations: loaded, in the cluster now, unsaved. */
  parameters: { base: string; theirs: string; mine: string };
  parametersChanged: boolean;
  theirResourceVersion: string;
}

/** Both sides of a 409 for the conflict dialog. */
export const describeConflict = (
  loaded: KubeObject,
  current: KubeObject,
  mine: string,
  /** The unsaved declarations; undefined when the editor does not change them. */
  mineParameters?: string,
): SaveConflict => ({
  base: boilerplateOf(loaded),
  theirs: boilerplateOf(current),
  mine,
  boilerplateChanged: boilerplateOf(loaded) !== boilerplateOf(current),
  parameters: {
    base: parametersTextOf(loaded),
    theirs: parametersTextOf(current),
    mine: mineParameters ?? parametersTextOf(loaded),
  },
  parametersChanged: parametersTextOf(loaded) !== parametersTextOf(current),
  theirResourceVersion: current.metadata?.resourceVersion ?? '',
});

export type SaveDecision =
  | { kind: 'unchanged' }
  | { kind: 'save' }
  | { kind: 'confirm-errors'; errors: Finding[]; summary: string[] };

/**
 * Whether Save can go ahead: nothing to do when both texts are what the cluster holds; error findings ask
 * for a confirmation that names each problem.
 */
export const decideSave = (
  saved: AuthoredTexts,
  current: AuthoredTexts,
  findings: Finding[],
): SaveDecision => {
  if (sameAuthored(saved, current)) return { kind: 'unchanged' };
  const errors = findings.filter((f) => f.severity === 'error');
  if (!errors.length) return { kind: 'save' };
  return {
    kind: 'confirm-errors',
    errors,
    summary: errors.map((f) => `${f.path || '/'}: ${formatMessage(f.message, f.params)}`),
  };
};
