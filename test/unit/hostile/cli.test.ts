/**
 * Issue 14: the hostile corpus through every command, as a process (node with a 512 MB heap,
 * RSS sampled, 2.5 s per case). Each failure lists every problem of the case and its stderr.
 */
import { processCases, processProblems } from './corpus';
import { dropSnapshot, runProcessCase, snapshotCli } from './run-process';

beforeAll(snapshotCli, 120_000);
afterAll(dropSnapshot);

const cases = processCases();

describe.each(['baseline', 'crash', 'hang', 'security', 'message'] as const)('%s', (group) => {
  test.each(cases.filter((c) => c.group === group).map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const run = await runProcessCase(c);
      expect(processProblems(c, run)).toEqual([]);
    },
    30_000,
  );
});

test('every case has a unique name', () => {
  const names = cases.map((c) => c.name);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});
