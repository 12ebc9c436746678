import type {
  k8sCreate as SdkK8sCreate,
  k8sDelete as SdkK8sDelete,
  k8sGet as SdkK8sGet,
  k8sList as SdkK8sList,
  k8sListItems as SdkK8sListItems,
  k8sPatch as SdkK8sPatch,
  k8sUpdate as SdkK8sUpdate,
  K8sModel,
  K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';
import {
  getAPIVersionForModel,
  resourceURL,
  selectorToString,
  type ResourceURLOptions,
} from './models';

// Same shapes as the SDK: option objects, URL from the model, namespace from the object.

export const k8sGet: typeof SdkK8sGet = ({ model, name, ns, path, queryParams, requestInit }) =>
  consoleFetchJSON(resourceURL(model, { ns, name, path, queryParams }), 'GET', requestInit);

export const k8sCreate: typeof SdkK8sCreate = ({ model, data, ns, name, path, queryParams }) =>
  consoleFetchJSON.post(
    resourceURL(model, { ns: ns ?? data?.metadata?.namespace, name, path, queryParams }),
    data,
  );

export const k8sUpdate: typeof SdkK8sUpdate = ({ model, data, ns, name, path, queryParams }) =>
  consoleFetchJSON.put(
    resourceURL(model, {
      ns: ns || data.metadata?.namespace,
      name: name || data.metadata?.name,
      path,
      queryParams,
    }),
    data,
  );

/** The URL of an existing resource: namespace and name from the options, else from the object. */
const existingResourceURL = (
  model: K8sModel,
  resource: K8sResourceCommon,
  { ns, name, path, queryParams }: ResourceURLOptions,
) =>
  resourceURL(model, {
    ns: ns ?? resource.metadata?.namespace,
    name: name ?? resource.metadata?.name,
    path,
    queryParams,
  });

export const k8sPatch: typeof SdkK8sPatch = async ({
  model,
  resource,
  data,
  ns,
  name,
  path,
  queryParams,
}) => {
  const patches = data.filter(Boolean);
  // The SDK skips the request for an empty patch and hands back the resource unchanged.
  if (patches.length === 0) return resource;
  return consoleFetchJSON.patch(
    existingResourceURL(model, resource, { ns, name, path, queryParams }),
    patches,
  );
};

export const k8sDelete: typeof SdkK8sDelete = ({
  model,
  resource,
  ns,
  name,
  path,
  queryParams,
  requestInit,
  json,
}) => {
  const body =
    json ??
    (model.propagationPolicy
      ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy }
      : undefined);
  return consoleFetchJSON.delete(
    existingResourceURL(model, resource, { ns, name, path, queryParams }),
    body,
    requestInit,
  );
};

type ListResult = K8sResourceCommon & { items?: K8sResourceCommon[]; apiVersion?: string };

/** Lists like the SDK: `queryParams.ns` scopes the namespace, `labelSelector` may be an object. */
export const k8sList: typeof SdkK8sList = async (options) => {
  const { model, queryParams = {}, requestInit } = options;
  const raw = Boolean((options as { raw?: boolean }).raw);
  const { ns, labelSelector, ...rest } = queryParams as Record<string, unknown>;
  const query: Record<string, string | undefined> = {};
  Object.entries(rest).forEach(([k, v]) => {
    if (v !== undefined && v !== null) query[k] = String(v);
  });
  if (labelSelector) query.labelSelector = selectorToString(labelSelector as never);
  const result: ListResult = await consoleFetchJSON(
    resourceURL(model, { ns: typeof ns === 'string' ? ns : undefined, queryParams: query }),
    'GET',
    requestInit,
  );
  // The API leaves kind/apiVersion off list items; the console fills them in.
  const items = (result.items ?? []).map((i) => ({
    kind: model.kind,
    apiVersion: result.apiVersion ?? getAPIVersionForModel(model),
    ...i,
  }));
  return (raw ? { ...result, items } : items) as never;
};

export const k8sListItems: typeof SdkK8sListItems = async (options) => {
  const result = (await k8sList(options)) as unknown;
  return (Array.isArray(result) ? result : (result as { items: never[] }).items) as never;
};
