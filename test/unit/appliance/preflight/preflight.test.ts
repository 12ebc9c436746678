import {
  applyNetworkMapping,
  nextFreeName,
  runPreflight,
  snapshotFromObjects,
  type CheckResult,
  type ClusterSnapshot,
} from '../../../../src/appliance/preflight';
import type { KubeObject } from '../../../../src/appliance/types';

const vm = (over: Record<string, unknown> = {}): KubeObject =>
  ({
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name: 'web1', namespace: 'team-a' },
    spec: {
      runStrategy: 'Halted',
      dataVolumeTemplates: [
        {
          metadata: { name: 'web1-root' },
          spec: { storage: { resources: { requests: { storage: '10Gi' } } } },
        },
      ],
      template: {
        spec: {
          domain: { resources: { requests: { memory: '2Gi' } }, cpu: { cores: 2 } },
          networks: [
            { name: 'default', pod: {} },
            { name: 'backend', multus: { networkName: 'web-backend' } },
          ],
        },
      },
      ...over,
    },
  }) as KubeObject;
const secret: KubeObject = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'web1-cloudinit' },
};
const ready: KubeObject = {
  kind: 'DataSource',
  metadata: { name: 'web' },
  status: { conditions: [{ type: 'Ready', status: 'True' }] },
} as KubeObject;
const obj = (kind: string, name: string, extra: Record<string, unknown> = {}): KubeObject =>
  ({ kind, metadata: { name, namespace: 'team-a' }, ...extra }) as KubeObject;

const run = (snapshot: ClusterSnapshot, objects = [secret, vm()], dataSource = ready) =>
  Object.fromEntries(
    runPreflight({ objects, dataSource, snapshot }).map((c) => [c.id, c]),
  ) as Record<string, CheckResult>;
const codes = (c: CheckResult) => c.findings.map((f) => f.code);

const all: ClusterSnapshot = {
  virtualMachines: [],
  dataVolumes: [],
  persistentVolumeClaims: [],
  secrets: [],
  networkAttachmentDefinitions: [obj('NetworkAttachmentDefinition', 'web-backend')],
  storageClasses: [
    {
      kind: 'StorageClass',
      metadata: {
        name: 'standard',
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      },
    } as KubeObject,
  ],
  resourceQuotas: [],
};

