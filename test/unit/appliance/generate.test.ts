/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into generated VMs */
import { generateVirtualMachine, instantiate } from '../../../src/appliance';
import { validateVirtualMachine } from '../../../src/schema/validate';
import { byCode, codes, demoInstancetypes, errors, goldenImage, input } from './helpers';

const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host';
const labels = {
  'instancetype.kubevirt.io/default-instancetype': 'u1.medium',
  'instancetype.kubevirt.io/default-preference': 'fedora',
};

describe('golden image generation (semantics §2)', () => {
  it('generates a VM with preference and instancetype from the labels and one cloned root disk', () => {
    const r = generateVirtualMachine(input(goldenImage(labels)));
    expect(errors(r.findings)).toEqual([]);
    const spec = r.vm.spec as any;
    expect(spec.preference).toEqual({ kind: 'VirtualMachineClusterPreference', name: 'fedora' });
    expect(spec.instancetype).toEqual({
      kind: 'VirtualMachineClusterInstancetype',
      name: 'u1.medium',
    });
    expect(spec.dataVolumeTemplates).toEqual([
      {
        metadata: { name: 'vm1-rootdisk' },
        spec: {
          sourceRef: { kind: 'DataSource', name: 'fedora', namespace: 'os-images' },
          storage: {},
        },
      },
    ]);
    expect(spec.template.spec.volumes[0]).toEqual({
      name: 'rootdisk',
      dataVolume: { name: 'vm1-rootdisk' },
    });
    expect(spec.template.spec.domain.resources).toBeUndefined();
    expect(spec.template.spec.domain.cpu).toBeUndefined();
    expect(validateVirtualMachine(r.vm)).toEqual([]);
    expect(r.vm.metadata?.annotations).toEqual({
      'appliance.kubevirt.io/source': 'os-images/fedora',
      'appliance.kubevirt.io/source-uid': 'gi-uid',
    });
  });

  it('is what instantiate does for a golden image', () => {
    const r = instantiate(input(goldenImage(labels)));
    expect(r.kind).toBe('golden-image');
  });

  it('honours the -kind label variants', () => {
    const r = generateVirtualMachine(
      input(
        goldenImage({
          ...labels,
          'instancetype.kubevirt.io/default-instancetype-kind': 'VirtualMachineInstancetype',
          'instancetype.kubevirt.io/default-preference-kind': 'VirtualMachinePreference',
        }),
      ),
    );
    const spec = r.vm.spec as any;
    expect(spec.instancetype.kind).toBe('VirtualMachineInstancetype');
    expect(spec.preference.kind).toBe('VirtualMachinePreference');
  });

  it("prefers the user's instancetype over the label", () => {
    const r = generateVirtualMachine(
      input(goldenImage(labels), {
        choices: { instancetype: { kind: 'VirtualMachineClusterInstancetype', name: 'u1.large' } },
      }),
    );
    expect((r.vm.spec as any).instancetype.name).toBe('u1.large');
  });

  it('needs a preference label', () => {
    const r = generateVirtualMachine(
      input(goldenImage({ 'instancetype.kubevirt.io/default-instancetype': 'u1.medium' })),
    );
    expect(codes(errors(r.findings))).toContain('PreferenceRequired');
  });

  it('needs an instancetype from the user or the label', () => {
    const r = generateVirtualMachine(
      input(goldenImage({ 'instancetype.kubevirt.io/default-preference': 'fedora' })),
    );
    expect(codes(errors(r.findings))).toContain('InstancetypeRequired');
  });

  it('reports an instancetype the cluster lacks, with the nearest names and a fix', () => {
    const r = generateVirtualMachine(
      input(
        goldenImage({ ...labels, 'instancetype.kubevirt.io/default-instancetype': 'u1.mediun' }),
        {
          known: { instancetypes: demoInstancetypes() },
        },
      ),
    );
    const f = byCode(r.findings, 'InstancetypeNotFound');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].params?.nearest).toContain('u1.medium');
    expect(f[0].fix?.patch).toEqual([
      { op: 'replace', path: '/spec/instancetype/name', value: 'u1.medium' },
    ]);
  });

  it('starts the VM unless the user says otherwise', () => {
    expect((generateVirtualMachine(input(goldenImage(labels))).vm.spec as any).runStrategy).toBe(
      'Always',
    );
    const halted = generateVirtualMachine(
      input(goldenImage(labels), { choices: { start: false } }),
    );
    expect((halted.vm.spec as any).runStrategy).toBe('Halted');
  });

  it('generates a password in a cloud-init Secret when no SSH key is given', () => {
    const r = generateVirtualMachine(input(goldenImage(labels)));
    expect(r.password).toBeDefined();
    expect(r.objects.map((o) => o.kind)).toEqual(['Secret', 'VirtualMachine']);
    const volumes = (r.vm.spec as any).template.spec.volumes;
    expect(volumes[1]).toEqual({
      name: 'cloudinitdisk',
      cloudInitNoCloud: { secretRef: { name: 'vm1-cloudinit' } },
    });
    expect(JSON.stringify(r.vm)).not.toContain(r.password);
    expect((r.objects[0] as any).stringData.userdata).toContain(`password: ${r.password}`);
  });

  it('puts an SSH key into a Secret and accessCredentials with noCloud propagation', () => {
    const r = generateVirtualMachine(
      input(goldenImage(labels), { choices: { sshPublicKey: KEY } }),
    );
    expect(r.password).toBeUndefined();
    expect(r.objects[0]).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'vm1-ssh-key', namespace: 'demo' },
      type: 'Opaque',
      stringData: { key: KEY },
    });
    const tspec = (r.vm.spec as any).template.spec;
    expect(tspec.accessCredentials).toEqual([
      {
        sshPublicKey: {
          source: { secret: { secretName: 'vm1-ssh-key' } },
          propagationMethod: { noCloud: {} },
        },
      },
    ]);
    expect(tspec.volumes.some((v: any) => v.cloudInitNoCloud)).toBe(true);
    expect(JSON.stringify(r.vm)).not.toContain('AAAAC3Nz');
    expect(errors(r.findings)).toEqual([]);
    expect(validateVirtualMachine(r.vm)).toEqual([]);
  });

  it('rejects an SSH key that is not an OpenSSH public key line', () => {
    const r = generateVirtualMachine(
      input(goldenImage(labels), {
        choices: { sshPublicKey: '-----BEGIN OPENSSH PRIVATE KEY-----' },
      }),
    );
    expect(codes(errors(r.findings))).toEqual(['SshKeyInvalid']);
    expect(JSON.stringify(r.objects)).not.toContain('PRIVATE KEY');
  });

  it('rejects an invalid VM name', () => {
    const r = generateVirtualMachine(input(goldenImage(labels), { name: 'My_VM' }));
    expect(codes(errors(r.findings))).toContain('VmNameInvalid');
  });
});
