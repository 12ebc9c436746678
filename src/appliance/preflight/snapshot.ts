import { asString } from '../json';
import type { KubeObject } from '../types';
import type { ClusterSnapshot } from './types';

/**
 * A snapshot from what `kubectl get … -o yaml` printed (semantics §10, the CLI's
 * `--cluster-state`): objects of the target namespace by kind, NetworkAttachmentDefinitions of
 * the target namespace and of `default`. A kind the objects do not hold stays unknown, so its
 * check is skipped rather than passed.
 */
export const snapshotFromObjects = (
  objects: readonly KubeObject[],
  namespace: string,
): ClusterSnapshot => {
  const byKind = new Map<string, KubeObject[]>();
  for (const o of objects) {
    const kind = asString(o?.kind);
    if (!kind) continue;
    const list = byKind.get(kind) ?? [];
    list.push(o);
    byKind.set(kind, list);
  }
  const inNamespace = (kind: string, also?: string) => {
    const list = byKind.get(kind);
    if (!list) return undefined;
    return list.filter((o) => {
      const ns = asString(o.metadata?.namespace) ?? namespace;
      return ns === namespace || ns === also;
    });
  };
  const snapshot: ClusterSnapshot = {
    virtualMachines: inNamespace('VirtualMachine'),
    dataVolumes: inNamespace('DataVolume'),
    persistentVolumeClaims: inNamespace('PersistentVolumeClaim'),
    secrets: inNamespace('Secret'),
    networkAttachmentDefinitions: inNamespace('NetworkAttachmentDefinition', 'default'),
    storageClasses: byKind.get('StorageClass'),
    resourceQuotas: inNamespace('ResourceQuota'),
  };
  const instancetypes = [
    ...(byKind.get('VirtualMachineClusterInstancetype') ?? []),
    ...(inNamespace('VirtualMachineInstancetype') ?? []),
  ];
  if (instancetypes.length) snapshot.instancetypes = instancetypes;
  // A file listing any namespace objects may simply hold none of a kind: VMs, DataVolumes and
  // Secrets are judged together (an empty namespace is a real answer once one of them appears).
  if (snapshot.virtualMachines || snapshot.dataVolumes || snapshot.secrets) {
    snapshot.virtualMachines ??= [];
    snapshot.dataVolumes ??= [];
    snapshot.secrets ??= [];
  }
  return snapshot;
};
