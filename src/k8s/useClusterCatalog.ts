import * as React from 'react';
import type { KnownClusterObjects, KubeObject } from '../appliance/types';
import {
  ClusterInstancetypeModel,
  ClusterPreferenceModel,
  InstancetypeModel,
  PreferenceModel,
} from './models';
import { useWatchList } from './useWatchList';

export interface ClusterCatalog {
  instancetypes: KubeObject[];
  preferences: KubeObject[];
  namespacedInstancetypes: KubeObject[];
  namespacedPreferences: KubeObject[];
  /** What the checks may rely on: a list that could not be read is left out (unknown, not empty). */
  known: KnownClusterObjects;
  loaded: boolean;
}

/**
 * The instancetypes and preferences a VM in `namespace` may name: the cluster-wide ones and the
 * namespace's own, watched. They feed the unknown-name checks; a list that cannot be read is
 * unknown, not empty, so the checks then skip the name test rather than report names that may well
 * exist.
 */
export const useClusterCatalog = (namespace?: string): ClusterCatalog => {
  const its = useWatchList(ClusterInstancetypeModel);
  const prefs = useWatchList(ClusterPreferenceModel);
  const nsIts = useWatchList(namespace ? InstancetypeModel : undefined, namespace);
  const nsPrefs = useWatchList(namespace ? PreferenceModel : undefined, namespace);
  return React.useMemo(
    () => ({
      instancetypes: its.items,
      preferences: prefs.items,
      namespacedInstancetypes: nsIts.items,
      namespacedPreferences: nsPrefs.items,
      known: {
        ...(its.error || nsIts.error ? {} : { instancetypes: [...its.items, ...nsIts.items] }),
        ...(prefs.error || nsPrefs.error
          ? {}
          : { preferences: [...prefs.items, ...nsPrefs.items] }),
      },
      loaded: its.loaded && prefs.loaded && nsIts.loaded && nsPrefs.loaded,
    }),
    [its, prefs, nsIts, nsPrefs],
  );
};
