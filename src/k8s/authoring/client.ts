import type { Operation } from 'fast-json-patch';
import type { KubeObject } from '../../appliance/types';

/**
 * The requests authoring makes. The SDK-backed client is in ./sdk-client; tests use one over the
 * preview's demo API. Errors are thrown as the SDK throws them (an object with the HTTP status).
 */
export interface AuthoringClient {
  /** undefined when the object does not exist (404). */
  get(
    ref: { apiVersion: string; kind: string },
    namespace: string,
    name: string,
  ): Promise<KubeObject | undefined>;
  create(obj: KubeObject, opts?: { dryRun?: boolean }): Promise<KubeObject>;
  /** PUT: replaces the whole object; `metadata.resourceVersion` guards it. */
  update(obj: KubeObject): Promise<KubeObject>;
  /** JSON patch. */
  patch(obj: KubeObject, patch: Operation[]): Promise<KubeObject>;
  /** Deletes exactly this object (uid precondition when it has one). */
  remove(obj: KubeObject): Promise<void>;
}

export const describe = (o: KubeObject): string => `${o.kind ?? '?'} ${o.metadata?.name ?? '?'}`;
