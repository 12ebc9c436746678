/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into generated VMs */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import {
  classifyDataSource,
  completeAppliance,
  createSeededRandom,
  hasErrors,
  instantiate,
  type KubeObject,
} from '../../../src/appliance';
import { validateVirtualMachine } from '../../../src/schema/validate';
import { appliance, input, seedBundle } from './helpers';

const dnsName = fc.stringMatching(/^[a-z][a-z0-9-]{0,70}[a-z0-9]$/);

/** VM-like boilerplates: arbitrary template/volume/disk names, references that may or may not match. */
const vmish = fc
  .record({
    templates: fc.array(dnsName, { maxLength: 5 }),
    extraVolumes: fc.array(dnsName, { maxLength: 3 }),
    disks: fc.array(dnsName, { maxLength: 4 }),
    runStrategy: fc.option(
      fc.oneof(fc.constantFrom('Always', 'Halted', 'Running', 'Once'), fc.string()),
      { nil: undefined },
    ),
    running: fc.option(fc.boolean(), { nil: undefined }),
    instancetype: fc.option(fc.constantFrom('u1.medium', 'n1.xlarge'), { nil: undefined }),
    cpu: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    junk: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  })
  .map((g) => {
    const spec: any = {
      dataVolumeTemplates: g.templates.map((name) => ({
        metadata: { name },
        spec: { storage: {} },
      })),
      template: {
        spec: {
          domain: {
            devices: { disks: g.disks.map((name) => ({ name, disk: {} })) },
            ...(g.cpu ? { cpu: { cores: g.cpu } } : {}),
          },
          volumes: [
            ...g.templates.map((name) => ({
              name: `v-${name}`.slice(0, 63),
              dataVolume: { name },
            })),
            ...g.extraVolumes.map((name) => ({ name, emptyDisk: { capacity: '1Gi' } })),
          ],
        },
      },
      ...g.junk,
    };
    if (g.runStrategy !== undefined) spec.runStrategy = g.runStrategy;
    if (g.running !== undefined) spec.running = g.running;
    if (g.instancetype) spec.instancetype = { name: g.instancetype };
    return { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', spec };
  });

const vmName = fc.stringMatching(/^[a-z][a-z0-9-]{0,40}[a-z0-9]$/);

describe('completion properties (fast-check)', () => {
  it('never throws on any mapping', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 4 })),
        (obj) => {
          const r = completeAppliance(input(appliance(dump(obj))));
          expect(r.vm.kind).toBeDefined();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('classification never throws on any object', () => {
    const anyValue = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, anyValue, (labels, annotations, spec, status) => {
        const ds = {
          metadata: { name: 'x', labels, annotations },
          spec,
          status,
        } as unknown as KubeObject;
        const c = classifyDataSource(ds);
        expect(['golden-image', 'appliance', 'other']).toContain(c.kind);
        instantiate(input(ds));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws when spec parts have the wrong shape', () => {
    const shape = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(null), fc.constant([]));
    fc.assert(
      fc.property(shape, shape, shape, shape, (a, b, c, d) => {
        const bp = {
          spec: {
            dataVolumeTemplates: a,
            template: { spec: { volumes: b, domain: { devices: c }, filesystems: d } },
            instancetype: b,
            running: a,
          },
        };
        completeAppliance(input(appliance(dump(bp))));
      }),
      { numRuns: 150 },
    );
  });

  it('describes hostile values in messages without calling their toString', () => {
    // fast-check found this: String({toString: false}) throws.
    const hostile = { toString: false, valueOf: 'x' };
    const bp = { spec: { running: hostile, runStrategy: hostile, template: { spec: {} } } };
    const r = completeAppliance(input(appliance(dump(bp))));
    const messages = r.findings.map((f) => JSON.stringify(f.params ?? {})).join('\n');
    expect(messages).toContain('toString');
    expect(r.vm.spec).toBeDefined();
  });

  it('gives unique data volume names per VM, each used by a volume or reported', () => {
    fc.assert(
      fc.property(vmish, vmName, (bp, name) => {
        const r = completeAppliance(input(appliance(bp), { name }));
        const names: string[] = ((r.vm.spec as any)?.dataVolumeTemplates ?? []).map(
          (t: any) => t.metadata.name,
        );
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(n.length).toBeLessThanOrEqual(63);
        const used = new Set(
          ((r.vm.spec as any)?.template?.spec?.volumes ?? []).map((v: any) => v.dataVolume?.name),
        );
        for (const n of names)
          if (!used.has(n))
            expect(r.findings.some((f) => f.code === 'DataVolumeTemplateUnused')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('output either passes the schema or carries an error finding', () => {
    fc.assert(
      fc.property(vmish, (bp) => {
        const r = completeAppliance(input(appliance(bp)));
        expect(validateVirtualMachine(r.vm).length === 0 || hasErrors(r.findings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('determinism', () => {
  const { dataSource, companions } = seedBundle();
  const yamlOf = (seed: number) => {
    const r = instantiate(input(dataSource!, { companions, random: createSeededRandom(seed) }));
    return r.objects.map((o) => dump(o)).join('---\n') + JSON.stringify(r.findings);
  };

  it('the same inputs and seed give byte-identical output', () => {
    expect(yamlOf(7)).toBe(yamlOf(7));
  });

  it('another seed gives another password', () => {
    expect(yamlOf(7)).not.toBe(yamlOf(8));
  });
});
