import * as React from 'react';
import {
  useK8sWatchResources,
  type K8sResourceCommon,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../../appliance/types';
import type { LifecycleObjects } from '../../lifecycle/counts';
import {
  CloneModel,
  DataImportCronModel,
  DataSourceModel,
  PersistentVolumeClaimGVK,
  SnapshotModel,
  VirtualMachineModel,
  gvk,
} from '../../k8s/models';

export const ALL_NAMESPACES = '#ALL_NS#';

const KINDS = {
  virtualMachines: gvk(VirtualMachineModel),
  snapshots: gvk(SnapshotModel),
  clones: gvk(CloneModel),
  pvcs: PersistentVolumeClaimGVK,
  dataSources: gvk(DataSourceModel),
  dataImportCrons: gvk(DataImportCronModel),
} as const;

type Key = keyof typeof KINDS;

export interface LifecycleWatch {
  objects: LifecycleObjects;
  /** True once every list answered (with data or an error). */
  loaded: boolean;
  /** Kinds that could not be listed (not installed, or not allowed), with the reason. */
  errors: { kind: string; message: string }[];
}

/** Watches every kind the diagram counts, in one namespace or all of them. */
export const useLifecycleObjects = (namespace: string): LifecycleWatch => {
  const resources = React.useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(KINDS) as Key[]).map((key) => [
          key,
          {
            groupVersionKind: KINDS[key],
            isList: true,
            namespaced: true,
            namespace: namespace === ALL_NAMESPACES ? undefined : namespace,
          } satisfies WatchK8sResource,
        ]),
      ) as Record<Key, WatchK8sResource>,
    [namespace],
  );
  const results = useK8sWatchResources<Record<Key, K8sResourceCommon[]>>(resources);
  return React.useMemo(() => {
    const keys = Object.keys(KINDS) as Key[];
    const list = (key: Key): KubeObject[] => {
      const r = results[key];
      return r && !r.loadError && Array.isArray(r.data) ? (r.data as KubeObject[]) : [];
    };
    const errors = keys
      .filter((key) => results[key]?.loadError)
      .map((key) => {
        const err = results[key].loadError as { message?: string } | string;
        return {
          kind: KINDS[key].kind,
          message: typeof err === 'string' ? err : (err.message ?? ''),
        };
      });
    return {
      objects: {
        virtualMachines: list('virtualMachines'),
        snapshots: list('snapshots'),
        clones: list('clones'),
        pvcs: list('pvcs'),
        dataSources: list('dataSources'),
        dataImportCrons: list('dataImportCrons'),
      },
      loaded: keys.every((key) => results[key]?.loaded || results[key]?.loadError),
      errors,
    };
  }, [results]);
};
