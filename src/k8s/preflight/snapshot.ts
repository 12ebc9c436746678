import type { ClusterSnapshot } from '../../appliance/preflight';
import type { KubeObject } from '../../appliance/types';
import type { K8sClient } from '../client';

/** A list the user may not read (or that fails) is unknown, so its check is skipped. */
const maybe = (p: Promise<KubeObject[]>): Promise<KubeObject[] | undefined> =>
  p.catch(() => undefined);

/**
 * What the pre-flight checks need of the target namespace, read once per namespace
 * (semantics §10): its VMs, DataVolumes, PVCs, Secrets and quotas, the NetworkAttachmentDefinitions
 * it can use (its own and `default`'s), the storage classes and the instancetypes.
 */
export const readClusterSnapshot = async (
  client: Pick<K8sClient, 'list'>,
  namespace: string,
): Promise<ClusterSnapshot> => {
  const [vms, dvs, pvcs, secrets, quotas, nads, defaultNads, classes, clusterIts, its] =
    await Promise.all([
      maybe(client.list('VirtualMachine', namespace)),
      maybe(client.list('DataVolume', namespace)),
      maybe(client.list('PersistentVolumeClaim', namespace)),
      maybe(client.list('Secret', namespace)),
      maybe(client.list('ResourceQuota', namespace)),
      maybe(client.list('NetworkAttachmentDefinition', namespace)),
      namespace === 'default'
        ? Promise.resolve([])
        : maybe(client.list('NetworkAttachmentDefinition', 'default')),
      maybe(client.list('StorageClass')),
      maybe(client.list('VirtualMachineClusterInstancetype')),
      maybe(client.list('VirtualMachineInstancetype', namespace)),
    ]);
  return {
    virtualMachines: vms,
    dataVolumes: dvs,
    persistentVolumeClaims: pvcs,
    secrets,
    resourceQuotas: quotas,
    // The namespace's own are what counts; `default`'s are a bonus when readable.
    networkAttachmentDefinitions: nads && [...nads, ...(defaultNads ?? [])],
    storageClasses: classes,
    instancetypes: [...(clusterIts ?? []), ...(its ?? [])],
  };
};
