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

/**
 * Nearest instancetype names: the same size in another series first (legacy `server.medium` ->
 * `u1.medium`), the universal `u1` series before the specialised ones, then by edit distance.
 */
export const nearestInstancetypes = (
  name: string,
  candidates: readonly string[],
  n = 3,
): string[] => {
  const size = name.includes('.') ? name.slice(name.indexOf('.') + 1) : undefined;
  const sameSize = size
    ? [...new Set(candidates)]
        .filter((c) => c.slice(c.indexOf('.') + 1) === size)
        .sort(
          (a, b) =>
            Number(!a.startsWith('u1.')) - Number(!b.startsWith('u1.')) ||
            (a < b ? -1 : a > b ? 1 : 0),
        )
    : [];
  const byDistance = nearestNames(name, candidates, n + sameSize.length);
  const ranked = [...sameSize.slice(0, 1), ...byDistance.filter((c) => c !== sameSize[0])];
  return ranked.slice(0, n);
};
