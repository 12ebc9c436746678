import type { Operation } from 'fast-json-patch';
import { ANNOTATION_VM_SPEC } from './constants';
import { formatMessage, ptr, type Finding } from '../findings';
import type { KubeObject } from './types';

const ANNOTATION_PATH = ptr('metadata', 'annotations', ANNOTATION_VM_SPEC);

/**
 * JSON patch that changes only the boilerplate annotation, guarded by the resourceVersion the
 * editor loaded: the patched object carries that resourceVersion, so the API server answers 409
 * Conflict when anyone changed the DataSource since (optimistic concurrency, as for an update).
 * A `test` op would fail as 422 instead, indistinguishable from other invalid patches.
 */
export const boilerplateSavePatch = (base: KubeObject, text: string): Operation[] => {
  const rv = base.metadata?.resourceVersion;
  if (!rv)
    throw new Error('boilerplateSavePatch needs the loaded DataSource (with a resourceVersion)');
  const ops: Operation[] = [{ op: 'replace', path: '/metadata/resourceVersion', value: rv }];
  if (!base.metadata?.annotations)
    ops.push({ op: 'add', path: '/metadata/annotations', value: { [ANNOTATION_VM_SPEC]: text } });
  else ops.push({ op: 'add', path: ANNOTATION_PATH, value: text });
  return ops;
};

export const boilerplateOf = (ds: KubeObject | undefined): string =>
  ds?.metadata?.annotations?.[ANNOTATION_VM_SPEC] ?? '';

export interface SaveConflict {
  /** What the editor loaded. */
  base: string;
  /** What the cluster has now. */
  theirs: string;
  /** The user's unsaved text. */
  mine: string;
  /** The boilerplate itself changed (not only labels, status or other annotations). */
  boilerplateChanged: boolean;
  theirResourceVersion: string;
}

/** Both sides of a 409 for the conflict dialog. */
export const describeConflict = (
  loaded: KubeObject,
  current: KubeObject,
  mine: string,
): SaveConflict => ({
  base: boilerplateOf(loaded),
  theirs: boilerplateOf(current),
  mine,
  boilerplateChanged: boilerplateOf(loaded) !== boilerplateOf(current),
  theirResourceVersion: current.metadata?.resourceVersion ?? '',
});

export type SaveDecision =
  | { kind: 'unchanged' }
  | { kind: 'save' }
  | { kind: 'confirm-errors'; errors: Finding[]; summary: string[] };

/**
 * Whether Save can go ahead: nothing to do when the text is what was loaded; error findings ask
 * for a confirmation that names each problem.
 */
export const decideSave = (loadedText: string, text: string, findings: Finding[]): SaveDecision => {
  if (loadedText === text) return { kind: 'unchanged' };
  const errors = findings.filter((f) => f.severity === 'error');
  if (!errors.length) return { kind: 'save' };
  return {
    kind: 'confirm-errors',
    errors,
    summary: errors.map((f) => `${f.path || '/'}: ${formatMessage(f.message, f.params)}`),
  };
};
