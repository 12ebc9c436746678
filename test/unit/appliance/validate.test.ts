/* eslint-disable @typescript-eslint/no-explicit-any -- tests build VMs field by field */
import { applyPatch } from 'fast-json-patch';
import { formatFinding, validateVirtualMachineManifest } from '../../../src/appliance';
import { loadDemoObjects } from '../../../preview/demo-data';
import { byCode, codes, errors } from './helpers';

const vm = (): any => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'v', namespace: 'ns' },
  spec: {
    runStrategy: 'Always',
    template: {
      spec: {
        domain: {
          devices: { disks: [{ name: 'c', disk: {} }] },
          resources: { requests: { memory: '1Gi' } },
        },
        volumes: [{ name: 'c', containerDisk: { image: 'quay.io/containerdisks/fedora' } }],
      },
    },
  },
});

describe('validateVirtualMachineManifest (semantics §5): repairs nothing', () => {
  it('accepts a plain valid VM', () => {
    expect(validateVirtualMachineManifest(vm())).toEqual([]);
  });

  // The demo data's VMs are what the preview creates and shows; they must be valid as written.
  // (The upstream KubeVirt examples are checked by npm run test:conformance.)
  const demoVMs = loadDemoObjects().filter((o) => o.kind === 'VirtualMachine');
  it('finds the VirtualMachines of the demo data', () => {
    expect(demoVMs.length).toBeGreaterThanOrEqual(3);
  });
  it.each(demoVMs.map((m) => [`${m.metadata.namespace}/${m.metadata.name}`, m] as const))(
    '%s has no error',
    (_n, manifest) => {
      expect(errors(validateVirtualMachineManifest(manifest)).map(formatFinding)).toEqual([]);
    },
  );

  it('an invalid runStrategy is an error (with a fix), not repaired', () => {
    const m = vm();
    m.spec.runStrategy = 'Running';
    const f = byCode(validateVirtualMachineManifest(m), 'RunStrategyInvalid');
    expect(f[0].severity).toBe('error');
    expect(m.spec.runStrategy).toBe('Running');
    const fixed = applyPatch(structuredClone(m), f[0].fix!.patch, true, false).newDocument;
    expect(validateVirtualMachineManifest(fixed)).toEqual([]);
  });

  it('running together with runStrategy is an error; running alone is a deprecation warning', () => {
    const m = vm();
    m.spec.running = true;
    expect(byCode(validateVirtualMachineManifest(m), 'RunningAndRunStrategy')[0].severity).toBe(
      'error',
    );
    delete m.spec.runStrategy;
    const f = validateVirtualMachineManifest(m);
    expect(codes(f)).toEqual(['RunningDeprecated']);
    expect(f[0].severity).toBe('warning');
  });

  it('instancetype conflicts are errors', () => {
    const m = vm();
    m.spec.instancetype = { name: 'u1.medium' };
    expect(codes(errors(validateVirtualMachineManifest(m)))).toEqual(['InstancetypeConflict']);
  });

  it('memory.guest next to an instancetype is an error, whether the instancetype is known or not', () => {
    const m = vm();
    delete m.spec.template.spec.domain.resources;
    m.spec.template.spec.domain.memory = { guest: '1Gi' };
    m.spec.instancetype = { name: 'u1.medium' };
    expect(byCode(validateVirtualMachineManifest(m), 'InstancetypeConflict')[0].severity).toBe(
      'error',
    );
    const known = {
      instancetypes: [
        {
          kind: 'VirtualMachineClusterInstancetype',
          metadata: { name: 'u1.medium' },
          spec: { cpu: { guest: 1 }, memory: { guest: '4Gi' } },
        },
      ],
    };
    expect(
      byCode(validateVirtualMachineManifest(m, { known }), 'InstancetypeConflict')[0].severity,
    ).toBe('error');
  });

  it('unused data volume templates and disks without volume are errors', () => {
    const m = vm();
    m.spec.dataVolumeTemplates = [{ metadata: { name: 'dv' }, spec: { storage: {} } }];
    m.spec.template.spec.domain.devices.disks.push({ name: 'missing', disk: {} });
    const f = errors(validateVirtualMachineManifest(m));
    expect(codes(f).sort()).toEqual(['DataVolumeTemplateUnused', 'DiskWithoutVolume']);
    let fixed: any = structuredClone(m);
    for (const x of [...f].reverse())
      fixed = applyPatch(fixed, x.fix!.patch, true, false).newDocument;
    expect(validateVirtualMachineManifest(fixed)).toEqual([]);
  });

  it('unknown fields come from the schema', () => {
    const m = vm();
    m.spec.template.spec.volumes.push({ name: 'p', persistenVolumeClaim: { claimName: 'x' } });
    const f = errors(validateVirtualMachineManifest(m));
    expect(f.map((x) => x.path)).toContain('/spec/template/spec/volumes/1/persistenVolumeClaim');
  });

  it('inline user data over 2048 bytes is an error; an inline password a warning', () => {
    const m = vm();
    m.spec.template.spec.volumes.push({
      name: 'ci',
      cloudInitNoCloud: { userData: `#cloud-config\npassword: x\n#${'x'.repeat(2100)}` },
    });
    const f = validateVirtualMachineManifest(m);
    expect(byCode(f, 'CloudInitUserDataTooLarge')[0].severity).toBe('error');
    expect(byCode(f, 'CloudInitInlinePassword')[0].severity).toBe('warning');
  });

  it('noCloud propagation without a cloudInitNoCloud volume is an error', () => {
    const m = vm();
    m.spec.template.spec.accessCredentials = [
      {
        sshPublicKey: {
          source: { secret: { secretName: 's' } },
          propagationMethod: { noCloud: {} },
        },
      },
    ];
    const f = errors(validateVirtualMachineManifest(m));
    expect(codes(f)).toEqual(['AccessCredentialNeedsNoCloud']);
    const fixed = applyPatch(structuredClone(m), f[0].fix!.patch, true, false).newDocument;
    expect(validateVirtualMachineManifest(fixed)).toEqual([]);
  });

  it('a non-object is one clear error', () => {
    expect(codes(validateVirtualMachineManifest('nope'))).toEqual(['NotAnObject']);
    expect(codes(validateVirtualMachineManifest({ ...vm(), kind: 'Pod' }))).toContain(
      'KindInvalid',
    );
  });
});
