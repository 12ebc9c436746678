/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent
 * transpositions): a swapped pair of letters is one typo, not two.
 */
export const editDistance = (a: string, b: string): number => {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  // Three rolling rows instead of a full matrix: this runs for every candidate of every unknown field.
  let prevPrev: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur: number[] = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2] + 1);
      }
      cur[j] = d;
    }
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[b.length];
};

/** Short names get less slack, or `io` would "correct" to `id`-like noise. */
const maxDistanceFor = (name: string): number => (name.length <= 3 ? 1 : 2);

/**
 * The candidate a misspelled `name` most likely meant: a case-insensitive
 * match first, else the closest within a small edit distance (ties broken
 * alphabetically, so the answer is stable). `undefined` when nothing is close.
 */
export const suggestNearest = (name: string, candidates: readonly string[]): string | undefined => {
  if (candidates.includes(name)) return name;
  const lower = name.toLowerCase();
  const caseMatch = [...candidates].sort().find((c) => c.toLowerCase() === lower);
  if (caseMatch !== undefined) return caseMatch;
  const limit = maxDistanceFor(name);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    // A length gap above the limit can never be within it: skip the quadratic work.
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
};
