import { boundedDistance } from '../schema/suggest';
import { successorOf } from './successors';

/**
 * Kubernetes names are at most 253 characters: a longer name (or candidate) is no typo of a real
 * one, and edit distance on it would cost length × length for every candidate.
 */
export const MAX_SUGGESTIBLE_NAME = 253;

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Beyond this many edits a name is no longer "near": farther candidates tie, alphabetically. */
const MAX_RANKED_DISTANCE = 8;

/** The `n` names closest to `name` (edit distance, then alphabetical), for "did you mean" lists. */
export const nearestNames = (name: string, candidates: readonly string[], n = 3): string[] => {
  if (name.length > MAX_SUGGESTIBLE_NAME || n <= 0) return [];
  const lower = name.toLowerCase();
  return [...new Set(candidates)]
    .filter((c) => c.length <= MAX_SUGGESTIBLE_NAME)
    .map((c) => ({ c, d: boundedDistance(lower, c.toLowerCase(), MAX_RANKED_DISTANCE) }))
    .sort((x, y) => x.d - y.d || byName(x.c, y.c))
    .slice(0, n)
    .map((x) => x.c);
};

/**
 * Nearest instancetype names: the documented successor of a retired name first (`gn1.xlarge` ->
 * `u1.xlarge`), then the same size in another series (the universal `u1` before the specialised
 * ones), then by edit distance.
 */
export const nearestInstancetypes = (
  name: string,
  candidates: readonly string[],
  n = 3,
): string[] => {
  const unique = new Set(candidates);
  const successor = successorOf('instancetype', name, unique);
  const dot = name.indexOf('.');
  const size = dot >= 0 && name.length <= MAX_SUGGESTIBLE_NAME ? name.slice(dot + 1) : undefined;
  const sameSize = size
    ? [...unique]
        .filter((c) => c.slice(c.indexOf('.') + 1) === size)
        .sort((a, b) => Number(!a.startsWith('u1.')) - Number(!b.startsWith('u1.')) || byName(a, b))
    : [];
  const first = [successor, sameSize[0]].filter((c): c is string => c !== undefined);
  const byDistance = nearestNames(name, [...unique], n + first.length);
  return [...new Set([...first, ...byDistance])].slice(0, n);
};

/** Nearest preference names: the documented successor of a retired name first, then by distance. */
export const nearestPreferences = (
  name: string,
  candidates: readonly string[],
  n = 3,
): string[] => {
  const unique = new Set(candidates);
  const successor = successorOf('preference', name, unique);
  const byDistance = nearestNames(name, [...unique], n + 1);
  return [...new Set([...(successor ? [successor] : []), ...byDistance])].slice(0, n);
};
