import type { Operation } from 'fast-json-patch';
import type { KubeObject } from '../appliance/types';

/**
 * Every request the plugin makes, behind one interface: the console SDK's implementation is
 * `sdkClient` (./sdk-client), tests pass fakes or one over the preview's demo API. Errors are thrown
 * as the SDK throws them (an object with the HTTP status).
 */
export interface K8sClient {
  /** undefined when the object does not exist (404). */
  get(
    ref: { apiVersion?: string; kind: string },
    namespace: string,
    name: string,
  ): Promise<KubeObject | undefined>;
  /** The items of a kind in a namespace (every namespace without one). */
  list(kind: string, namespace?: string): Promise<KubeObject[]>;
  /** POST with `fieldValidation=Strict`; with `dryRun` the server checks everything, stores nothing. */
  create(obj: KubeObject, opts?: { dryRun?: boolean }): Promise<KubeObject>;
  /** PUT: replaces the whole object; `metadata.resourceVersion` guards it. */
  update(obj: KubeObject): Promise<KubeObject>;
  /** JSON patch. */
  patch(obj: KubeObject, patch: Operation[]): Promise<KubeObject>;
  /** Deletes exactly this object (uid precondition when it has one). */
  remove(obj: KubeObject): Promise<void>;
}

/** `Kind name`, for messages about an object. */
export const describe = (o: KubeObject): string => `${o.kind ?? '?'} ${o.metadata?.name ?? '?'}`;
