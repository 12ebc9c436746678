import * as React from 'react';
import {
  useK8sWatchResource,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../appliance/types';
import { gvk } from './models';

export interface WatchedList {
  /** Each item with its `kind` (a list's items carry none; the core tells kinds apart by it). */
  items: KubeObject[];
  loaded: boolean;
  error?: unknown;
}

/** Shared, so that callers memoising on a list see no change between renders. */
const NOTHING: WatchedList = { items: [], loaded: true };

/**
 * A watched list of a kind, in one namespace or all; nothing at all (loaded, empty) without a model.
 * Only a list counts as loaded: on the render where the watch starts, the SDK may still answer for
 * the previous (null) resource, loaded but with no list.
 */
export const useWatchList = (model: K8sModel | undefined, namespace?: string): WatchedList => {
  const [data, loaded, error] = useK8sWatchResource<K8sResourceCommon[]>(
    model
      ? { groupVersionKind: gvk(model), isList: true, ...(namespace ? { namespace } : {}) }
      : null,
  );
  const kind = model?.kind;
  return React.useMemo(() => {
    if (!kind) return NOTHING;
    const items = Array.isArray(data)
      ? (data as KubeObject[]).map((o) => (o.kind ? o : { ...o, kind }))
      : [];
    return { items, loaded: (loaded && Array.isArray(data)) || !!error, error: error || undefined };
  }, [kind, data, loaded, error]);
};
