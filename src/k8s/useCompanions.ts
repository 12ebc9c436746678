import * as React from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../appliance/types';
import { companionsOf } from './companions';
import { PersistentVolumeClaimModel } from './models';
import { isForbidden } from './scope';
import { useWatchList } from './useWatchList';

export interface CompanionsResult {
  pvcs: KubeObject[];
  loaded: boolean;
  /** The user may not list PVCs in the namespace: companions are unknown, not absent. */
  forbidden: boolean;
  error?: unknown;
}

const NONE: CompanionsResult = { pvcs: [], loaded: true, forbidden: false };

/**
 * Companion resources of a DataSource (semantics §1), watched: PVCs in its namespace that it owns.
 * Without a namespace (no DataSource yet, or one that cannot have companions) there are none.
 */
export const useCompanions = (
  namespace: string | undefined,
  name: string,
  uid: string | undefined,
): CompanionsResult => {
  // The review runs in any case (hooks are unconditional); without a namespace its answer is unused.
  const [allowed, reviewing] = useAccessReview({
    group: '',
    resource: 'persistentvolumeclaims',
    verb: 'list',
    namespace: namespace ?? '',
  });
  const list = useWatchList(
    namespace && !reviewing && allowed ? PersistentVolumeClaimModel : undefined,
    namespace,
  );
  return React.useMemo(() => {
    if (!namespace) return NONE;
    if (reviewing) return { pvcs: [], loaded: false, forbidden: false };
    if (!allowed || isForbidden(list.error)) return { pvcs: [], loaded: true, forbidden: true };
    return {
      pvcs: companionsOf({ name, uid }, list.items),
      loaded: list.loaded,
      forbidden: false,
      error: list.error,
    };
  }, [namespace, reviewing, allowed, list, name, uid]);
};
