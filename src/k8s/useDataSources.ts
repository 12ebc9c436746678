import * as React from 'react';
import {
  useAccessReview,
  useK8sWatchResource,
  useK8sWatchResources,
  type K8sResourceCommon,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../appliance/types';
import { DataSourceGVK, GOLDEN_IMAGE_NAMESPACES } from './models';
import { isForbidden, watchScope, type WatchScope } from './scope';

const listDataSources = (namespace?: string) => ({
  group: DataSourceGVK.group,
  resource: 'datasources',
  verb: 'list' as const,
  namespace,
});

/**
 * Asks the API server what the user may list before watching anything, so a user without
 * cluster-wide rights never triggers a 403. Returns undefined while the reviews are pending.
 */
export const useDataSourceScope = (activeNamespace?: string): WatchScope | undefined => {
  const [clusterWide, clusterLoading] = useAccessReview(listDataSources());
  // Hooks cannot be called in a loop: one review per candidate namespace, a fixed number of them.
  const [active, activeLoading] = useAccessReview(
    listDataSources(activeNamespace ?? GOLDEN_IMAGE_NAMESPACES[0]),
  );
  const [first, firstLoading] = useAccessReview(listDataSources(GOLDEN_IMAGE_NAMESPACES[0]));
  const [second, secondLoading] = useAccessReview(listDataSources(GOLDEN_IMAGE_NAMESPACES[1]));
  const loading = clusterLoading || activeLoading || firstLoading || secondLoading;
  return React.useMemo(() => {
    if (loading) return undefined;
    const namespaces: Record<string, boolean> = {
      [GOLDEN_IMAGE_NAMESPACES[0]]: first,
      [GOLDEN_IMAGE_NAMESPACES[1]]: second,
    };
    if (activeNamespace) namespaces[activeNamespace] = active;
    return watchScope(activeNamespace, { clusterWide, namespaces });
  }, [loading, clusterWide, active, first, second, activeNamespace]);
};

export interface DataSourcesResult {
  dataSources: KubeObject[];
  loaded: boolean;
  /** A failure worth showing (never a plain "forbidden"). */
  error?: unknown;
}

/** Watches the DataSources the user may see: cluster-wide, or per readable namespace. */
export const useDataSources = (activeNamespace?: string): DataSourcesResult => {
  const scope = useDataSourceScope(activeNamespace);
  const resources = React.useMemo(() => {
    const r: Record<string, WatchK8sResource> = {};
    if (!scope) return r;
    if (scope.clusterWide) {
      r.all = { groupVersionKind: DataSourceGVK, isList: true };
    } else {
      scope.namespaces.forEach((namespace) => {
        r[`ns:${namespace}`] = { groupVersionKind: DataSourceGVK, isList: true, namespace };
      });
    }
    return r;
  }, [scope]);
  const results = useK8sWatchResources<Record<string, K8sResourceCommon[]>>(resources);
  return React.useMemo(() => {
    if (!scope) return { dataSources: [], loaded: false };
    const keys = Object.keys(resources);
    const dataSources: KubeObject[] = [];
    let loaded = true;
    let error: unknown;
    for (const key of keys) {
      const result = results[key];
      if (!result) {
        loaded = false;
        continue;
      }
      if (result.loadError) {
        if (!isForbidden(result.loadError)) error = result.loadError;
        continue;
      }
      if (!result.loaded) loaded = false;
      if (Array.isArray(result.data)) dataSources.push(...(result.data as KubeObject[]));
    }
    return { dataSources, loaded: loaded || error !== undefined, error };
  }, [scope, resources, results]);
};

/** One DataSource by namespace and name, watched (nothing while either is missing). */
export const useDataSource = (namespace?: string, name?: string) => {
  const [data, loaded, error] = useK8sWatchResource<K8sResourceCommon>(
    namespace && name ? { groupVersionKind: DataSourceGVK, namespace, name } : null,
  );
  return {
    dataSource: data && (data as KubeObject).metadata ? (data as KubeObject) : undefined,
    loaded,
    error: error as unknown,
  };
};
