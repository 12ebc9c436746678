import * as React from 'react';
import {
  checkAccess,
  k8sGet,
  k8sListItems,
  useK8sWatchResource,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  CLUSTER_INSTANCETYPE,
  CLUSTER_PREFERENCE,
  NAMESPACED_INSTANCETYPE,
  NAMESPACED_PREFERENCE,
} from '../../appliance/constants';
import type { KubeObject } from '../../appliance/types';
import { VirtualMachineModel } from '../../k8s/apply/sdk-client';
import { statusOf } from '../../k8s/apply/errors';
import { DataSourceGVK } from '../../k8s/models';
import { isOwnedBy } from '../../k8s/owners';

const model = (
  apiGroup: string | undefined,
  apiVersion: string,
  kind: string,
  plural: string,
  namespaced: boolean,
): K8sModel => ({
  ...(apiGroup ? { apiGroup } : {}),
  apiVersion,
  kind,
  plural,
  abbr: kind.slice(0, 2).toUpperCase(),
  label: kind,
  labelPlural: `${kind}s`,
  namespaced,
});

const InstancetypeModel = model(
  'instancetype.kubevirt.io',
  'v1beta1',
  'VirtualMachineClusterInstancetype',
  'virtualmachineclusterinstancetypes',
  false,
);
const PreferenceModel = model(
  'instancetype.kubevirt.io',
  'v1beta1',
  'VirtualMachineClusterPreference',
  'virtualmachineclusterpreferences',
  false,
);
const NamespacedInstancetypeModel = model(
  'instancetype.kubevirt.io',
  'v1beta1',
  NAMESPACED_INSTANCETYPE,
  'virtualmachineinstancetypes',
  true,
);
const NamespacedPreferenceModel = model(
  'instancetype.kubevirt.io',
  'v1beta1',
  NAMESPACED_PREFERENCE,
  'virtualmachinepreferences',
  true,
);
const ProjectModel = model('project.openshift.io', 'v1', 'Project', 'projects', false);
const NamespaceModel = model(undefined, 'v1', 'Namespace', 'namespaces', false);
const PvcModel = model(undefined, 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true);

type ListState = { items: KubeObject[]; loaded: boolean; error?: unknown };

// Shared, so that callers memoising on a list state see no change between renders.
const NOTHING_TO_LIST: ListState = { items: [], loaded: true };
const LOADING: ListState = { items: [], loaded: false };

/**
 * Lists once instead of watching: these change rarely during a wizard, and every open watch holds
 * an HTTP connection where watches are streamed (the browser allows six per host).
 */
