import { k8sListItems } from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../../appliance/types';
import { statusOf } from '../apply/errors';
import { isOwnedBy } from '../owners';
import { AUTHORING_MODELS } from './models';

/**
 * The companion PVCs of a DataSource read once, now (for a download: a watch's first answer may
 * still be empty). `forbidden` when the user may not list PVCs there.
 */
export const listCompanions = async (
  dataSource: KubeObject,
): Promise<{ pvcs: KubeObject[]; forbidden: boolean }> => {
  const namespace = dataSource.metadata?.namespace ?? '';
  const name = dataSource.metadata?.name ?? '';
  try {
    const items = (await k8sListItems({
      model: AUTHORING_MODELS.PersistentVolumeClaim,
      queryParams: { ns: namespace },
    })) as unknown as KubeObject[];
    return {
      pvcs: items.filter((p) => isOwnedBy(p, { name, uid: dataSource.metadata?.uid })),
      forbidden: false,
    };
  } catch (e) {
    if (statusOf(e) === 403) return { pvcs: [], forbidden: true };
    throw e;
  }
};
