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

/**
 * `editDistance` capped at `limit`: anything farther returns `limit + 1`. A common prefix and
 * suffix cost nothing, and only cells within `limit` of the diagonal are computed, so the cost is
 * length × limit rather than length × length: a long input against thousands of candidates stays
 * cheap.
 */
export const boundedDistance = (left: string, right: string, limit: number): number => {
  const far = limit + 1;
  if (left === right) return 0;
  if (Math.abs(left.length - right.length) > limit) return far;
  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start++;
  // Keep one shared character before the difference: a transposition may need it.
  start = Math.max(0, start - 1);
  let endL = left.length;
  let endR = right.length;
  while (endL > start && endR > start && left[endL - 1] === right[endR - 1]) {
    endL--;
    endR--;
  }
  endL = Math.min(left.length, endL + 1);
  endR = Math.min(right.length, endR + 1);
  return banded(left.slice(start, endL), right.slice(start, endR), limit);
};

const banded = (a: string, b: string, limit: number): number => {
  const far = limit + 1;
  const width = b.length + 1;
  let prevPrev = new Int32Array(width).fill(far);
  let prev = new Int32Array(width).fill(far);
  let cur = new Int32Array(width).fill(far);
  for (let j = 0; j <= Math.min(limit, b.length); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // Cells just outside the band may hold values of an older row: they read as "too far".
    cur[0] = i <= limit ? i : far;
    if (from > 1) cur[from - 1] = far;
    if (to < b.length) cur[to + 1] = far;
    let rowBest = cur[0];
    for (let j = from; j <= to; j++) {
      let d = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      if (
        i > 1 &&
        j > 1 &&
        a[i - 1] === b[j - 2] &&
        a[i - 2] === b[j - 1] &&
        prevPrev[j - 2] + 1 < d
      )
        d = prevPrev[j - 2] + 1;
      if (d > far) d = far;
      cur[j] = d;
      if (d < rowBest) rowBest = d;
    }
    // Every later row is at least this row's minimum: nothing within the limit is left.
    if (rowBest > limit) return far;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[b.length], far);
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
    // Bounded: a length gap above the limit costs nothing, a long name costs length × limit.
    const d = boundedDistance(lower, candidate.toLowerCase(), limit);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
};
