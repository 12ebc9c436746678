import { finding, msg, type Finding } from '../findings';
import { instantiate } from './instantiate';
import { dnsLabelProblem, MAX_LABEL_LENGTH } from './names';
import type { InstantiateInput, InstantiateResult } from './types';

/** Semantics §11: one instantiation makes at most this many VMs. */
export const MAX_BATCH = 100;

/** The pattern when the user gives none: `<name>-{n}`. */
export const defaultNamePattern = (name: string): string => `${name}-{n}`;

/** The names a pattern gives for `count` VMs: `{n}` from 1, no padding. */
export const batchNames = (pattern: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => pattern.split('{n}').join(String(i + 1)));

/**
 * What is wrong with a batch's count and name pattern, as findings at `batch#/count` or
 * `batch#/namePattern`: every resulting name must be a DNS label of at most 63 characters, and
 * no two alike (a pattern without `{n}` makes the same name twice).
 */
export const checkBatch = (pattern: string, count: number): Finding[] => {
  const out: Finding[] = [];
  if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH)
    out.push(
      finding(
        'error',
        'BatchCountInvalid',
        '/count',
        msg('The number of VMs must be a whole number from 1 to {{max}}.'),
        { max: MAX_BATCH },
        { subject: 'batch' },
      ),
    );
  if (out.length) return out;
  if (count > 1 && !pattern.includes('{n}'))
    out.push(
      finding(
        'error',
        'BatchPatternWithoutNumber',
        '/namePattern',
        msg('The name pattern {{pattern}} has no {n}: every VM would get the same name.'),
        { pattern },
        { subject: 'batch' },
      ),
    );
  // A bad character shows in the first name; the longest name is the last one.
  const first = batchNames(pattern, 1)[0];
  const last = batchNames(pattern, count)[count - 1];
  const name = dnsLabelProblem(first) ? first : dnsLabelProblem(last) ? last : undefined;
  if (name) {
    const problem = dnsLabelProblem(name);
    out.push(
      finding(
        'error',
        'BatchNameInvalid',
        '/namePattern',
        problem === 'too-long'
          ? msg('The pattern gives {{name}}, longer than {{max}} characters.')
          : msg(
              'The pattern gives {{name}}, which is not a valid name: lowercase letters, digits and "-", starting and ending with a letter or digit.',
            ),
        { name, max: MAX_LABEL_LENGTH },
        { subject: 'batch' },
      ),
    );
  }
  return out;
};

export interface BatchResult {
  /** One result per VM, in order (empty when the count or pattern is refused). */
  results: InstantiateResult[];
  /** The batch's own findings (count, pattern). */
  findings: Finding[];
}

/**
 * Completes `count` VMs from one input (semantics §11): each on its own, with its own name, disk
 * names, Secrets and generated passwords, all from one random source so the batch is
 * deterministic for a seed.
 */
export const instantiateBatch = (
  input: Omit<InstantiateInput, 'name'>,
  count: number,
  pattern: string,
): BatchResult => {
  const findings = checkBatch(pattern, count);
  if (findings.some((f) => f.severity === 'error')) return { results: [], findings };
  const results = batchNames(pattern, count).map((name) => instantiate({ ...input, name }));
  return { results, findings };
};
