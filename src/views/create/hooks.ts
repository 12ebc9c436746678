import * as React from 'react';
import {
  checkAccess,
  k8sGet,
  useK8sWatchResource,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../../appliance/types';
import { VirtualMachineModel } from '../../k8s/apply/sdk-client';
import { statusOf } from '../../k8s/apply/errors';
import { DataSourceGVK } from '../../k8s/models';

const InstancetypeGVK = {
  group: 'instancetype.kubevirt.io',
  version: 'v1beta1',
  kind: 'VirtualMachineClusterInstancetype',
};
const PreferenceGVK = { ...InstancetypeGVK, kind: 'VirtualMachineClusterPreference' };
const ProjectGVK = { group: 'project.openshift.io', version: 'v1', kind: 'Project' };
const NamespaceGVK = { version: 'v1', kind: 'Namespace' };

const asList = (data: unknown): KubeObject[] => (Array.isArray(data) ? (data as KubeObject[]) : []);

/** The cluster's instancetypes and preferences (they feed the unknown-name checks). */
export const useClusterCatalog = () => {
  const [its, itsLoaded, itsError] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: InstancetypeGVK,
    isList: true,
  });
  const [prefs, prefsLoaded, prefsError] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: PreferenceGVK,
    isList: true,
  });
  return React.useMemo(
    () => ({
      instancetypes: asList(its),
      preferences: asList(prefs),
      // A list that cannot be read is unknown, not empty: the checks then skip the name test.
      known: {
        ...(itsError ? {} : { instancetypes: asList(its) }),
        ...(prefsError ? {} : { preferences: asList(prefs) }),
      },
      loaded: (itsLoaded || !!itsError) && (prefsLoaded || !!prefsError),
    }),
    [its, itsLoaded, itsError, prefs, prefsLoaded, prefsError],
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
  const [projects, projectsLoaded, projectsError] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: ProjectGVK,
    isList: true,
  });
  const [nss, nssLoaded, nssError] = useK8sWatchResource<K8sResourceCommon[]>(
    projectsError ? { groupVersionKind: NamespaceGVK, isList: true } : null,
  );
  const listed = projectsError ? nssLoaded || !!nssError : projectsLoaded;
  const candidates = React.useMemo(() => {
    const names = new Set<string>(activeNamespace ? [activeNamespace] : []);
    for (const o of asList(projectsError ? nss : projects))
      if (o.metadata?.name) names.add(o.metadata.name);
    return [...names].sort();
  }, [projects, projectsError, nss, activeNamespace]);
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
