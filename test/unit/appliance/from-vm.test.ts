import { load } from 'js-yaml';
import {
  ANNOTATION_VM_SPEC,
  applianceFromGoldenImage,
  applianceFromVirtualMachine,
  classifyDataSource,
  completeAppliance,
  hasIdentityFields,
  parseBootSource,
  type KubeObject,
} from '../../../src/appliance';
import { demoVm } from './authoring-fixtures';

const bootPvc = { kind: 'PersistentVolumeClaim' as const, name: 'web-disk' };

const save = (extra: Partial<Parameters<typeof applianceFromVirtualMachine>[0]> = {}) =>
  applianceFromVirtualMachine({
    vm: demoVm(),
    name: 'web-appliance',
    namespace: 'demo',
    bootSource: bootPvc,
    ...extra,
  });

const codes = (r: { findings: Array<{ code: string }> }) => r.findings.map((f) => f.code);

describe('save a VirtualMachine as an appliance', () => {
  it('strips identity, status and server fields for an agnostic appliance', () => {
    const vm = demoVm();
    expect(hasIdentityFields(vm)).toBe(true);
    const r = save();
    expect(codes(r).filter((c) => c.endsWith('Invalid'))).toEqual([]);
    const text = r.boilerplateText;
    for (const field of [
      'uuid:',
      'serial:',
      'macAddress',
      'status:',
      'printableStatus',
      'fedora-web-01',
    ])
      expect(text).not.toContain(field);
    expect(hasIdentityFields(r.boilerplate)).toBe(false);
    expect(r.boilerplate).not.toHaveProperty('status');
    // The annotation holds exactly what the result reports.
    expect(r.dataSource?.metadata?.annotations?.[ANNOTATION_VM_SPEC]).toBe(text);
    expect(load(text)).toEqual(r.boilerplate);
    expect(classifyDataSource(r.dataSource as KubeObject)).toMatchObject({
      kind: 'appliance',
      flavor: 'agnostic',
    });
  });

  it('does not change the VM it was given', () => {
    const vm = demoVm();
    const before = JSON.stringify(vm);
    applianceFromVirtualMachine({ vm, name: 'a', namespace: 'demo', bootSource: bootPvc });
    expect(JSON.stringify(vm)).toBe(before);
  });

  it('keeps identity on explicit choice (disaster recovery) and says so', () => {
    const r = save({ keepIdentity: true });
    expect(r.boilerplateText).toContain('5d307ca9-b3ef-428c-8861-06e72d69f223');
    expect(r.boilerplateText).toContain('02:8a:3c:00:00:01');
    expect(codes(r)).toContain('IdentityKept');
    expect(classifyDataSource(r.dataSource as KubeObject).flavor).toBe('identity');
  });

  it('re-points the boot disk at the new appliance and drops the VM name from template names', () => {
    const r = save();
    const spec = r.boilerplate.spec as {
      dataVolumeTemplates: Array<{ metadata: { name: string }; spec: Record<string, unknown> }>;
      template: { spec: { volumes: Array<{ dataVolume?: { name: string } }> } };
    };
    expect(spec.dataVolumeTemplates[0].metadata.name).toBe('rootdisk');
    expect(spec.dataVolumeTemplates[0].spec.sourceRef).toEqual({
      kind: 'DataSource',
      name: 'web-appliance',
    });
    expect(spec.template.spec.volumes[0].dataVolume?.name).toBe('rootdisk');
    expect(r.dataSource?.spec).toEqual({
      source: { pvc: { name: 'web-disk', namespace: 'demo' } },
    });
  });

  it('offers the VM instancetype and preference as the DataSource default labels', () => {
    expect(save().dataSource?.metadata?.labels).toEqual({
      'instancetype.kubevirt.io/default-instancetype': 'u1.small',
      'instancetype.kubevirt.io/default-preference': 'fedora',
    });
  });

  it('makes a boilerplate that completes into a VM of its own with no findings of error', () => {
    const r = save();
    const done = completeAppliance({
      dataSource: r.dataSource as KubeObject,
      namespace: 'team-a',
      name: 'web-2',
      random: () => 0.25,
    });
    expect(done.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const dvt = (
      done.vm.spec as {
        dataVolumeTemplates: Array<{ metadata: { name: string }; spec: { sourceRef: unknown } }>;
      }
    ).dataVolumeTemplates[0];
    expect(dvt.metadata.name).toBe('web-2-rootdisk');
    expect(dvt.spec.sourceRef).toEqual({
      kind: 'DataSource',
      name: 'web-appliance',
      namespace: 'demo',
    });
  });

  it.each([
    [
      { kind: 'VolumeSnapshot' as const, name: 'snap-1' },
      { snapshot: { name: 'snap-1', namespace: 'demo' } },
    ],
    [{ kind: 'DataSource' as const, name: 'fedora-ds' }, { dataSource: { name: 'fedora-ds' } }],
    [
      { kind: 'PersistentVolumeClaim' as const, name: 'p', namespace: 'other' },
      { pvc: { name: 'p', namespace: 'other' } },
    ],
  ])('writes spec.source for boot source %j', (bootSource, source) => {
    expect(save({ bootSource }).dataSource?.spec).toEqual({ source });
  });

  it('refuses a DataSource boot source of another namespace, with the reason', () => {
    const r = save({
      bootSource: {
        kind: 'DataSource',
        name: 'fedora',
        namespace: 'openshift-virtualization-os-images',
      },
    });
    const f = r.findings.find((x) => x.code === 'BootSourceCrossNamespace');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/own namespace/);
  });

  it.each([
    ['name', { name: 'Bad_Name' }, 'ApplianceNameInvalid'],
    ['namespace', { namespace: '' }, 'NamespaceInvalid'],
    [
      'boot source',
      { bootSource: { kind: 'PersistentVolumeClaim' as const, name: '' } },
      'BootSourceInvalid',
    ],
  ])('reports an invalid %s as an error finding', (_what, extra, code) => {
    const r = save(extra);
    expect(r.findings.find((f) => f.code === code)?.severity).toBe('error');
  });

  it.each([null, 'text', [1, 2], { kind: 'Pod' }])('does not crash on %j', (vm) => {
    const r = applianceFromVirtualMachine({ vm, name: 'a', namespace: 'b', bootSource: bootPvc });
    expect(r.findings[0]).toMatchObject({ severity: 'error', code: 'NotAVirtualMachine' });
    expect(r.dataSource).toBeUndefined();
  });

  it('warns about volumes that mount the original VM claims', () => {
    const vm = demoVm() as { spec: { template: { spec: { volumes: unknown[] } } } };
    vm.spec.template.spec.volumes.push({
      name: 'data',
      persistentVolumeClaim: { claimName: 'web-data' },
    });
    const r = applianceFromVirtualMachine({
      vm,
      name: 'a',
      namespace: 'demo',
      bootSource: bootPvc,
    });
    expect(r.findings.find((f) => f.code === 'VolumeUsesVmClaim')?.params).toMatchObject({
      claim: 'web-data',
    });
  });
});

