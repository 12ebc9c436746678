import * as fc from 'fast-check';
import type { KubeObject } from '../../../src/appliance/types';
import {
  applianceBearsIdentity,
  cronRegistryHost,
  lifecycleCounts,
  lifecycleMembers,
  type LifecycleObjects,
} from '../../../src/lifecycle/counts';
import { lifecycleNodes } from '../../../src/lifecycle/graph';

const obj = (
  name: string,
  extra: Partial<KubeObject> & {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  } = {},
): KubeObject => {
  const { labels, annotations, ...rest } = extra;
  return { metadata: { name, namespace: 'demo', labels, annotations }, ...rest };
};

const empty: LifecycleObjects = {
  virtualMachines: [],
  snapshots: [],
  clones: [],
  pvcs: [],
  dataSources: [],
  dataImportCrons: [],
};

const identityBoilerplate = `
spec:
  template:
    spec:
      domain:
        devices:
          interfaces:
            - name: default
              macAddress: "02:00:00:00:00:01"
`;

const agnosticBoilerplate = `
spec:
  template:
    spec:
      domain:
        devices:
          interfaces:
            - name: default
`;

const cron = (name: string, url: string): KubeObject =>
  obj(name, { spec: { template: { spec: { source: { registry: { url } } } } } });

describe('lifecycleMembers', () => {
  const objects: LifecycleObjects = {
    virtualMachines: [
      obj('plain'),
      obj('from-golden', { annotations: { 'appliance.kubevirt.io/source': 'os-images/fedora' } }),
      obj('cloned'),
    ],
    snapshots: [obj('snap-1'), obj('snap-2')],
    clones: [obj('clone-1', { spec: { target: { kind: 'VirtualMachine', name: 'cloned' } } })],
    pvcs: [obj('sealed-pvc', { labels: { 'appliance.kubevirt.io/sealed': 'true' } }), obj('disk')],
    dataSources: [
      obj('fedora', { labels: { 'instancetype.kubevirt.io/default-preference': 'fedora' } }),
      obj('sealed-ds', { labels: { 'appliance.kubevirt.io/sealed': 'true' } }),
      obj('dr', { annotations: { 'appliance.kubevirt.io/vm-spec': identityBoilerplate } }),
      obj('shared', {
        labels: { 'instancetype.kubevirt.io/default-preference': 'rhel.9' },
        annotations: { 'appliance.kubevirt.io/vm-spec': agnosticBoilerplate },
      }),
      obj('from-snapshot', {
        annotations: { 'appliance.kubevirt.io/vm-spec': agnosticBoilerplate },
        spec: { source: { snapshot: { name: 's', namespace: 'demo' } } },
      }),
      obj('other'),
    ],
    dataImportCrons: [
      cron('rhel9', 'docker://registry.redhat.io/rhel9/rhel-guest-image:latest'),
      cron('fedora', 'docker://quay.io/containerdisks/fedora:latest'),
      obj('no-source', { spec: {} }),
    ],
  };
  const members = lifecycleMembers(objects);
  const names = (id: keyof typeof members) => members[id]?.map((r) => r.name);

  it('maps each kind of object onto its node', () => {
    expect(names('vm')).toEqual(['cloned', 'from-golden', 'plain']);
    expect(names('vm-prime')).toEqual(['cloned', 'from-golden']);
    expect(names('vm-snapshot')).toEqual(['snap-1', 'snap-2']);
    expect(names('vm-clone')).toEqual(['clone-1']);
    expect(members['sealed-volume']).toEqual([
      { kind: 'PersistentVolumeClaim', name: 'sealed-pvc', namespace: 'demo' },
      { kind: 'DataSource', name: 'sealed-ds', namespace: 'demo' },
    ]);
    expect(names('golden-image')).toEqual(['fedora']);
    expect(names('appliance')).toEqual(['dr', 'from-snapshot']);
    expect(names('agnostic-appliance')).toEqual(['shared']);
    expect(names('redhat-registry')).toEqual(['rhel9']);
    expect(names('registry')).toEqual(['fedora']);
  });

  it('says the MTV nodes have nothing observable', () => {
    const counts = lifecycleCounts(members);
    expect(counts.ova).toBeNull();
    expect(counts['alien-appliance']).toBeNull();
    expect(counts.vm).toBe(3);
    expect(counts['sealed-volume']).toBe(2);
  });

  it('counts zero for every observable node of an empty cluster', () => {
    const counts = lifecycleCounts(lifecycleMembers(empty));
    for (const node of lifecycleNodes) {
      expect(counts[node.id]).toBe(node.group === 'mtv' ? null : 0);
    }
  });

  it('never counts more VM primes than VMs, whatever the annotations and clones', () => {
    const vmArb = fc.record({
      name: fc.stringMatching(/^[a-z]{1,6}$/),
      annotated: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(vmArb), fc.array(fc.stringMatching(/^[a-z]{1,6}$/)), (vms, targets) => {
        const counts = lifecycleCounts(
          lifecycleMembers({
            ...empty,
            virtualMachines: vms.map((v) =>
              obj(v.name, {
                annotations: v.annotated ? { 'appliance.kubevirt.io/source': 'a/b' } : undefined,
              }),
            ),
            clones: targets.map((t, i) => obj(`c${i}`, { spec: { target: { name: t } } })),
          }),
        );
        expect(counts['vm-prime']).toBeLessThanOrEqual(counts.vm ?? 0);
        expect(counts.vm).toBe(vms.length);
      }),
    );
  });
});

describe('applianceBearsIdentity', () => {
  it('treats an unreadable boilerplate as agnostic instead of throwing', () => {
    const ds = obj('bad', { annotations: { 'appliance.kubevirt.io/vm-spec': 'a: [unclosed' } });
    expect(applianceBearsIdentity(ds)).toBe(false);
  });

  it('sees firmware identity fields', () => {
    const ds = obj('fw', {
      annotations: {
        'appliance.kubevirt.io/vm-spec':
          'spec: {template: {spec: {domain: {firmware: {serial: abc}}}}}',
      },
    });
    expect(applianceBearsIdentity(ds)).toBe(true);
  });
});

describe('cronRegistryHost', () => {
  it('reads the host of a docker URL and recognises image streams', () => {
    expect(cronRegistryHost(cron('x', 'docker://registry.redhat.io/rhel9/img'))).toBe(
      'registry.redhat.io',
    );
    const stream = obj('s', {
      spec: { template: { spec: { source: { registry: { imageStream: 'rhel9' } } } } },
    });
    expect(cronRegistryHost(stream)).toBe('image-stream');
    expect(cronRegistryHost(obj('none'))).toBeUndefined();
  });
});
