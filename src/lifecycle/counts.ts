import { load } from 'js-yaml';
import type { KubeObject } from '../appliance/types';
import { lifecycleNodes, type LifecycleNodeId } from './graph';

/** The cluster objects the lifecycle view watches, by kind (each list may be empty). */
export interface LifecycleObjects {
  virtualMachines: readonly KubeObject[];
  snapshots: readonly KubeObject[];
  clones: readonly KubeObject[];
  pvcs: readonly KubeObject[];
  dataSources: readonly KubeObject[];
  dataImportCrons: readonly KubeObject[];
}

/** Which resource an object listed under a node is, so a view can link to it. */
export type LifecycleResourceKind =
  | 'VirtualMachine'
  | 'VirtualMachineSnapshot'
  | 'VirtualMachineClone'
  | 'PersistentVolumeClaim'
  | 'DataSource'
  | 'DataImportCron';

export interface LifecycleObjectRef {
  kind: LifecycleResourceKind;
  name: string;
  namespace: string;
}

/**
 * What a node stands for in the cluster: the objects, or `null` when the node
 * has nothing observable (OVA and the alien appliance live outside the cluster).
 */
export type LifecycleMembers = Record<LifecycleNodeId, LifecycleObjectRef[] | null>;

export const SOURCE_ANNOTATION = 'appliance.kubevirt.io/source';
export const VM_SPEC_ANNOTATION = 'appliance.kubevirt.io/vm-spec';
export const SEALED_LABEL = 'appliance.kubevirt.io/sealed';
export const DEFAULT_PREFERENCE_LABEL = 'instancetype.kubevirt.io/default-preference';
export const REDHAT_REGISTRY = 'registry.redhat.io';

const UNOBSERVABLE: ReadonlySet<LifecycleNodeId> = new Set(['ova', 'alien-appliance']);

