import { editDistance } from '../schema/suggest';

/** The `n` names closest to `name` (edit distance, then alphabetical), for "did you mean" lists. */
export const nearestNames = (name: string, candidates: readonly string[], n = 3): string[] => {
  const lower = name.toLowerCase();
  return [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0))
    .slice(0, n)
    .map((x) => x.c);
};
