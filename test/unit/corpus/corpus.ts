/* eslint-disable @typescript-eslint/no-explicit-any -- corpus entries edit VMs field by field */
/**
 * A conformance corpus of small VirtualMachine manifests with the verdict KubeVirt's admission
 * gives them (issue 13). Written for this project: every rule has a valid and an invalid twin.
 */
import { setClusterProfile, type ClusterProfile } from '../../../src/appliance/feature-gates';
import {
  validateVirtualMachineManifest,
  type Finding,
  type KnownClusterObjects,
} from '../../../src/appliance';

export interface CorpusEntry {
  name: string;
  vm: any;
  /** The cluster the verdict assumes; absent: the bundled default (KubeVirt 1.7, no gates). */
  profile?: ClusterProfile;
  known?: KnownClusterObjects;
  /** Error and warning codes expected (sorted, unique); both empty means valid. */
  errors: string[];
  warnings: string[];
}

const base = (): any => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'c1', namespace: 'ns' },
  spec: {
    runStrategy: 'Halted',
    template: {
      spec: {
        domain: {
          devices: { disks: [{ name: 'root', disk: { bus: 'virtio' } }] },
          resources: { requests: { memory: '1Gi' } },
        },
        volumes: [{ name: 'root', containerDisk: { image: 'quay.io/containerdisks/fedora:41' } }],
      },
    },
  },
});

/** The base VM after `edit`. */
const vm = (edit: (v: any) => void = () => undefined): any => {
  const v = base();
  edit(v);
  return v;
};
const tspec = (v: any) => v.spec.template.spec;
const domain = (v: any) => tspec(v).domain;
const withInstancetype = (v: any) => {
  v.spec.instancetype = { kind: 'VirtualMachineClusterInstancetype', name: 'u1.medium' };
  delete domain(v).resources;
};
const emptyCdrom = (v: any) => domain(v).devices.disks.push({ name: 'cd', cdrom: { bus: 'sata' } });
const podNetwork = (v: any) => {
  domain(v).devices.interfaces = [{ name: 'default', masquerade: {} }];
  tspec(v).networks = [{ name: 'default', pod: {} }];
};
const known = (...names: string[]): KnownClusterObjects => ({
  instancetypes: names.map((name) => ({
    kind: 'VirtualMachineClusterInstancetype',
    metadata: { name },
    spec: { cpu: { guest: 1 }, memory: { guest: '4Gi' } },
  })),
  preferences: [],
});

const valid = (name: string, v: any, extra: Partial<CorpusEntry> = {}): CorpusEntry => ({
  name,
  vm: v,
  errors: [],
  warnings: [],
  ...extra,
});
const invalid = (name: string, v: any, errors: string[], extra: Partial<CorpusEntry> = {}) =>
  valid(name, v, { errors, ...extra });
const warned = (name: string, v: any, warnings: string[], extra: Partial<CorpusEntry> = {}) =>
  valid(name, v, { warnings, ...extra });

