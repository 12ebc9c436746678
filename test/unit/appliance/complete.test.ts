/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into generated VMs */
import { applyPatch } from 'fast-json-patch';
import { completeAppliance, perVmName } from '../../../src/appliance';
import { appliance, byCode, codes, errors, input, minimalBoilerplate } from './helpers';

const complete = (bp: unknown, over = {}, extra = {}) =>
  completeAppliance(input(appliance(bp, extra), over));
const spec = (r: { vm: any }) => r.vm.spec;

describe('completing a boilerplate (semantics §3), one rule at a time', () => {
  it('a minimal boilerplate completes without error', () => {
    expect(errors(complete(minimalBoilerplate()).findings)).toEqual([]);
  });

  it('1. fills apiVersion and kind when absent, and rejects different ones', () => {
    const bp = minimalBoilerplate();
    delete bp.apiVersion;
    delete bp.kind;
    const r = complete(bp);
    expect([r.vm.apiVersion, r.vm.kind]).toEqual(['kubevirt.io/v1', 'VirtualMachine']);
    const wrong = complete({
      ...minimalBoilerplate(),
      kind: 'VirtualMachineInstance',
      apiVersion: 'kubevirt.io/v1alpha3',
    });
    expect(codes(errors(wrong.findings))).toEqual(
      expect.arrayContaining(['BoilerplateKind', 'BoilerplateApiVersion']),
    );
  });

  it('1. a broken boilerplate gives an error finding, not a crash', () => {
    const r = completeAppliance(input(appliance('spec: [unclosed')));
    expect(codes(errors(r.findings))).toContain('BoilerplateSyntax');
  });

  it('2. drops status and server-set metadata', () => {
    const bp = {
      ...minimalBoilerplate(),
      status: { ready: true },
      metadata: {
        uid: 'u',
        resourceVersion: '9',
        generation: 3,
        managedFields: [],
        creationTimestamp: '2024-01-01T00:00:00Z',
        finalizers: ['x'],
        ownerReferences: [],
        labels: { app: 'x' },
      },
    };
    const r = complete(bp);
    expect(r.vm.status).toBeUndefined();
    expect(Object.keys(r.vm.metadata ?? {}).sort()).toEqual([
      'annotations',
      'labels',
      'name',
      'namespace',
    ]);
    expect(r.vm.metadata?.labels).toEqual({ app: 'x' });
  });

  it('2. strips identity fields for an agnostic instantiation and keeps them for disaster recovery', () => {
    const bp = minimalBoilerplate();
    bp.spec.template.spec.domain.firmware = {
      uuid: '5d307ca9-b3ef-428c-8861-06e72d69f223',
      serial: 'abc',
    };
    bp.spec.template.spec.domain.devices.interfaces = [
      { name: 'default', masquerade: {}, macAddress: '02:00:00:00:00:01' },
    ];
    bp.spec.template.spec.domain.devices.disks[0].serial = 'disk-serial';
    const kept = complete(bp);
    expect(spec(kept).template.spec.domain.firmware.uuid).toBeDefined();
    expect(codes(kept.findings)).toContain('IdentityKept');
    const stripped = complete(bp, { choices: { identity: 'strip' } });
    const text = JSON.stringify(stripped.vm);
    for (const s of ['5d307ca9', 'abc', '02:00:00:00:00:01', 'disk-serial'])
      expect(text).not.toContain(s);
    expect(byCode(stripped.findings, 'IdentityStripped')).toHaveLength(4);
  });

  it('3. sets name and namespace from the user, keeps labels, adds provenance', () => {
    const bp = {
      ...minimalBoilerplate(),
      metadata: { name: 'template-name', namespace: 'elsewhere', annotations: { note: 'n' } },
    };
    const r = complete(bp, { name: 'mine', namespace: 'team' });
    expect(r.vm.metadata).toEqual({
      name: 'mine',
      namespace: 'team',
      annotations: {
        note: 'n',
        'appliance.kubevirt.io/source': 'appliances/app',
        'appliance.kubevirt.io/source-uid': '11111111-2222-3333-4444-555555555555',
      },
    });
  });

  it('4. per-VM data volume names, shortened to 63 characters with a stable hash; volumes follow', () => {
    const bp = minimalBoilerplate();
    const long = 'a-very-long-data-volume-template-name-that-goes-on-and-on';
    bp.spec.dataVolumeTemplates[0].metadata.name = long;
    bp.spec.template.spec.volumes[0].dataVolume.name = long;
    const name = 'a-rather-long-virtual-machine-name';
    const r = complete(bp, { name });
    const dvName = spec(r).dataVolumeTemplates[0].metadata.name;
    expect(dvName.length).toBeLessThanOrEqual(63);
    expect(dvName).toBe(perVmName(name, long));
    expect(dvName).toMatch(/^a-rather-long-virtual-machine-name-a-very-long-.*-[0-9a-f]{8}$/);
    expect(spec(r).template.spec.volumes[0].dataVolume.name).toBe(dvName);
    expect(complete(bp, { name }).vm).toEqual(r.vm);
  });

  it('4. a volume naming the template by persistentVolumeClaim follows too', () => {
    const bp = minimalBoilerplate();
    bp.spec.template.spec.volumes[0] = {
      name: 'root',
      persistentVolumeClaim: { claimName: 'root' },
    };
    const r = complete(bp);
    expect(spec(r).template.spec.volumes[0].persistentVolumeClaim.claimName).toBe('vm1-root');
    expect(errors(r.findings)).toEqual([]);
  });

  it('5. a sourceRef without namespace gets the appliance namespace; no source clones the appliance', () => {
    const bp = minimalBoilerplate();
    delete bp.spec.dataVolumeTemplates[0].spec.sourceRef.namespace;
    bp.spec.dataVolumeTemplates.push({
      metadata: { name: 'data' },
      spec: { storage: { resources: { requests: { storage: '1Gi' } } } },
    });
    bp.spec.template.spec.volumes.push({ name: 'data', dataVolume: { name: 'data' } });
    const r = complete(bp);
    expect(spec(r).dataVolumeTemplates[0].spec.sourceRef).toEqual({
      kind: 'DataSource',
      name: 'fedora',
      namespace: 'appliances',
    });
    expect(spec(r).dataVolumeTemplates[1].spec.sourceRef).toEqual({
      kind: 'DataSource',
      name: 'app',
      namespace: 'appliances',
    });
    expect(errors(r.findings)).toEqual([]);
  });

  it('6. the user beats the boilerplate, which beats the labels; a difference is reported', () => {
    const bp = minimalBoilerplate();
    delete bp.spec.template.spec.domain.resources;
    bp.spec.instancetype = { name: 'u1.large' };
    const labels = {
      'instancetype.kubevirt.io/default-instancetype': 'u1.small',
      'instancetype.kubevirt.io/default-preference': 'fedora',
    };
    const r = complete(bp, {}, { labels });
    expect(spec(r).instancetype).toEqual({
      kind: 'VirtualMachineClusterInstancetype',
      name: 'u1.large',
    });
    expect(spec(r).preference).toEqual({ kind: 'VirtualMachineClusterPreference', name: 'fedora' });
    expect(byCode(r.findings, 'InstancetypeLabelMismatch')).toHaveLength(1);
    const user = complete(
      bp,
      {
        choices: { instancetype: { kind: 'VirtualMachineClusterInstancetype', name: 'u1.xlarge' } },
      },
      { labels },
    );
    expect(spec(user).instancetype.name).toBe('u1.xlarge');
    const labelsOnly = complete(minimalBoilerplate(), {}, { labels });
    expect(spec(labelsOnly).instancetype.name).toBe('u1.small');
  });

  it('6. an instancetype inferred from a volume is left to KubeVirt', () => {
    const bp = minimalBoilerplate();
    delete bp.spec.template.spec.domain.resources;
    bp.spec.instancetype = { inferFromVolume: 'root' };
    const r = complete(bp);
    expect(spec(r).instancetype).toEqual({ inferFromVolume: 'root' });
    expect(errors(r.findings)).toEqual([]);
  });

  it('6. CPU and memory next to an instancetype are errors with a fix that removes them', () => {
    const bp = minimalBoilerplate();
    bp.spec.instancetype = { kind: 'VirtualMachineClusterInstancetype', name: 'u1.medium' };
    bp.spec.template.spec.domain.cpu = { cores: 2, sockets: 1 };
    bp.spec.template.spec.domain.memory = { guest: '2Gi' };
    bp.spec.template.spec.domain.resources = {
      requests: { memory: '2Gi', cpu: '1' },
      limits: { memory: '2Gi' },
    };
    const r = complete(bp);
    const conflicts = byCode(r.findings, 'InstancetypeConflict');
    expect(conflicts.map((f) => f.path).sort()).toEqual([
      '/spec/template/spec/domain/cpu/cores',
      '/spec/template/spec/domain/cpu/sockets',
      '/spec/template/spec/domain/memory/guest',
      '/spec/template/spec/domain/resources/limits/memory',
      '/spec/template/spec/domain/resources/requests/cpu',
      '/spec/template/spec/domain/resources/requests/memory',
    ]);
    expect(conflicts.every((f) => f.severity === 'error')).toBe(true);
    let vm: any = structuredClone(r.vm);
    for (const f of conflicts) vm = applyPatch(vm, f.fix!.patch, true, false).newDocument;
    const again = complete({ ...vm, metadata: {} });
    expect(byCode(again.findings, 'InstancetypeConflict')).toEqual([]);
  });
});
