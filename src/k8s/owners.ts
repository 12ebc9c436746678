import type { KubeObject } from '../appliance/types';

/**
 * True when `obj` is owned by the DataSource: an ownerReference of kind DataSource with its name,
 * and its uid when both are known (the origin example omits the uid, semantics §7).
 */
export const isOwnedBy = (obj: KubeObject, owner: { name: string; uid?: string }): boolean =>
  (obj.metadata?.ownerReferences ?? []).some(
    (ref) =>
      ref.kind === 'DataSource' &&
      ref.apiVersion?.startsWith('cdi.kubevirt.io/') &&
      ref.name === owner.name &&
      (!ref.uid || !owner.uid || ref.uid === owner.uid),
  );