export const CORPUS: CorpusEntry[] = [
  // Run strategy (vms-admitter validateRunStrategy).
  valid(
    'runStrategy Always',
    vm((v) => (v.spec.runStrategy = 'Always')),
  ),
  valid('runStrategy Halted', vm()),
  valid(
    'runStrategy Manual',
    vm((v) => (v.spec.runStrategy = 'Manual')),
  ),
  valid(
    'runStrategy RerunOnFailure',
    vm((v) => (v.spec.runStrategy = 'RerunOnFailure')),
  ),
  valid(
    'runStrategy Once',
    vm((v) => (v.spec.runStrategy = 'Once')),
  ),
  invalid(
    'runStrategy Running',
    vm((v) => (v.spec.runStrategy = 'Running')),
    ['RunStrategyInvalid'],
  ),
  invalid(
    'WaitAsReceiver without its gate',
    vm((v) => (v.spec.runStrategy = 'WaitAsReceiver')),
    ['RunStrategyInvalid'],
  ),
  valid(
    'WaitAsReceiver with DecentralizedLiveMigration',
    vm((v) => (v.spec.runStrategy = 'WaitAsReceiver')),
    {
      profile: { kubevirtVersion: 'v1.7.0', featureGates: ['DecentralizedLiveMigration'] },
    },
  ),
  warned(
    'running alone',
    vm((v) => {
      delete v.spec.runStrategy;
      v.spec.running = true;
    }),
    ['RunningDeprecated'],
  ),
  invalid(
    'running and runStrategy',
    vm((v) => (v.spec.running = false)),
    ['RunningAndRunStrategy'],
  ),
  invalid(
    'neither running nor runStrategy',
    vm((v) => delete v.spec.runStrategy),
    ['RunStrategyMissing'],
  ),

  // Name.
  invalid(
    'no name',
    vm((v) => delete v.metadata.name),
    ['NameMissing'],
  ),
  invalid(
    'empty name',
    vm((v) => (v.metadata.name = '')),
    ['VmNameInvalid'],
  ),
  valid(
    'generateName only',
    vm((v) => {
      delete v.metadata.name;
      v.metadata.generateName = 'c-';
    }),
  ),

  // apiVersion and kind.
  warned(
    'v1alpha3',
    vm((v) => (v.apiVersion = 'kubevirt.io/v1alpha3')),
    ['ApiVersionDeprecated'],
  ),
  invalid(
    'v1beta1',
    vm((v) => (v.apiVersion = 'kubevirt.io/v1beta1')),
    ['ApiVersionInvalid'],
  ),
  invalid(
    'wrong kind',
    vm((v) => (v.kind = 'VirtualMachineInstance')),
    ['KindInvalid'],
  ),

  // Instancetype conflicts (pkg/instancetype/apply validateCPU/validateMemory).
  valid('instancetype alone', vm(withInstancetype)),
  invalid(
    'instancetype and memory.guest',
    vm((v) => {
      withInstancetype(v);
      domain(v).memory = { guest: '2Gi' };
    }),
    ['InstancetypeConflict'],
  ),
  invalid(
    'instancetype and memory.guest, instancetype known',
    vm((v) => {
      withInstancetype(v);
      domain(v).memory = { guest: '2Gi' };
    }),
    ['InstancetypeConflict'],
    { known: known('u1.medium') },
  ),
  invalid(
    'instancetype and cpu.cores',
    vm((v) => {
      withInstancetype(v);
      domain(v).cpu = { cores: 2 };
    }),
    ['InstancetypeConflict'],
  ),
  valid(
    'instancetype and cpu.sockets 0 (unset)',
    vm((v) => {
      withInstancetype(v);
      domain(v).cpu = { sockets: 0 };
    }),
  ),
  invalid(
    'instancetype and requests.memory',
    vm((v) => {
      withInstancetype(v);
      domain(v).resources = { requests: { memory: '1Gi' } };
    }),
    ['InstancetypeConflict'],
  ),
  valid('known instancetype', vm(withInstancetype), { known: known('u1.medium', 'u1.large') }),
  invalid(
    'retired instancetype',
    vm((v) => {
      withInstancetype(v);
      v.spec.instancetype.name = 'server.medium';
    }),
    ['InstancetypeNotFound'],
    { known: known('u1.medium', 'u1.large') },
  ),

  // Data volume templates.
  invalid(
    'unused data volume template',
    vm((v) => (v.spec.dataVolumeTemplates = [{ metadata: { name: 'dv' }, spec: { storage: {} } }])),
    ['DataVolumeTemplateUnused'],
  ),
  valid(
    'data volume template used by dataVolume',
    vm((v) => {
      v.spec.dataVolumeTemplates = [{ metadata: { name: 'dv' }, spec: { storage: {} } }];
      tspec(v).volumes.push({ name: 'data', dataVolume: { name: 'dv' } });
    }),
  ),
  valid(
    'data volume template used by persistentVolumeClaim',
    vm((v) => {
      v.spec.dataVolumeTemplates = [{ metadata: { name: 'dv' }, spec: { storage: {} } }];
      tspec(v).volumes.push({ name: 'data', persistentVolumeClaim: { claimName: 'dv' } });
    }),
  ),

  // Disks, filesystems and volumes.
  invalid(
    'disk without volume',
    vm((v) => domain(v).devices.disks.push({ name: 'lost', disk: {} })),
    ['DiskWithoutVolume'],
  ),
  valid(
    'volume without disk',
    vm((v) => tspec(v).volumes.push({ name: 'extra', emptyDisk: { capacity: '1Gi' } })),
  ),
  invalid(
    'duplicate disk names',
    vm((v) => domain(v).devices.disks.push({ name: 'root', disk: {} })),
    ['DiskNameDuplicate'],
  ),
  invalid(
    'filesystem without volume',
    vm((v) => (domain(v).devices.filesystems = [{ name: 'share', virtiofs: {} }])),
    ['FilesystemWithoutVolume'],
  ),
  valid(
    'filesystem with volume',
    vm((v) => {
      domain(v).devices.filesystems = [{ name: 'share', virtiofs: {} }];
      tspec(v).volumes.push({ name: 'share', persistentVolumeClaim: { claimName: 'share' } });
    }),
  ),

  // Empty CD-ROM (vmi-create-admitter validateBootOrder; gate DeclarativeHotplugVolumes).
  invalid('empty CD-ROM, bundled KubeVirt 1.7', vm(emptyCdrom), ['DiskWithoutVolume']),
  invalid('empty CD-ROM, KubeVirt 1.8', vm(emptyCdrom), ['DiskWithoutVolume'], {
    profile: { kubevirtVersion: 'v1.8.2' },
  }),
  valid('empty CD-ROM, KubeVirt 1.9 (Beta, on)', vm(emptyCdrom), {
    profile: { kubevirtVersion: 'v1.9.0' },
  }),
  invalid(
    'empty CD-ROM, KubeVirt 1.9 with the gate disabled',
    vm(emptyCdrom),
    ['DiskWithoutVolume'],
    {
      profile: { kubevirtVersion: '1.9', disabledFeatureGates: ['DeclarativeHotplugVolumes'] },
    },
  ),
  valid('empty CD-ROM, KubeVirt 1.7 with the gate enabled', vm(emptyCdrom), {
    profile: { kubevirtVersion: '1.7.1', featureGates: ['DeclarativeHotplugVolumes'] },
  }),

  // Unknown fields and the schema's JSON names.
  invalid(
    'misspelled persistentVolumeClaim',
    vm((v) => (tspec(v).volumes[0] = { name: 'root', persistenVolumeClaim: { claimName: 'x' } })),
    ['SchemaUnknownField'],
  ),
  valid(
    'multus default network',
    vm((v) => {
      domain(v).devices.interfaces = [{ name: 'net', bridge: {} }];
      tspec(v).networks = [{ name: 'net', multus: { networkName: 'ns/nad', default: true } }];
    }),
  ),
  invalid(
    'multus _default (a code-generation name)',
    vm((v) => {
      domain(v).devices.interfaces = [{ name: 'net', bridge: {} }];
      tspec(v).networks = [{ name: 'net', multus: { networkName: 'ns/nad', _default: true } }];
    }),
    ['SchemaUnknownField'],
  ),

  // A `kubectl get vm -o yaml` dump.
  valid(
    'status dump with conditions',
    vm((v) => {
      Object.assign(v.metadata, {
        uid: '3f1c2d4e-0000-4000-8000-000000000001',
        resourceVersion: '4242',
        generation: 2,
        creationTimestamp: '2026-01-01T10:00:00Z',
        annotations: { 'kubevirt.io/latest-observed-api-version': 'v1' },
        finalizers: ['kubevirt.io/virtualMachineControllerFinalize'],
      });
      v.status = {
        printableStatus: 'Stopped',
        created: false,
        ready: false,
        volumeSnapshotStatuses: [
          { name: 'root', enabled: false, reason: 'No VolumeSnapshotClass' },
        ],
        conditions: [
          {
            type: 'Ready',
            status: 'False',
            reason: 'VMINotExists',
            message: 'VMI does not exist',
            lastProbeTime: '2026-01-01T10:00:01Z',
            lastTransitionTime: '2026-01-01T10:00:01Z',
          },
          { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: null },
        ],
        desiredGeneration: 2,
        observedGeneration: 2,
        runStrategy: 'Halted',
      };
    }),
  ),
  invalid(
    'status that is no object',
    vm((v) => (v.status = 'Running')),
    ['SchemaWrongType'],
  ),

  // Interfaces and networks (pkg/network/admitter netiface.go; defaults add the pod pair).
  valid('no interfaces, no networks', vm()),
  valid('pod network with its interface', vm(podNetwork)),
  invalid(
    'interface without network',
    vm((v) => (domain(v).devices.interfaces = [{ name: 'default', masquerade: {} }])),
    ['InterfaceWithoutNetwork'],
  ),
  invalid(
    'network without interface',
    vm((v) => (tspec(v).networks = [{ name: 'default', pod: {} }])),
    ['NetworkWithoutInterface'],
  ),
  valid(
    'autoattachPodInterface false and no networks',
    vm((v) => (domain(v).devices.autoattachPodInterface = false)),
  ),
  invalid(
    'network name twice',
    vm((v) => {
      podNetwork(v);
      tspec(v).networks.push({ name: 'default', pod: {} });
    }),
    ['NetworkNameDuplicate'],
  ),
];

/** Runs `run` with the entry's cluster profile in force, and restores the default after. */
export const withProfile = <T>(entry: CorpusEntry, run: () => T): T => {
  setClusterProfile(entry.profile ?? null);
  try {
    return run();
  } finally {
    setClusterProfile(null);
  }
};

const codesOf = (findings: Finding[], severity: Finding['severity']): string[] =>
  [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.code))].sort();

/** The error and warning codes validation gives an entry. */
export const verdict = (entry: CorpusEntry) =>
  withProfile(entry, () => {
    const findings = validateVirtualMachineManifest(entry.vm, { known: entry.known });
    return { errors: codesOf(findings, 'error'), warnings: codesOf(findings, 'warning') };
  });
