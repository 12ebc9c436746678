import type { KubeObject } from '../appliance/types';
import { statusOf } from './apply/errors';
import type { K8sClient } from './client';
import { isOwnedBy } from './owners';

/** The companion PVCs of a DataSource (semantics §1): those of `pvcs` that it owns. */
export const companionsOf = (
  owner: { name: string; uid?: string },
  pvcs: readonly KubeObject[],
): KubeObject[] => pvcs.filter((p) => isOwnedBy(p, owner));

/**
 * The companion PVCs read once, now (for a download: a watch's first answer may still be empty).
 * `forbidden` when the user may not list PVCs there.
 */
export const listCompanions = async (
  client: Pick<K8sClient, 'list'>,
  dataSource: KubeObject,
): Promise<{ pvcs: KubeObject[]; forbidden: boolean }> => {
  try {
    const items = await client.list('PersistentVolumeClaim', dataSource.metadata?.namespace ?? '');
    const owner = { name: dataSource.metadata?.name ?? '', uid: dataSource.metadata?.uid };
    return { pvcs: companionsOf(owner, items), forbidden: false };
  } catch (e) {
    if (statusOf(e) === 403) return { pvcs: [], forbidden: true };
    throw e;
  }
};
