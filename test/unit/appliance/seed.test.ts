/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into generated VMs */
import { applyPatch } from 'fast-json-patch';
import { dump } from 'js-yaml';
import {
  classifyDataSource,
  createSeededRandom,
  instantiate,
  validateVirtualMachineManifest,
  type KubeObject,
} from '../../../src/appliance';
import { validateVirtualMachine } from '../../../src/schema/validate';
import {
  byCode,
  codes,
  correctedBundle,
  demoInstancetypes,
  errors,
  input,
  seedBundle,
} from './helpers';

const SEED_PASSWORD = '7lx3-sx9f-5pm9';
const volumeNames = (vm: KubeObject): string[] =>
  ((vm.spec as any).template.spec.volumes as Array<{ name: string }>).map((v) => v.name);

describe('the seed appliance (semantics §7 defects)', () => {
  const bundle = seedBundle();
  const ds = bundle.dataSource as KubeObject;
  const run = (over = {}) => instantiate(input(ds, { companions: bundle.companions, ...over }));

  it('is read as a DataSource followed by its companion PVC', () => {
    expect(ds.metadata?.name).toBe('static-data-appliance');
    expect(bundle.companions.map((o) => o.kind)).toEqual(['PersistentVolumeClaim']);
  });

  it('is classified as an agnostic appliance with label defaults and a summary', () => {
    const c = classifyDataSource(ds);
    expect(c.kind).toBe('appliance');
    expect(c.flavor).toBe('agnostic');
    expect(c.defaultInstancetype).toEqual({
      kind: 'VirtualMachineClusterInstancetype',
      name: 'server.medium',
    });
    expect(c.boilerplateInstancetype).toEqual({
      kind: 'VirtualMachineClusterInstancetype',
      name: 'n1.xlarge',
    });
    expect(c.summary).toEqual({ disks: 2, networks: 0, filesystems: 1 });
  });

  it('reports runStrategy Running and repairs it to Always', () => {
    const r = run();
    const f = byCode(r.findings, 'RunStrategyInvalid');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect((r.vm.spec as any).runStrategy).toBe('Always');
  });

  it('moves the misplaced filesystems under domain.devices with a volume of the same name', () => {
    const r = run();
    expect(byCode(r.findings, 'FilesystemMisplaced')).toHaveLength(1);
    const tspec = (r.vm.spec as any).template.spec;
    expect(tspec.filesystems).toBeUndefined();
    expect(tspec.domain.devices.filesystems).toEqual([
      { name: 'shared-static-data', virtiofs: {} },
    ]);
    expect(volumeNames(r.vm)).toContain('shared-static-data');
  });

  it('blocks on persistenVolumeClaim, naming persistentVolumeClaim, with a fix that works', () => {
    const r = run();
    const unknown = errors(r.findings).filter((f) => f.path.endsWith('/persistenVolumeClaim'));
    expect(unknown).toHaveLength(1);
    expect(JSON.stringify(unknown[0].params)).toContain('persistentVolumeClaim');
    expect(unknown[0].fix).toBeDefined();
    const fixed = applyPatch(structuredClone(r.vm), unknown[0].fix!.patch, true, false).newDocument;
    expect(validateVirtualMachine(fixed).filter((f) => f.path.includes('ersisten'))).toEqual([]);
    expect((fixed.spec as any).template.spec.volumes[2].persistentVolumeClaim).toEqual({
      claimName: 'shared-static-data',
    });
  });

  it('reports the instancetype n1.xlarge against the label server.medium, and server.medium as unknown today', () => {
    const r = run({ known: { instancetypes: demoInstancetypes() } });
    expect(byCode(r.findings, 'InstancetypeLabelMismatch')).toHaveLength(1);
    expect((r.vm.spec as any).instancetype).toEqual({
      kind: 'VirtualMachineClusterInstancetype',
      name: 'n1.xlarge',
    });
    const legacy = byCode(r.findings, 'InstancetypeNotFound');
    expect(legacy).toHaveLength(1);
    expect(legacy[0].subject).toBe('datasource');
    expect(String(legacy[0].params?.nearest).split(', ')[0]).toBe('u1.medium');
  });

  it('replaces the hard-coded password by a per-VM one kept only in a Secret', () => {
    const r = run();
    expect(byCode(r.findings, 'BoilerplatePasswordReplaced')).toHaveLength(1);
    expect(r.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const vmText = JSON.stringify(r.vm);
    expect(vmText).not.toContain(SEED_PASSWORD);
    expect(vmText).not.toContain(r.password);
    const secrets = r.objects.filter((o) => o.kind === 'Secret');
    expect(JSON.stringify(secrets)).toContain(r.password);
    expect(JSON.stringify(r.objects)).not.toContain(SEED_PASSWORD);
    expect(JSON.stringify(r.findings)).not.toContain(r.password);
  });

  it('keeps the boilerplate password only by explicit choice, with a warning', () => {
    const r = run({ choices: { keepBoilerplatePassword: true } });
    expect(byCode(r.findings, 'BoilerplatePasswordKept')).toHaveLength(1);
    expect(r.password).toBeUndefined();
  });

  it('makes the data volume template name per VM and drops creationTimestamp: null', () => {
    const r = run();
    const dvt = (r.vm.spec as any).dataVolumeTemplates[0];
    expect(dvt.metadata).toEqual({ name: 'vm1-diplomatic-tortoise-volume' });
    expect(byCode(r.findings, 'NullTimestampDropped')).toHaveLength(1);
    expect((r.vm.spec as any).template.spec.volumes[0].dataVolume.name).toBe(
      'vm1-diplomatic-tortoise-volume',
    );
  });

  it('finds the companion PVC ownerReference without uid', () => {
    const f = byCode(bundle.findings, 'CompanionOwnerUidMissing');
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('/metadata/ownerReferences/0/uid');
    expect(f[0].params?.document).toBe(1);
  });

  it('refuses the companion claim for a VM in another namespace', () => {
    const placed = { ...ds, metadata: { ...ds.metadata, namespace: 'appliances' } };
    const r = instantiate(input(placed, { companions: bundle.companions, namespace: 'demo' }));
    expect(byCode(r.findings, 'CompanionClaimOtherNamespace')).toHaveLength(1);
    const same = instantiate(
      input(placed, { companions: bundle.companions, namespace: 'appliances' }),
    );
    expect(byCode(same.findings, 'CompanionClaimOtherNamespace')).toHaveLength(0);
  });

  it('puts Secrets before the VM', () => {
    const r = run();
    expect(r.objects.map((o) => o.kind)).toEqual(['Secret', 'VirtualMachine']);
    expect(r.objects[r.objects.length - 1]).toBe(r.vm);
  });
});

describe('the corrected seed appliance', () => {
  const bundle = correctedBundle();
  const ds = bundle.dataSource as KubeObject;
  const make = (name: string, seed = 1) =>
    instantiate(
      input(ds, {
        companions: bundle.companions,
        name,
        random: createSeededRandom(seed),
        known: { instancetypes: demoInstancetypes() },
      }),
    );

  it('completes with no error and validates as a finished manifest', () => {
    const r = make('vm-a');
    expect(errors(r.findings)).toEqual([]);
    expect(
      errors(
        validateVirtualMachineManifest(r.vm, { known: { instancetypes: demoInstancetypes() } }),
      ),
    ).toEqual([]);
    expect(bundle.findings).toEqual([]);
  });

  it('gives two VMs no shared disk or Secret name', () => {
    const a = make('vm-a');
    const b = make('vm-b');
    const names = (r: ReturnType<typeof make>) => [
      ...((r.vm.spec as any).dataVolumeTemplates as Array<{ metadata: { name: string } }>).map(
        (t) => t.metadata.name,
      ),
      ...r.objects.filter((o) => o.kind === 'Secret').map((o) => o.metadata?.name),
    ];
    const shared = names(a).filter((n) => names(b).includes(n));
    expect(shared).toEqual([]);
    expect(dump(a.vm)).not.toEqual(dump(b.vm));
    expect(codes(a.findings)).not.toContain('BoilerplatePasswordReplaced');
  });
});