const labels = (o: KubeObject): Record<string, string> => o.metadata?.labels ?? {};
const annotations = (o: KubeObject): Record<string, string> => o.metadata?.annotations ?? {};
const nsName = (o: KubeObject): string =>
  `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const at = (v: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((cur, key) => (isRecord(cur) ? cur[key] : undefined), v);

export const isSealed = (o: KubeObject): boolean => labels(o)[SEALED_LABEL] === 'true';

export const isAppliance = (ds: KubeObject): boolean =>
  typeof annotations(ds)[VM_SPEC_ANNOTATION] === 'string';

export const isGoldenImage = (ds: KubeObject): boolean =>
  DEFAULT_PREFERENCE_LABEL in labels(ds) && !isAppliance(ds);

const hasIdentityFields = (boilerplate: unknown): boolean => {
  const spec = at(boilerplate, 'spec', 'template', 'spec');
  const firmware = at(spec, 'domain', 'firmware');
  if (at(firmware, 'uuid') !== undefined || at(firmware, 'serial') !== undefined) return true;
  const devices = at(spec, 'domain', 'devices');
  const list = (key: string): unknown[] => {
    const v = at(devices, key);
    return Array.isArray(v) ? v : [];
  };
  return (
    list('interfaces').some((i) => at(i, 'macAddress') !== undefined) ||
    list('disks').some((d) => at(d, 'serial') !== undefined)
  );
};

/**
 * Semantics §1: an appliance bears identity when its source is a snapshot or its
 * boilerplate holds identity fields. An unreadable boilerplate counts as agnostic
 * here: the lifecycle view only counts, the catalog reports the parse error.
 */
export const applianceBearsIdentity = (ds: KubeObject): boolean => {
  if (at(ds.spec, 'source', 'snapshot') !== undefined) return true;
  const text = annotations(ds)[VM_SPEC_ANNOTATION];
  if (typeof text !== 'string' || text.length > 256 * 1024) return false;
  try {
    return hasIdentityFields(load(text, { json: true }));
  } catch {
    return false;
  }
};

/** Host name of a DataImportCron's registry source (`docker://host/path:tag`), if it has one. */
export const cronRegistryHost = (cron: KubeObject): string | undefined => {
  const registry = at(cron.spec, 'template', 'spec', 'source', 'registry');
  const url = at(registry, 'url');
  if (typeof url === 'string') {
    const withoutScheme = url.replace(/^[a-z]+:\/\//i, '');
    return withoutScheme.split('/')[0] || undefined;
  }
  // An image stream lives in the cluster's own registry: not registry.redhat.io.
  if (typeof at(registry, 'imageStream') === 'string') return 'image-stream';
  return undefined;
};

/** Names (namespace/name) of the VMs that VirtualMachineClones target. */
const cloneTargets = (clones: readonly KubeObject[]): Set<string> => {
  const targets = new Set<string>();
  for (const clone of clones) {
    const name = at(clone.spec, 'target', 'name') ?? at(clone.status, 'targetName');
    const kind = at(clone.spec, 'target', 'kind') ?? 'VirtualMachine';
    if (typeof name === 'string' && kind === 'VirtualMachine') {
      targets.add(`${clone.metadata?.namespace ?? ''}/${name}`);
    }
  }
  return targets;
};

/** VM': made from a golden image or appliance (provenance annotation), or by a clone. */
export const isDerivedVM = (vm: KubeObject, targets: ReadonlySet<string>): boolean =>
  typeof annotations(vm)[SOURCE_ANNOTATION] === 'string' || targets.has(nsName(vm));

const refs = (kind: LifecycleResourceKind, objects: readonly KubeObject[]): LifecycleObjectRef[] =>
  objects
    .filter((o) => o.metadata?.name)
    .map((o) => ({ kind, name: o.metadata?.name ?? '', namespace: o.metadata?.namespace ?? '' }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));

/** Maps the watched cluster objects onto the diagram's nodes (issue 8, semantics §1 and §8). */
export const lifecycleMembers = (objects: LifecycleObjects): LifecycleMembers => {
  const targets = cloneTargets(objects.clones);
  const appliances = objects.dataSources.filter(isAppliance);
  const redhat = objects.dataImportCrons.filter((c) => cronRegistryHost(c) === REDHAT_REGISTRY);
  const otherRegistries = objects.dataImportCrons.filter((c) => {
    const host = cronRegistryHost(c);
    return host !== undefined && host !== REDHAT_REGISTRY;
  });
  return {
    ova: null,
    'alien-appliance': null,
    vm: refs('VirtualMachine', objects.virtualMachines),
    'vm-prime': refs(
      'VirtualMachine',
      objects.virtualMachines.filter((vm) => isDerivedVM(vm, targets)),
    ),
    'vm-snapshot': refs('VirtualMachineSnapshot', objects.snapshots),
    'vm-clone': refs('VirtualMachineClone', objects.clones),
    'sealed-volume': [
      ...refs('PersistentVolumeClaim', objects.pvcs.filter(isSealed)),
      ...refs('DataSource', objects.dataSources.filter(isSealed)),
    ],
    'golden-image': refs('DataSource', objects.dataSources.filter(isGoldenImage)),
    appliance: refs('DataSource', appliances.filter(applianceBearsIdentity)),
    'agnostic-appliance': refs(
      'DataSource',
      appliances.filter((ds) => !applianceBearsIdentity(ds)),
    ),
    registry: refs('DataImportCron', otherRegistries),
    'redhat-registry': refs('DataImportCron', redhat),
  };
};

export type LifecycleCounts = Record<LifecycleNodeId, number | null>;

export const lifecycleCounts = (members: LifecycleMembers): LifecycleCounts =>
  Object.fromEntries(
    lifecycleNodes.map((n) => [n.id, UNOBSERVABLE.has(n.id) ? null : (members[n.id]?.length ?? 0)]),
  ) as LifecycleCounts;
