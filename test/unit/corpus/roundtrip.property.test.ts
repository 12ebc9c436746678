import fc from 'fast-check';
import {
  applianceFromVirtualMachine,
  instantiate,
  validateVirtualMachineManifest,
  type KubeObject,
} from '../../../src/appliance';
import { createSeededRandom } from '../../../src/appliance/random';
import { CORPUS, withProfile } from './corpus';

const accepted = CORPUS.filter((e) => e.errors.length === 0);
const dnsLabel = fc.stringMatching(/^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$/);

describe('corpus round trip (issue 13)', () => {
  it('has accepted manifests to try', () => {
    expect(accepted.length).toBeGreaterThanOrEqual(15);
  });

  // Save as appliance, instantiate it again: what validation accepted must stay acceptable.
  it('every VM validation accepts survives fromVm then instantiate and validates again', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...accepted),
        dnsLabel,
        dnsLabel,
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer(),
        (entry, name, namespace, start, seed) =>
          withProfile(entry, () => {
            const saved = applianceFromVirtualMachine({
              vm: entry.vm,
              name: 'corpus-appliance',
              namespace: 'appliances',
              bootSource: { kind: 'PersistentVolumeClaim', name: 'corpus-disk' },
            });
            expect(saved.findings.filter((f) => f.severity === 'error')).toEqual([]);
            const made = instantiate({
              dataSource: saved.dataSource as KubeObject,
              namespace,
              name,
              random: createSeededRandom(seed),
              ...(entry.known ? { known: entry.known } : {}),
              choices: start === undefined ? {} : { start },
            });
            expect(made.findings.filter((f) => f.severity === 'error')).toEqual([]);
            const again = validateVirtualMachineManifest(made.vm, { known: entry.known });
            expect(again.filter((f) => f.severity === 'error')).toEqual([]);
          }),
      ),
      { numRuns: 200 },
    );
  });
});
