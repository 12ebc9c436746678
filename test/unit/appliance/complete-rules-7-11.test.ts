/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into generated VMs */
import { applyPatch } from 'fast-json-patch';
import { completeAppliance, ownerReferenceFor, ownerReferencePatch } from '../../../src/appliance';
import { appliance, byCode, codes, errors, input, minimalBoilerplate } from './helpers';

const complete = (bp: unknown, over = {}, extra = {}) =>
  completeAppliance(input(appliance(bp, extra), over));
const spec = (r: { vm: any }) => r.vm.spec;

describe('completing a boilerplate (semantics §3), rules 7-11', () => {
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
