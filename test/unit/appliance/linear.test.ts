import { validateVirtualMachineManifest } from '../../../src/appliance';
import { checkReferences } from '../../../src/appliance/references';
import {
  nearestInstancetypes,
  nearestNames,
  nearestPreferences,
} from '../../../src/appliance/nearest';

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
};

const vmWithDisks = (count: number) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'many' },
  spec: {
    runStrategy: 'Halted',
    dataVolumeTemplates: Array.from({ length: count }, (_, i) => ({
      metadata: { name: `dv${i}` },
      spec: { storage: {} },
    })),
    template: {
      spec: {
        domain: {
          devices: {
            disks: Array.from({ length: count }, (_, i) => ({ name: `d${i}`, disk: {} })),
            interfaces: Array.from({ length: count }, (_, i) => ({ name: `i${i}`, bridge: {} })),
          },
        },
        networks: Array.from({ length: count }, (_, i) => ({ name: `n${i}`, pod: {} })),
        volumes: [],
      },
    },
  },
});

describe('work grows linearly with the input (semantics §5)', () => {
  it('validates a VM with 12,000 disks without volumes in under a second', () => {
    const vm = vmWithDisks(12_000);
    delete (vm.spec as Partial<typeof vm.spec>).dataVolumeTemplates;
    delete (vm.spec.template.spec.domain.devices as { interfaces?: unknown }).interfaces;
    delete (vm.spec.template.spec as { networks?: unknown }).networks;
    const { value, ms } = timed(() => validateVirtualMachineManifest(vm));
    expect(value.filter((f) => f.code === 'DiskWithoutVolume')).toHaveLength(12_000);
    expect(ms).toBeLessThan(1_000);
  });

  it('checks references of ten times as many items in about ten times the time', () => {
    const small = timed(() => checkReferences(vmWithDisks(2_000))).ms;
    const large = timed(() => checkReferences(vmWithDisks(20_000))).ms;
    expect(large).toBeLessThan(Math.max(small, 5) * 40);
  });

  it('suggests names among 5,000 for a 5,000-character name in well under 100 ms', () => {
    const known = Array.from({ length: 5_000 }, (_, i) => `u${i % 50}.size${i}`);
    const long = 'u1.'.padEnd(5_000, 'x');
    for (const suggest of [nearestNames, nearestInstancetypes, nearestPreferences]) {
      const { value, ms } = timed(() => suggest(long, known));
      expect(value).toEqual([]);
      expect(ms).toBeLessThan(50);
    }
  });

  it('ranks 5,000 long names (253 characters) for a 253-character name quickly', () => {
    const known = Array.from({ length: 5_000 }, (_, i) => `${i}`.padEnd(253, 'k'));
    const { value, ms } = timed(() => nearestNames('1'.padEnd(253, 'k'), known));
    expect(value[0]).toBe(known[1]);
    expect(ms).toBeLessThan(500);
  });
});
