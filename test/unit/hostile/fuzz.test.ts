import fc from 'fast-check';
import { dump } from 'js-yaml';
import {
  applianceFromVirtualMachine,
  createSeededRandom,
  instantiate,
  parseMultiDocument,
  validateVirtualMachineManifest,
  type KubeObject,
} from '../../../src/appliance';
import { validateBundle } from '../../../src/appliance/bundle-validate';
import { formatFinding, type Finding } from '../../../src/findings';

/*
 * Any shape where a Kubernetes object is expected: the core must answer with findings, never
 * throw, and every finding must print as one line. Values are drawn from the kinds of things
 * that broke before: nulls in lists, numbers where names go, odd keys, control characters.
 */
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('', '..', '../../etc/passwd', 'a\nERROR x', '\u001b[31m', '__proto__', 'Always'),
);
const leaf = fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.constant(null), fc.double());
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        hostileString,
        fc.constantFrom('metadata', 'spec', 'name', 'kind', 'template', 'volumes', 'disks'),
      ),
      tie('node'),
      { maxKeys: 4 },
    ),
  ),
})).node;

/** A VM-like object with hostile values in the places the core reads. */
const vmLike = fc.record({
  apiVersion: fc.oneof(fc.constant('kubevirt.io/v1'), leaf),
  kind: fc.oneof(fc.constant('VirtualMachine'), leaf),
  metadata: fc.oneof(fc.record({ name: leaf, namespace: leaf, ownerReferences: value }), value),
  spec: fc.oneof(
    fc.record({
      runStrategy: leaf,
      running: leaf,
      instancetype: value,
      dataVolumeTemplates: fc.oneof(fc.array(value, { maxLength: 3 }), value),
      template: fc.record({
        spec: fc.record({
          domain: fc.record({ devices: fc.record({ disks: value, interfaces: value }) }),
          volumes: fc.oneof(fc.array(value, { maxLength: 3 }), value),
          networks: value,
        }),
      }),
    }),
    value,
  ),
});

const oneLine = (findings: readonly Finding[]) => {
  // eslint-disable-next-line no-control-regex -- control characters are what must not appear
  for (const f of findings) expect(formatFinding(f)).not.toMatch(/[\n\r\u0000-\u0008\u001b]/);
};

describe('fuzz: hostile shapes through the core never throw and print one line each', () => {
  it('validate', () => {
    fc.assert(
      fc.property(vmLike, (vm) => {
        oneLine(validateVirtualMachineManifest(vm));
      }),
      { numRuns: 300 },
    );
  });

  it('from-vm', () => {
    fc.assert(
      fc.property(vmLike, hostileString, (vm, name) => {
        const r = applianceFromVirtualMachine({
          vm: vm as KubeObject,
          name,
          namespace: 'ns',
          bootSource: { kind: 'PersistentVolumeClaim', name: 'root' },
        });
        oneLine(r.findings);
      }),
      { numRuns: 300 },
    );
  });

  it('instantiate an appliance whose boilerplate is any of these shapes', () => {
    fc.assert(
      fc.property(vmLike, value, hostileString, (vm, companion, name) => {
        const ds = {
          apiVersion: 'cdi.kubevirt.io/v1beta1',
          kind: 'DataSource',
          metadata: {
            name: 'app',
            namespace: 'ns',
            annotations: { 'appliance.kubevirt.io/vm-spec': dump(vm) },
          },
          spec: { source: { pvc: { name: 'x' } } },
        } as KubeObject;
        const r = instantiate({
          dataSource: ds,
          companions: [companion as KubeObject],
          namespace: 'ns',
          name,
          known: { instancetypes: [companion as KubeObject, null as unknown as KubeObject] },
          random: createSeededRandom(1),
        });
        oneLine(r.findings);
      }),
      { numRuns: 200 },
    );
  });

  it('instantiate a golden image whose labels and source are any of these shapes', () => {
    fc.assert(
      fc.property(leaf, leaf, value, (preference, instancetype, source) => {
        const ds = {
          apiVersion: 'cdi.kubevirt.io/v1beta1',
          kind: 'DataSource',
          metadata: {
            name: 'fedora',
            namespace: 'os-images',
            labels: {
              'instancetype.kubevirt.io/default-preference': preference,
              'instancetype.kubevirt.io/default-instancetype': instancetype,
            },
          },
          spec: { source },
        } as unknown as KubeObject;
        oneLine(
          instantiate({
            dataSource: ds,
            namespace: 'ns',
            name: 'vm',
            random: createSeededRandom(2),
          }).findings,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('bundle validation of documents of any shape', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(vmLike, value), { maxLength: 4 }), (docs) => {
        const text = docs.map((d) => dump(d)).join('---\n');
        oneLine(parseMultiDocument(text).findings);
        const r = validateBundle(text, 'default');
        oneLine(r.findings);
        oneLine(r.boilerplateFindings);
      }),
      { numRuns: 200 },
    );
  });
});
