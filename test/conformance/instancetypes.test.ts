import { readFileSync } from 'fs';
import path from 'path';
import {
  createSeededRandom,
  generateVirtualMachine,
  instantiate,
  parseMultiDocument,
  validateVirtualMachineManifest,
  type KubeObject,
} from '../../src/appliance';
import { currentInstancetypes } from './shared';

const fixture = (name: string) =>
  parseMultiDocument(readFileSync(path.resolve(__dirname, '../fixtures', name), 'utf8'));
/** Instantiates a bundle fixture of ours into `demo`, against the common-instancetypes names. */
const instantiateFixture = (file: string, name: string, seed: number) => {
  const bundle = fixture(file);
  return instantiate({
    dataSource: bundle.dataSource as KubeObject,
    companions: bundle.companions,
    namespace: 'demo',
    name,
    random: createSeededRandom(seed),
    known,
  });
};
const known = { instancetypes: currentInstancetypes() };
const errors = (findings: Array<{ severity: string; code: string }>) =>
  findings.filter((f) => f.severity === 'error');

describe("the project's instancetype rules against the common-instancetypes names", () => {
  it('reads the whole list', () => {
    const names = known.instancetypes.map((o) => o.metadata?.name);
    expect(names).toEqual(expect.arrayContaining(['u1.medium', 'n1.xlarge', 'fedora']));
    expect(names.length).toBeGreaterThan(100);
  });

  it('offers u1.medium for a misspelt u1.mediun', () => {
    const r = generateVirtualMachine({
      dataSource: {
        apiVersion: 'cdi.kubevirt.io/v1beta1',
        kind: 'DataSource',
        metadata: {
          name: 'fedora',
          namespace: 'os-images',
          labels: {
            'instancetype.kubevirt.io/default-instancetype': 'u1.mediun',
            'instancetype.kubevirt.io/default-preference': 'fedora',
          },
        },
        spec: { source: { pvc: { name: 'fedora', namespace: 'os-images' } } },
      },
      namespace: 'demo',
      name: 'vm1',
      random: createSeededRandom(1),
      known,
    });
    const [f] = r.findings.filter((x) => x.code === 'InstancetypeNotFound');
    expect(f.severity).toBe('error');
    expect(f.params?.nearest).toContain('u1.medium');
  });

  it("reports the seed's legacy server.medium as unknown, nearest u1.medium", () => {
    const r = instantiateFixture('seed-appliance.yaml', 'vm1', 42);
    const legacy = r.findings.filter((x) => x.code === 'InstancetypeNotFound');
    expect(legacy).toHaveLength(1);
    expect(String(legacy[0].params?.nearest).split(', ')[0]).toBe('u1.medium');
  });

  it('completes the corrected seed appliance into a VM with no error', () => {
    const r = instantiateFixture('seed-appliance-corrected.yaml', 'vm-a', 1);
    expect(errors(r.findings)).toEqual([]);
    expect(errors(validateVirtualMachineManifest(r.vm, { known }))).toEqual([]);
  });
});