const useListOnce = (m: K8sModel | undefined, ns?: string): ListState => {
  const [state, setState] = React.useState<{ key: string } & ListState>();
  const key = m ? `${m.plural}/${ns ?? ''}` : '';
  React.useEffect(() => {
    if (!m) return undefined;
    let live = true;
    k8sListItems({ model: m, queryParams: ns ? { ns } : {} }).then(
      (items) => live && setState({ key, items: items as KubeObject[], loaded: true }),
      (error: unknown) => live && setState({ key, items: [], loaded: true, error }),
    );
    return () => {
      live = false;
    };
    // `key` stands for the model and namespace.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!m) return NOTHING_TO_LIST;
  return state?.key === key ? state : LOADING;
};

/** List items carry no `kind` (the list does); the core tells cluster from namespaced by it. */
const withKind = (items: KubeObject[], kind: string): KubeObject[] =>
  items.map((o) => (o.kind ? o : { ...o, kind }));

/**
 * The instancetypes and preferences a VM in `namespace` may name: the cluster-wide ones and the
 * namespace's own. They feed the unknown-name checks; a list that cannot be read is unknown, not
 * empty, so the checks then skip the name test rather than report names that may well exist.
 */
export const useClusterCatalog = (namespace?: string) => {
  const its = useListOnce(InstancetypeModel);
  const prefs = useListOnce(PreferenceModel);
  const nsIts = useListOnce(namespace ? NamespacedInstancetypeModel : undefined, namespace);
  const nsPrefs = useListOnce(namespace ? NamespacedPreferenceModel : undefined, namespace);
  return React.useMemo(() => {
    const instancetypes = withKind(its.items, CLUSTER_INSTANCETYPE);
    const preferences = withKind(prefs.items, CLUSTER_PREFERENCE);
    const namespacedInstancetypes = withKind(nsIts.items, NAMESPACED_INSTANCETYPE);
    const namespacedPreferences = withKind(nsPrefs.items, NAMESPACED_PREFERENCE);
    return {
      instancetypes,
      preferences,
      namespacedInstancetypes,
      namespacedPreferences,
      known: {
        ...(its.error || nsIts.error
          ? {}
          : { instancetypes: [...instancetypes, ...namespacedInstancetypes] }),
        ...(prefs.error || nsPrefs.error
          ? {}
          : { preferences: [...preferences, ...namespacedPreferences] }),
      },
      loaded: its.loaded && prefs.loaded && nsIts.loaded && nsPrefs.loaded,
    };
  }, [its, prefs, nsIts, nsPrefs]);
};

/** Companion PVCs of an appliance (semantics §1), for the namespace check; none otherwise. */
export const useApplianceCompanions = (dataSource?: KubeObject, isAppliance = false) => {
  const ns = dataSource?.metadata?.namespace;
  const pvcs = useListOnce(isAppliance && ns ? PvcModel : undefined, ns);
  return React.useMemo(
    () =>
      dataSource
        ? pvcs.items.filter((p) =>
            isOwnedBy(p, { name: dataSource.metadata?.name ?? '', uid: dataSource.metadata?.uid }),
          )
        : [],
    [pvcs, dataSource],
  );
};

/** One DataSource by namespace and name, watched. */
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

export interface CreatableNamespaces {
  /** Namespaces where an access review says the user may create VirtualMachines. */
  namespaces: string[];
  loaded: boolean;
}

/**
 * Candidates are the projects the user can see (OpenShift filters them per user), else the
 * namespaces, plus the one in the URL; each is kept only when an access review for `create
 * virtualmachines` there allows it.
 */
export const useCreatableNamespaces = (activeNamespace?: string): CreatableNamespaces => {
  const projects = useListOnce(ProjectModel);
  // Upstream Kubernetes has no projects: fall back to namespaces.
  const nss = useListOnce(projects.loaded && projects.error ? NamespaceModel : undefined);
  const listed = projects.loaded && (!projects.error || nss.loaded);
  const candidates = React.useMemo(() => {
    const names = new Set<string>(activeNamespace ? [activeNamespace] : []);
    for (const o of projects.error ? nss.items : projects.items)
      if (o.metadata?.name) names.add(o.metadata.name);
    return [...names].sort();
  }, [projects, nss, activeNamespace]);
  const key = candidates.join(',');
  const [state, setState] = React.useState<{ key: string; allowed: string[] }>();
  React.useEffect(() => {
    if (!listed) return undefined;
    let live = true;
    Promise.all(
      candidates.map((namespace) =>
        checkAccess({
          group: 'kubevirt.io',
          resource: 'virtualmachines',
          verb: 'create',
          namespace,
        })
          .then((r) => Boolean(r.status?.allowed))
          .catch(() => false),
      ),
    ).then((answers) => {
      if (live) setState({ key, allowed: candidates.filter((_, i) => answers[i]) });
    });
    return () => {
      live = false;
    };
    // `key` stands for `candidates`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, listed]);
  return {
    namespaces: state?.key === key ? state.allowed : [],
    loaded: listed && state?.key === key,
  };
};

export type NameStatus = 'idle' | 'checking' | 'free' | 'taken' | 'unknown';

/** Whether a VirtualMachine of that name exists (k8sGet: 404 means free), debounced. */
export const useNameCheck = (namespace: string, name: string, enabled: boolean): NameStatus => {
  const [status, setStatus] = React.useState<{ key: string; value: NameStatus }>();
  const key = `${namespace}/${name}`;
  React.useEffect(() => {
    if (!enabled || !namespace || !name) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      k8sGet({ model: VirtualMachineModel, ns: namespace, name })
        .then(() => live && setStatus({ key, value: 'taken' }))
        .catch((e: unknown) => {
          if (!live) return;
          // 403: the user may not read VMs there; the dry run will still catch a taken name.
          setStatus({ key, value: statusOf(e) === 404 ? 'free' : 'unknown' });
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, namespace, name, enabled]);
  if (!enabled || !namespace || !name) return 'idle';
  return status?.key === key ? status.value : 'checking';
};
