import { classifyDataSource } from '../appliance/classify';
import { ANNOTATION_SOURCE, LABEL_SEALED } from '../appliance/constants';
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

export const isSealed = (o: KubeObject): boolean => labels(o)[LABEL_SEALED] === 'true';

/** Semantics §1 through the core's classification, so the catalog and this view agree. */
const kindOf = (ds: KubeObject): { kind: string; identity: boolean } => {
  const c = classifyDataSource(ds);
  return { kind: c.kind, identity: c.flavor === 'identity' };
};

export const isAppliance = (ds: KubeObject): boolean => kindOf(ds).kind === 'appliance';

export const isGoldenImage = (ds: KubeObject): boolean => kindOf(ds).kind === 'golden-image';

/**
 * An appliance bears identity when its source is a snapshot or its boilerplate
 * holds identity fields; an unreadable boilerplate counts as agnostic here (the
 * catalog reports the parse error).
 */
export const applianceBearsIdentity = (ds: KubeObject): boolean => kindOf(ds).identity;

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
  typeof annotations(vm)[ANNOTATION_SOURCE] === 'string' || targets.has(nsName(vm));

const refs = (kind: LifecycleResourceKind, objects: readonly KubeObject[]): LifecycleObjectRef[] =>
  objects
    .filter((o) => o.metadata?.name)
    .map((o) => ({ kind, name: o.metadata?.name ?? '', namespace: o.metadata?.namespace ?? '' }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));

/** Maps the watched cluster objects onto the diagram's nodes (issue 8, semantics §1 and §8). */
export const lifecycleMembers = (objects: LifecycleObjects): LifecycleMembers => {
  const targets = cloneTargets(objects.clones);
  const classified = objects.dataSources.map((ds) => ({ ds, ...kindOf(ds) }));
  const appliances = classified.filter((c) => c.kind === 'appliance');
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
    'golden-image': refs(
      'DataSource',
      classified.filter((c) => c.kind === 'golden-image').map((c) => c.ds),
    ),
    appliance: refs(
      'DataSource',
      appliances.filter((c) => c.identity).map((c) => c.ds),
    ),
    'agnostic-appliance': refs(
      'DataSource',
      appliances.filter((c) => !c.identity).map((c) => c.ds),
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