describe('pre-flight checks (semantics §10)', () => {
  it('pass on a namespace with room, and skip permission (it needs a live cluster)', () => {
    const r = run(all);
    expect(Object.values(r).map((c) => [c.id, c.state])).toEqual([
      ['permission', 'skipped'],
      ['names', 'pass'],
      ['networks', 'pass'],
      ['storage', 'pass'],
      ['quota', 'pass'],
      ['source', 'pass'],
    ]);
  });

  it('skip, never pass, a check whose objects were not read', () => {
    const r = run({});
    for (const id of ['names', 'networks', 'storage', 'quota'])
      expect([r[id].state, codes(r[id])]).toEqual(['skipped', ['PreflightSkipped']]);
  });

  it('names: a taken VM, disk or Secret name is an error, with the next free VM name', () => {
    const r = run({
      ...all,
      virtualMachines: [obj('VirtualMachine', 'web1'), obj('VirtualMachine', 'web1-2')],
      persistentVolumeClaims: [obj('PersistentVolumeClaim', 'web1-root')],
      secrets: [obj('Secret', 'web1-cloudinit')],
    });
    expect(r.names.state).toBe('error');
    expect(codes(r.names)).toEqual(['SecretNameTaken', 'NameTaken', 'DataVolumeNameTaken']);
    expect(r.names.findings[1].params?.suggestion).toBe('web1-3');
    expect(nextFreeName('x'.repeat(63), new Set())).toHaveLength(63);
  });

  it('networks: a missing NetworkAttachmentDefinition is an error that the mapping clears', () => {
    const r = run({ ...all, networkAttachmentDefinitions: [] });
    expect([r.networks.state, codes(r.networks)]).toEqual(['error', ['NetworkNotFound']]);
    const mapped = applyNetworkMapping(vm() as Record<string, unknown>, {
      backend: { type: 'multus', networkName: 'default/lan' },
    }) as KubeObject;
    const again = run(
      {
        ...all,
        networkAttachmentDefinitions: [
          {
            kind: 'NetworkAttachmentDefinition',
            metadata: { name: 'lan', namespace: 'default' },
          } as KubeObject,
        ],
      },
      [secret, mapped],
    );
    expect(again.networks.state).toBe('pass');
    const toPod = applyNetworkMapping(vm() as Record<string, unknown>, {
      backend: { type: 'pod' },
    });
    expect(JSON.stringify(toPod)).toContain('{"name":"backend","pod":{}}');
  });

  it('storage: an unknown class is an error with a fix; no default class is a warning; no shrinking', () => {
    const withClass = vm({
      dataVolumeTemplates: [
        {
          metadata: { name: 'd' },
          spec: {
            storage: { storageClassName: 'gold', resources: { requests: { storage: '1Gi' } } },
          },
        },
      ],
    });
    const r = run({ ...all, sourceBytes: 2 * 2 ** 30 }, [withClass]);
    expect(codes(r.storage)).toEqual(['StorageClassNotFound', 'DiskSmallerThanSource']);
    expect(r.storage.findings[0].fix?.patch[0]).toMatchObject({ op: 'remove' });
    const noDefault = run({ ...all, storageClasses: [] });
    expect([noDefault.storage.state, codes(noDefault.storage)]).toEqual([
      'warning',
      ['NoDefaultStorageClass'],
    ]);
  });

  it('quota: what is left against what the VM needs, with the numbers', () => {
    const quota = obj('ResourceQuota', 'small', {
      spec: {
        hard: {
          'requests.memory': '3Gi',
          'requests.storage': '100Gi',
          'count/virtualmachines.kubevirt.io': '5',
        },
      },
      status: {
        used: {
          'requests.memory': '2Gi',
          'requests.storage': '1Gi',
          'count/virtualmachines.kubevirt.io': '1',
        },
      },
    });
    const r = run({ ...all, resourceQuotas: [quota] });
    expect(r.quota.state).toBe('warning');
    expect(r.quota.findings.map((f) => f.params)).toEqual([
      { quota: 'small', resource: 'requests.memory', left: '1 GiB', need: '2 GiB' },
    ]);
  });

  it('source: not Ready warns; an identity twin running warns', () => {
    const r = run(all, [secret, vm()], {
      kind: 'DataSource',
      metadata: { name: 'web' },
    } as KubeObject);
    expect(codes(r.source)).toEqual(['SourceNotReady']);
    const twin = vm({ template: { spec: { domain: { firmware: { uuid: 'u-1' } } } } });
    const running = {
      ...twin,
      metadata: { name: 'orig' },
      status: { printableStatus: 'Running' },
    } as KubeObject;
    const checks = runPreflight({
      objects: [twin],
      dataSource: ready,
      identityBearing: true,
      snapshot: { ...all, virtualMachines: [running] },
    });
    expect(checks.find((c) => c.id === 'source')?.findings.map((f) => f.code)).toEqual([
      'IdentityTwinRunning',
    ]);
  });

  it('a cluster state file becomes a snapshot: kinds it lacks stay unknown', () => {
    const s = snapshotFromObjects(
      [
        obj('VirtualMachine', 'a'),
        { kind: 'VirtualMachine', metadata: { name: 'elsewhere', namespace: 'b' } } as KubeObject,
        {
          kind: 'NetworkAttachmentDefinition',
          metadata: { name: 'lan', namespace: 'default' },
        } as KubeObject,
        { kind: 'StorageClass', metadata: { name: 'fast' } } as KubeObject,
      ],
      'team-a',
    );
    expect(s.virtualMachines?.map((o) => o.metadata?.name)).toEqual(['a']);
    expect(s.secrets).toEqual([]);
    expect(s.networkAttachmentDefinitions).toHaveLength(1);
    expect(s.resourceQuotas).toBeUndefined();
  });
});