describe('credentials of the original VM', () => {
  it('warns about Secrets of the original VM', () => {
    const vm = demoVm() as {
      spec: { template: { spec: { volumes: unknown[]; accessCredentials?: unknown[] } } };
    };
    vm.spec.template.spec.volumes.push({
      name: 'cloudinitdisk',
      cloudInitNoCloud: { secretRef: { name: 'fedora-web-01-cloudinit' } },
    });
    vm.spec.template.spec.accessCredentials = [
      {
        sshPublicKey: {
          source: { secret: { secretName: 'my-key' } },
          propagationMethod: { noCloud: {} },
        },
      },
    ];
    const r = applianceFromVirtualMachine({
      vm,
      name: 'a',
      namespace: 'demo',
      bootSource: bootPvc,
    });
    const secrets = r.findings.filter((f) => f.code === 'VmSecretReferenced');
    expect(secrets.map((f) => f.params?.secret)).toEqual(['fedora-web-01-cloudinit', 'my-key']);
    expect(secrets.every((f) => f.severity === 'warning' && f.subject === 'boilerplate')).toBe(
      true,
    );
  });

  it('warns about an inline password every VM from the appliance would share', () => {
    const vm = demoVm() as { spec: { template: { spec: { volumes: unknown[] } } } };
    vm.spec.template.spec.volumes.push({
      name: 'inline',
      cloudInitNoCloud: { userData: '#cloud-config\npassword: hunter2\n' },
    });
    const r = applianceFromVirtualMachine({
      vm,
      name: 'a',
      namespace: 'demo',
      bootSource: bootPvc,
    });
    expect(r.findings.find((f) => f.code === 'CloudInitInlinePassword')).toMatchObject({
      severity: 'warning',
      subject: 'boilerplate',
    });
  });
});

describe('parseBootSource', () => {
  it.each([
    ['PVC/disk', { kind: 'PersistentVolumeClaim', name: 'disk' }],
    ['pvc/ns/disk', { kind: 'PersistentVolumeClaim', namespace: 'ns', name: 'disk' }],
    ['DataSource/fedora', { kind: 'DataSource', name: 'fedora' }],
    ['volumesnapshot/s1', { kind: 'VolumeSnapshot', name: 's1' }],
  ])('reads %s', (text, expected) => expect(parseBootSource(text)).toEqual(expected));

  it.each(['', 'disk', 'Pod/x', 'PVC/', 'PVC/a/b/c'])('rejects %j', (text) =>
    expect(parseBootSource(text)).toBeUndefined(),
  );
});

describe('start an appliance from a golden image', () => {
  const golden: KubeObject = {
    apiVersion: 'cdi.kubevirt.io/v1beta1',
    kind: 'DataSource',
    metadata: {
      name: 'fedora',
      namespace: 'openshift-virtualization-os-images',
      labels: {
        'instancetype.kubevirt.io/default-preference': 'fedora',
        'instancetype.kubevirt.io/default-instancetype': 'u1.medium',
      },
    },
    spec: {
      source: { pvc: { name: 'fedora-disk', namespace: 'openshift-virtualization-os-images' } },
    },
  };

  it('gives a boilerplate with the golden image preference and a root disk from the appliance', () => {
    const r = applianceFromGoldenImage({
      goldenImage: golden,
      name: 'my-app',
      namespace: 'demo',
      bootSource: bootPvc,
    });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const vm = r.boilerplate as { spec: Record<string, unknown> };
    expect(vm.spec.preference).toMatchObject({ name: 'fedora' });
    expect(vm.spec.dataVolumeTemplates).toEqual([
      expect.objectContaining({
        metadata: { name: 'rootdisk' },
        spec: expect.objectContaining({ sourceRef: { kind: 'DataSource', name: 'my-app' } }),
      }),
    ]);
    expect(r.boilerplateText).not.toMatch(/password|Secret|appliance-vm/);
  });

  it('stops with an error when the golden image has no preference', () => {
    const bare = { ...golden, metadata: { ...golden.metadata, labels: {} } };
    const r = applianceFromGoldenImage({
      goldenImage: bare,
      name: 'x',
      namespace: 'demo',
      bootSource: bootPvc,
    });
    expect(r.findings.map((f) => f.code)).toContain('PreferenceRequired');
  });
});
