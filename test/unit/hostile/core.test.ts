/**
 * Issue 14: the hostile corpus through the domain core, in process: no throw, < 500 ms per call,
 * the bound or rule named in a finding, findings one short line without control characters or
 * planted secrets.
 */
import * as core from '../../../src/appliance';
import { applianceText, CORE_MS, coreCases, coreProblems, runCoreCase, vmObject } from './corpus';

const cases = coreCases();

beforeAll(() => {
  // Warm-up (schema compilation, JIT): the 500 ms bound is about the input, not the first call.
  const b = core.parseMultiDocument(applianceText());
  if (!b.dataSource) throw new Error('generator error: the clean appliance has no DataSource');
  for (let i = 0; i < 3; i += 1) {
    core.instantiate({
      dataSource: b.dataSource,
      companions: b.companions,
      namespace: 'demo',
      name: `warm-${i}`,
      random: core.createSeededRandom(i),
    });
    core.validateVirtualMachineManifest(vmObject());
    core.validateBundle(applianceText(), 'default');
    core.applianceFromVirtualMachine({
      vm: vmObject(),
      name: 'warm',
      namespace: 'appliances',
      bootSource: { kind: 'PersistentVolumeClaim', name: 'root-disk' },
    });
  }
});

test.each(cases.map((c) => [c.name, c] as const))(
  '%s',
  (_name, c) => {
    const run = runCoreCase(core, c);
    // Best of three when over the bound: a shared 2-core machine (the process suite runs next to
    // this one) can stall any single call; an algorithmic blow-up is slow every time.
    for (
      let retry = 0;
      retry < 2 && run.ms > CORE_MS && run.ms < 4 * CORE_MS && !run.thrown;
      retry += 1
    )
      run.ms = Math.min(run.ms, runCoreCase(core, c).ms);
    expect(coreProblems(core, c, run)).toEqual([]);
  },
  30_000,
);

test('every case has a unique name', () => {
  const names = cases.map((c) => c.name);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});
