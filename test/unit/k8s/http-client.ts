import type { Operation } from 'fast-json-patch';
import type { K8sClient } from '../../../src/k8s/client';
import { modelFor } from '../../../src/k8s/models';
import type { KubeObject } from '../../../src/appliance/types';

/** An error shaped like the SDK's HttpError (status in `code`, Status body in `json`). */
class FakeHttpError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly json: unknown,
  ) {
    super(message);
  }
}

const urlFor = (base: string, kind: string, ns: string, name?: string) => {
  const m = modelFor(kind);
  const prefix = m.apiGroup ? `/apis/${m.apiGroup}/${m.apiVersion}` : `/api/${m.apiVersion}`;
  return `${base}/api/kubernetes${prefix}/namespaces/${ns}/${m.plural}${name ? `/${name}` : ''}`;
};

/** The authoring client over plain HTTP against the preview's demo API (as the console proxies). */
export const httpClient = (base: string, user?: string): K8sClient => {
  const call = async (method: string, url: string, body?: unknown, type = 'application/json') => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (user) headers['Impersonate-User'] = user;
    if (body !== undefined) headers['Content-Type'] = type;
    const r = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!r.ok) throw new FakeHttpError(json?.message ?? `HTTP ${r.status}`, r.status, json);
    return json as KubeObject;
  };
  const ns = (o: KubeObject) => o.metadata?.namespace ?? '';
  return {
    get: async (ref, namespace, name) => {
      try {
        return await call('GET', urlFor(base, ref.kind, namespace, name));
      } catch (e) {
        if ((e as FakeHttpError).code === 404) return undefined;
        throw e;
      }
    },
    list: async (kind, namespace) => {
      const m = modelFor(kind);
      const prefix = m.apiGroup ? `/apis/${m.apiGroup}/${m.apiVersion}` : `/api/${m.apiVersion}`;
      const where = namespace ? `/namespaces/${namespace}` : '';
      const list = (await call('GET', `${base}/api/kubernetes${prefix}${where}/${m.plural}`)) as {
        items?: KubeObject[];
      };
      return list.items ?? [];
    },
    create: (obj, opts) =>
      call(
        'POST',
        `${urlFor(base, obj.kind ?? '', ns(obj))}?fieldValidation=Strict${opts?.dryRun ? '&dryRun=All' : ''}`,
        obj,
      ),
    update: (obj) => call('PUT', urlFor(base, obj.kind ?? '', ns(obj), obj.metadata?.name), obj),
    patch: (obj, patch: Operation[]) =>
      call(
        'PATCH',
        urlFor(base, obj.kind ?? '', ns(obj), obj.metadata?.name),
        patch,
        'application/json-patch+json',
      ),
    remove: async (obj) => {
      await call('DELETE', urlFor(base, obj.kind ?? '', ns(obj), obj.metadata?.name), {
        kind: 'DeleteOptions',
        apiVersion: 'v1',
        ...(obj.metadata?.uid ? { preconditions: { uid: obj.metadata.uid } } : {}),
      });
    },
  };
};
