import * as React from 'react';
import type {
  checkAccess as SdkCheckAccess,
  K8sModel,
  SelfSubjectAccessReviewKind,
  useAccessReview as SdkUseAccessReview,
  useActiveNamespace as SdkUseActiveNamespace,
  useFlag as SdkUseFlag,
  useK8sModel as SdkUseK8sModel,
  useK8sWatchResource as SdkUseK8sWatchResource,
  useK8sWatchResources as SdkUseK8sWatchResources,
  WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';
import { API_PREFIX, cachedModel, modelFor, parseReference } from './models';
import { session } from './session';
import { initialWatchState, Watcher, type WatchState } from './watcher';

/** Re-renders when the preview user or namespace changes. */
export const useSession = () =>
  React.useSyncExternalStore(
    session.subscribe,
    () => `${session.getUser()}|${session.getNamespace()}`,
  );

type Resources = Record<string, WatchK8sResource | null | undefined>;

const useWatches = (resources: Resources): Record<string, WatchState> => {
  const sessionKey = useSession();
  // Callers pass fresh objects on every render; compare by value like the SDK's deep-compare memo.
  const key = JSON.stringify(resources);
  const [states, setStates] = React.useState<Record<string, WatchState>>({});
  React.useEffect(() => {
    const parsed = JSON.parse(key) as Resources;
    const initial: Record<string, WatchState> = {};
    Object.entries(parsed).forEach(([k, r]) => (initial[k] = initialWatchState(r)));
    setStates(initial);
    const watchers = Object.entries(parsed)
      .filter((entry): entry is [string, WatchK8sResource] => Boolean(entry[1]))
      .map(([k, r]) => new Watcher(r, (s) => setStates((prev) => ({ ...prev, [k]: s }))));
    watchers.forEach((w) => w.start());
    return () => watchers.forEach((w) => w.stop());
  }, [key, sessionKey]);
  return React.useMemo(() => {
    const parsed = JSON.parse(key) as Resources;
    const out: Record<string, WatchState> = {};
    Object.entries(parsed).forEach(([k, r]) => (out[k] = states[k] ?? initialWatchState(r)));
    return out;
  }, [key, states]);
};

export const useK8sWatchResource: typeof SdkUseK8sWatchResource = (resource) => {
  const state = useWatches({ r: resource })['r'];
  return React.useMemo(() => [state.data, state.loaded, state.loadError] as never, [state]);
};

export const useK8sWatchResources: typeof SdkUseK8sWatchResources = (resources) => {
  const states = useWatches(resources as Resources);
  return React.useMemo(() => {
    const out: Record<string, unknown> = {};
    Object.entries(states).forEach(
      ([k, s]) => (out[k] = { data: s.data, loaded: s.loaded, loadError: s.loadError }),
    );
    return out as never;
  }, [states]);
};

/** [model, inFlight] like the SDK; the model comes from API discovery instead of the console's store. */
export const useK8sModel: typeof SdkUseK8sModel = (ref) => {
  const gvk = typeof ref === 'string' ? parseReference(ref) : ref;
  const key = gvk ? JSON.stringify(gvk) : '';
  const [model, setModel] = React.useState<K8sModel | undefined>(() =>
    gvk ? cachedModel(gvk) : undefined,
  );
  const [inFlight, setInFlight] = React.useState<boolean>(Boolean(gvk && !model));
  React.useEffect(() => {
    if (!key) return undefined;
    let live = true;
    setInFlight(true);
    modelFor(JSON.parse(key))
      .then((m) => live && setModel(m))
      .catch(() => live && setModel(undefined))
      .finally(() => live && setInFlight(false));
    return () => {
      live = false;
    };
  }, [key]);
  return [model as K8sModel, inFlight];
};

export const useActiveNamespace: typeof SdkUseActiveNamespace = () => {
  useSession();
  return [session.getNamespace(), session.setNamespace];
};

/** The preview has no feature-flag providers: every flag is off. */
export const useFlag: typeof SdkUseFlag = () => false;

export const checkAccess: typeof SdkCheckAccess = (resourceAttributes) =>
  consoleFetchJSON.post(`${API_PREFIX}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`, {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes },
  }) as Promise<SelfSubjectAccessReviewKind>;

/** [isAllowed, loading]; like the console, a failed review allows (the server still enforces). */
export const useAccessReview: typeof SdkUseAccessReview = (
  attrs,
  _impersonate,
  noCheckForEmpty,
) => {
  const sessionKey = useSession();
  const {
    group = '',
    resource = '',
    subresource = '',
    verb = '',
    name = '',
    namespace = '',
  } = attrs;
  const [state, setState] = React.useState<[boolean, boolean]>([false, true]);
  React.useEffect(() => {
    if (noCheckForEmpty && !group && !resource) {
      setState([false, false]);
      return undefined;
    }
    let live = true;
    setState([false, true]);
    checkAccess({ group, resource, subresource, verb: verb || undefined, name, namespace })
      .then((r) => live && setState([Boolean(r.status?.allowed), false]))
      .catch(() => live && setState([true, false]));
    return () => {
      live = false;
    };
  }, [group, resource, subresource, verb, name, namespace, noCheckForEmpty, sessionKey]);
  return state;
};
