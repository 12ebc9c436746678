import { isSafePattern } from 'redos-detector';

/**
 * The `pattern` of a string parameter (semantics §9): an ECMAScript regular expression the whole
 * value must match. A pattern comes from whoever wrote the appliance, and a backtracking one
 * could hang the browser tab or the command line on a short value, so every pattern is checked by
 * a ReDoS detector before it is ever compiled for matching; a flagged one is never run.
 */

/** Longer patterns are refused outright: nobody needs one to check a single-line value. */
export const MAX_PATTERN_LENGTH = 500;
/**
 * The detector itself is bounded by steps, not by time, so a pattern's verdict never depends on
 * how busy the machine is: one it cannot clear within this many steps counts as unsafe (a DNS
 * subdomain pattern needs a few hundred). The timeout only guards against a hang.
 */
const DETECTOR_MAX_STEPS = 1000;
const DETECTOR_TIMEOUT_MS = 10_000;

export type PatternProblem = 'too-long' | 'syntax' | 'unsafe';

interface Checked {
  problem?: PatternProblem;
  regex?: RegExp;
}

const cache = new Map<string, Checked>();
const CACHE_LIMIT = 500;

/** The whole value must match, so the pattern is anchored as a group (its own `|` stays inside). */
const anchored = (pattern: string): string => `^(?:${pattern})$`;

const checkUncached = (pattern: string): Checked => {
  if (pattern.length > MAX_PATTERN_LENGTH) return { problem: 'too-long' };
  const source = anchored(pattern);
  try {
    // Compiling parses the pattern; it runs nothing.
    new RegExp(source, 'u');
  } catch {
    return { problem: 'syntax' };
  }
  let safe = false;
  try {
    safe = isSafePattern(source, {
      unicode: true,
      maxSteps: DETECTOR_MAX_STEPS,
      timeout: DETECTOR_TIMEOUT_MS,
    }).safe;
  } catch {
    // A construct the detector cannot read is not proven safe.
    safe = false;
  }
  return safe ? { regex: new RegExp(source, 'u') } : { problem: 'unsafe' };
};

/** Checks a pattern once (memoized: the wizard checks on every keystroke). */
export const checkPattern = (pattern: string): Checked => {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const result = checkUncached(pattern);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, result);
  return result;
};

/** True, false, or undefined when the pattern may not be run (then the declaration is an error). */
export const matchesPattern = (pattern: string, value: string): boolean | undefined => {
  const { regex } = checkPattern(pattern);
  return regex ? regex.test(value) : undefined;
};
