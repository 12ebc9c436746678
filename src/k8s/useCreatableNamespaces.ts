import * as React from 'react';
import { checkAccess } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, ProjectModel } from './models';
import { useAsync } from './useAsync';
import { useWatchList } from './useWatchList';

export interface CreatableNamespaces {
  /** Namespaces where an access review says the user may create VirtualMachines. */
  namespaces: string[];
  loaded: boolean;
}

const mayCreateVms = (namespace: string) =>
  checkAccess({ group: 'kubevirt.io', resource: 'virtualmachines', verb: 'create', namespace })
    .then((r) => Boolean(r.status?.allowed))
    .catch(() => false);

/**
 * Candidates are the projects the user can see (OpenShift filters them per user), else the
 * namespaces, plus the one in the URL; each is kept only when an access review for `create
 * virtualmachines` there allows it.
 */
export const useCreatableNamespaces = (activeNamespace?: string): CreatableNamespaces => {
  const projects = useWatchList(ProjectModel);
  // Upstream Kubernetes has no projects: fall back to namespaces.
  const nss = useWatchList(projects.loaded && projects.error ? NamespaceModel : undefined);
  const listed = projects.loaded && (!projects.error || nss.loaded);
  const candidates = React.useMemo(() => {
    const names = new Set<string>(activeNamespace ? [activeNamespace] : []);
    for (const o of projects.error ? nss.items : projects.items)
      if (o.metadata?.name) names.add(o.metadata.name);
    return [...names].sort();
  }, [projects, nss, activeNamespace]);
  const reviews = useAsync(listed ? candidates.join(',') : undefined, async () => {
    const answers = await Promise.all(candidates.map(mayCreateVms));
    return candidates.filter((_, i) => answers[i]);
  });
  // A project that appears or goes while the wizard is open changes the candidates: the last answer
  // stands until the new one is in, so the page never falls back to its loading state.
  const previous = reviews.status === 'loading' ? reviews.previous : undefined;
  return {
    namespaces: reviews.status === 'done' ? reviews.value : (previous ?? []),
    loaded: reviews.status === 'done' || reviews.status === 'failed' || previous !== undefined,
  };
};
