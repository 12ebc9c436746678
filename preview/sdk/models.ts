import type {
  getAPIVersionForModel as SdkGetAPIVersionForModel,
  getGroupVersionKindForModel as SdkGetGroupVersionKindForModel,
  getGroupVersionKindForResource as SdkGetGroupVersionKindForResource,
  K8sGroupVersionKind,
  K8sModel,
  QueryParams,
  Selector,
} from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';

export const API_PREFIX = '/api/kubernetes';

export const getAPIVersionForModel: typeof SdkGetAPIVersionForModel = (model) =>
  model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;

export const getGroupVersionKindForModel: typeof SdkGetGroupVersionKindForModel = (model) => ({
  ...(model.apiGroup ? { group: model.apiGroup } : {}),
  version: model.apiVersion,
  kind: model.kind,
});

export const getGroupVersionKindForResource: typeof SdkGetGroupVersionKindForResource = (
  resource,
) => {
  const apiVersion = resource.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { version: apiVersion, kind: resource.kind ?? '' }
    : {
        group: apiVersion.slice(0, slash),
        version: apiVersion.slice(slash + 1),
        kind: resource.kind ?? '',
      };
};

/** The console's `group~version~Kind` reference (core kinds: `core~v1~Kind`). */
export const referenceFor = ({ group, version, kind }: K8sGroupVersionKind): string =>
  `${group || 'core'}~${version}~${kind}`;

/** Parses `group~version~Kind`; a bare word is a core v1 Kind (the SDK's deprecated `kind` form). */
export const parseReference = (ref: string): K8sGroupVersionKind => {
  const parts = ref.split('~');
  if (parts.length === 3) {
    const [group, version, kind] = parts;
    return { ...(group && group !== 'core' ? { group } : {}), version, kind };
  }
  return { version: 'v1', kind: ref };
};

/** Label selector object to the API's string form (matchLabels and matchExpressions). */
export const selectorToString = (selector?: Selector | string): string => {
  if (!selector) return '';
  if (typeof selector === 'string') return selector;
  const terms: string[] = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    switch (operator) {
      case 'Exists':
        terms.push(key);
        break;
      case 'DoesNotExist':
        terms.push(`!${key}`);
        break;
      case 'In':
        terms.push(`${key} in (${values.join(',')})`);
        break;
      case 'NotIn':
        terms.push(`${key} notin (${values.join(',')})`);
        break;
      case 'Equals':
        terms.push(`${key}=${values[0] ?? ''}`);
        break;
      case 'NotEqual':
      case 'NotEquals':
        terms.push(`${key}!=${values[0] ?? ''}`);
        break;
      default:
        throw new Error(`Label selector operator "${operator}" is not supported by the preview`);
    }
  }
  return terms.join(',');
};

export type ResourceURLOptions = {
  ns?: string;
  name?: string;
  path?: string;
  queryParams?: QueryParams | Record<string, string | undefined>;
};

/** The console's resource URL under /api/kubernetes (namespace only for namespaced models). */
export const resourceURL = (
  model: K8sModel,
  { ns, name, path, queryParams }: ResourceURLOptions = {},
) => {
  let url = `${API_PREFIX}/${model.apiGroup ? `apis/${model.apiGroup}` : 'api'}/${model.apiVersion}`;
  if (ns && model.namespaced) url += `/namespaces/${encodeURIComponent(ns)}`;
  url += `/${model.plural}`;
  if (name) url += `/${encodeURIComponent(name)}`;
  if (path) url += `/${path}`;
  const query = new URLSearchParams();
  Object.entries(queryParams ?? {}).forEach(([k, v]) => {
    if (v !== undefined && v !== null) query.set(k, String(v));
  });
  const qs = query.toString();
  return qs ? `${url}?${qs}` : url;
};

type APIResource = {
  name: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  verbs?: string[];
};

const discoveryCache = new Map<string, Promise<APIResource[]>>();
const modelCache = new Map<string, K8sModel>();

const discover = (group: string | undefined, version: string): Promise<APIResource[]> => {
  const key = `${group ?? ''}/${version}`;
  let pending = discoveryCache.get(key);
  if (!pending) {
    const url = group ? `${API_PREFIX}/apis/${group}/${version}` : `${API_PREFIX}/api/${version}`;
    pending = consoleFetchJSON(url).then(
      (list: { resources?: APIResource[] }) => list.resources ?? [],
    );
    // A failed discovery is retried on the next use rather than cached.
    pending.catch(() => discoveryCache.delete(key));
    discoveryCache.set(key, pending);
  }
  return pending;
};

/** The model the console would have in its store for this kind, from API discovery. */
export const modelFor = async (gvk: K8sGroupVersionKind): Promise<K8sModel> => {
  const ref = referenceFor(gvk);
  const cached = modelCache.get(ref);
  if (cached) return cached;
  const resources = await discover(gvk.group, gvk.version);
  const found = resources.find((r) => r.kind === gvk.kind && !r.name.includes('/'));
  if (!found) {
    throw new Error(
      `The API does not serve ${gvk.kind} in ${gvk.group ? `${gvk.group}/` : ''}${gvk.version}`,
    );
  }
  const model: K8sModel = {
    apiGroup: gvk.group || undefined,
    apiVersion: gvk.version,
    kind: gvk.kind,
    plural: found.name,
    namespaced: found.namespaced,
    abbr: gvk.kind.replace(/[a-z]/g, '').slice(0, 4) || gvk.kind.slice(0, 2).toUpperCase(),
    label: gvk.kind,
    labelPlural: `${gvk.kind}s`,
    shortNames: found.shortNames,
    verbs: found.verbs as K8sModel['verbs'],
  };
  modelCache.set(ref, model);
  return model;
};

export const cachedModel = (gvk: K8sGroupVersionKind): K8sModel | undefined =>
  modelCache.get(referenceFor(gvk));
