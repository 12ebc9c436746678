/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into generated VMs */
import { applyPatch } from 'fast-json-patch';
import {
  completeAppliance,
  ownerReferenceFor,
  ownerReferencePatch,
  perVmName,
} from '../../../src/appliance';
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

  it('7. run strategy: invalid becomes Always, running becomes a strategy, both drop running, the user wins', () => {
    const rs = (s: Record<string, unknown>, start?: boolean) => {
      const bp = minimalBoilerplate();
      delete bp.spec.runStrategy;
      Object.assign(bp.spec, s);
      const r = complete(bp, start === undefined ? {} : { choices: { start } });
      return { strategy: spec(r).runStrategy, running: spec(r).running, codes: codes(r.findings) };
    };
    expect(rs({ runStrategy: 'Running' })).toMatchObject({
      strategy: 'Always',
      codes: expect.arrayContaining(['RunStrategyInvalid']),
    });
    expect(rs({ running: true })).toMatchObject({ strategy: 'Always', running: undefined });
    expect(rs({ running: false })).toMatchObject({ strategy: 'Halted', running: undefined });
    expect(rs({ running: true, runStrategy: 'Manual' })).toMatchObject({
      strategy: 'Manual',
      running: undefined,
      codes: expect.arrayContaining(['RunningAndRunStrategy']),
    });
    expect(rs({ runStrategy: 'RerunOnFailure' }, false).strategy).toBe('Halted');
    expect(rs({ runStrategy: 'Halted' }, true).strategy).toBe('Always');
    expect(rs({}).strategy).toBe('Halted');
  });

  it('8. a boilerplate password in users[] or chpasswd.list is found and replaced too', () => {
    const bp = minimalBoilerplate();
    bp.spec.template.spec.volumes.push({
      name: 'cloudinitdisk',
      cloudInitNoCloud: {
        userData:
          '#cloud-config\nusers:\n  - name: admin\n    plain_text_passwd: hunter2\nchpasswd:\n  list: |\n    root:s3cret\n',
      },
    });
    const r = complete(bp);
    const text = JSON.stringify(r.objects);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('s3cret');
    expect(byCode(r.findings, 'BoilerplatePasswordReplaced')[0].params?.fields).toBe(
      'chpasswd.list, users[0].plain_text_passwd',
    );
    expect((r.objects[0] as any).stringData.userdata).toContain(`root:${r.password}`);
  });

  it('8. inline user data over 2048 bytes is moved into a Secret', () => {
    const bp = minimalBoilerplate();
    const big = `#!/bin/sh\n${'echo padding padding padding\n'.repeat(100)}`;
    bp.spec.template.spec.volumes.push({
      name: 'cloudinitdisk',
      cloudInitNoCloud: { userData: big },
    });
    const r = complete(bp);
    expect(byCode(r.findings, 'CloudInitUserDataMoved')).toHaveLength(1);
    expect(spec(r).template.spec.volumes[1].cloudInitNoCloud).toEqual({
      secretRef: { name: 'vm1-cloudinit' },
    });
    expect((r.objects[0] as any).stringData.userdata).toBe(big);
  });

  it('8. an SSH key with a configDrive volume propagates by configDrive', () => {
    const bp = minimalBoilerplate();
    bp.spec.template.spec.volumes.push({
      name: 'ci',
      cloudInitConfigDrive: { userData: '#cloud-config\n' },
    });
    const key = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 me@host';
    const r = complete(bp, { choices: { sshPublicKey: key } });
    expect(spec(r).template.spec.accessCredentials[0].sshPublicKey.propagationMethod).toEqual({
      configDrive: {},
    });
    expect(errors(r.findings)).toEqual([]);
  });

  it('9. misplaced filesystems are moved; a disk and its volume keep their names', () => {
    const bp = minimalBoilerplate();
    bp.spec.template.spec.filesystems = [
      { name: 'share', persistentVolumeClaim: { claimName: 'pvc1' } },
    ];
    const r = complete(bp);
    expect(spec(r).template.spec.domain.devices.filesystems).toEqual([
      { name: 'share', virtiofs: {} },
    ]);
    expect(spec(r).template.spec.volumes).toContainEqual({
      name: 'share',
      persistentVolumeClaim: { claimName: 'pvc1' },
    });
    expect(errors(r.findings)).toEqual([]);
  });

  it('10. an unused template, a disk or filesystem without volume are errors; a volume without disk is fine', () => {
    const bp = minimalBoilerplate();
    bp.spec.dataVolumeTemplates.push({ metadata: { name: 'orphan' }, spec: { storage: {} } });
    bp.spec.template.spec.domain.devices.disks.push({ name: 'nodisk', disk: {} });
    bp.spec.template.spec.domain.devices.filesystems = [{ name: 'nofs', virtiofs: {} }];
    bp.spec.template.spec.volumes.push({ name: 'extra', containerDisk: { image: 'quay.io/x/y' } });
    const r = complete(bp);
    expect(codes(errors(r.findings)).sort()).toEqual([
      'DataVolumeTemplateUnused',
      'DiskWithoutVolume',
      'FilesystemWithoutVolume',
    ]);
  });

  it('11. unknown fields are schema errors pointing into the final VM', () => {
    const bp = minimalBoilerplate();
    bp.spec.template.spec.domain.devicez = {};
    const r = complete(bp);
    const f = errors(r.findings);
    expect(f).toHaveLength(1);
    expect(f[0].code).toBe('SchemaUnknownField');
    expect(f[0].path).toBe('/spec/template/spec/domain/devicez');
  });
});

describe('ownerReferenceFor', () => {
  it('needs the created VM uid and names it as owner', () => {
    expect(() => ownerReferenceFor({ metadata: { name: 'vm1' } })).toThrow(/uid/);
    const vm = {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: 'vm1', uid: 'u-1' },
    };
    expect(ownerReferenceFor(vm)).toMatchObject({
      kind: 'VirtualMachine',
      name: 'vm1',
      uid: 'u-1',
    });
    const secret = { metadata: { name: 's' } };
    const patched = applyPatch(
      structuredClone(secret),
      ownerReferencePatch(secret, vm),
      true,
      false,
    ).newDocument as any;
    expect(patched.metadata.ownerReferences[0].uid).toBe('u-1');
  });
});
