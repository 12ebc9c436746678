import {
  applianceFromVirtualMachine,
  instantiate,
  validateVirtualMachineManifest,
  type Finding,
} from '../../../src/appliance';
import { CORPUS, withProfile } from '../corpus/corpus';
import { appliance, input } from './helpers';

/**
 * Rules completion repairs (docs/findings.md, "Completion repairs, validation does not"): there
 * the finding reports a repair (warning), in validation the defect (error). Every other rule has
 * one severity wherever it is checked.
 */
const REPAIRED_BY_COMPLETION = new Set([
  'RunStrategyInvalid',
  'RunningAndRunStrategy',
  'RunningDeprecated',
]);

const runAll = (vm: unknown, known: Parameters<typeof validateVirtualMachineManifest>[1]) => {
  const byPath: Record<'validate' | 'instantiate' | 'fromVm', Finding[]> = {
    validate: validateVirtualMachineManifest(vm, known),
    instantiate: instantiate(input(appliance(vm), known?.known ? { known: known.known } : {}))
      .findings,
    fromVm: applianceFromVirtualMachine({
      vm,
      name: 'same-inputs',
      namespace: 'appliances',
      bootSource: { kind: 'PersistentVolumeClaim', name: 'disk' },
    }).findings,
  };
  return byPath;
};

describe('one rule, one severity (issue 13)', () => {
  it.each(CORPUS.map((e) => [e.name, e] as const))(
    '%s: each code has the same severity in validate, instantiate and fromVm',
    (_name, entry) => {
      const seen = new Map<string, Set<string>>();
      const byPath = withProfile(entry, () => runAll(entry.vm, { known: entry.known }));
      for (const findings of Object.values(byPath))
        for (const f of findings) {
          if (REPAIRED_BY_COMPLETION.has(f.code)) continue;
          const severities = seen.get(f.code) ?? new Set<string>();
          severities.add(f.severity);
          seen.set(f.code, severities);
        }
      const mixed = [...seen]
        .filter(([, s]) => s.size > 1)
        .map(([code, s]) => `${code}: ${[...s]}`);
      expect(mixed).toEqual([]);
    },
  );

  it('an instancetype conflict is an error in all three paths', () => {
    const entry = CORPUS.find((e) => e.name === 'instancetype and memory.guest')!;
    const byPath = runAll(entry.vm, {});
    for (const findings of Object.values(byPath))
      expect(
        findings.filter((f) => f.code === 'InstancetypeConflict').map((f) => f.severity),
      ).toEqual(['error']);
  });
});
