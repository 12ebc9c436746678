import * as React from 'react';
import {
  useAccessReview,
  useK8sWatchResource,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../appliance/types';
import { PersistentVolumeClaimGVK } from './models';
import { isOwnedBy } from './owners';
import { isForbidden } from './scope';

export interface CompanionsResult {
  pvcs: KubeObject[];
  loaded: boolean;
  /** The user may not list PVCs in the namespace: companions are unknown, not absent. */
  forbidden: boolean;
  error?: unknown;
}

/** Companion resources of a DataSource (semantics §1): PVCs in its namespace that it owns. */
export const useCompanions = (
  namespace: string,
  name: string,
  uid: string | undefined,
): CompanionsResult => {
  const [allowed, reviewing] = useAccessReview({
    group: '',
    resource: 'persistentvolumeclaims',
    verb: 'list',
    namespace,
  });
  const [pvcs, loaded, error] = useK8sWatchResource<K8sResourceCommon[]>(
    !reviewing && allowed
      ? { groupVersionKind: PersistentVolumeClaimGVK, isList: true, namespace }
      : null,
  );
  return React.useMemo(() => {
    if (reviewing) return { pvcs: [], loaded: false, forbidden: false };
    if (!allowed || isForbidden(error)) return { pvcs: [], loaded: true, forbidden: true };
    const owned = (Array.isArray(pvcs) ? (pvcs as KubeObject[]) : []).filter((p) =>
      isOwnedBy(p, { name, uid }),
    );
    // On the render where the watch starts, the hook may still answer for the previous (null)
    // resource: loaded, but with no list. Only a list counts as loaded.
    return {
      pvcs: owned,
      loaded: (loaded && Array.isArray(pvcs)) || !!error,
      forbidden: false,
      error,
    };
  }, [reviewing, allowed, pvcs, loaded, error, name, uid]);
};
