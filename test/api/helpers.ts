import { startApiServer, StartedApiServer } from '../../preview/api/server';

/* eslint-disable @typescript-eslint/no-explicit-any */

export const GOLDEN = 'openshift-virtualization-os-images';
export const VMS = '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines';
export const DATASOURCES = '/apis/cdi.kubevirt.io/v1beta1/namespaces';
export const PVCS = '/api/v1/namespaces/demo/persistentvolumeclaims';

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

/** A demo API on a free port, with fast controllers and test hooks. */
export function startTestApi(
  extra: { controllerDelayMs?: number } = {},
): Promise<StartedApiServer> {
  return startApiServer({
    port: 0,
    testHooks: true,
    controllerDelayMs: extra.controllerDelayMs ?? 20,
    gcDelayMs: 5,
  });
}

/** Calls the API over plain HTTP as `user` (no header: admin). */
export function client(base: string, user?: string) {
  return async (
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (user) headers['Impersonate-User'] = user;
    if (body !== undefined) headers['Content-Type'] = contentType;
    const url = path.startsWith('/api/test/') ? `${base}${path}` : `${base}/api/kubernetes${path}`;
    const r = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, headers: r.headers, body: text ? JSON.parse(text) : undefined };
  };
}

/** Polls until `fn` returns a truthy value (or fails with the last value seen). */
export async function waitFor<T>(fn: () => Promise<T>, what: string, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

export interface WatchEvent {
  type: string;
  object: any;
}

/** An open watch stream: collects newline-delimited JSON events. */
export async function openWatch(base: string, path: string, user?: string) {
  const ctl = new AbortController();
  const headers: Record<string, string> = {};
  if (user) headers['Impersonate-User'] = user;
  const res = await fetch(`${base}/api/kubernetes${path}`, { headers, signal: ctl.signal });
  const events: WatchEvent[] = [];
  let ended = false;
  let buffer = '';
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const pump = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let i;
        while ((i = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 1);
          if (line.trim()) events.push(JSON.parse(line));
        }
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
    }
  })();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    isEnded: () => ended,
    async until(pred: (evs: WatchEvent[]) => boolean, what: string, timeoutMs = 3000) {
      return waitFor(async () => pred(events), what, timeoutMs);
    },
    async close() {
      ctl.abort();
      await pump;
    },
  };
}

export function vm(name: string, extra: Record<string, any> = {}): any {
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name, namespace: 'demo', labels: { app: 'test' } },
    spec: {
      runStrategy: 'Halted',
      instancetype: { kind: 'VirtualMachineClusterInstancetype', name: 'u1.small' },
      preference: { kind: 'VirtualMachineClusterPreference', name: 'fedora' },
      template: {
        spec: {
          domain: { devices: { disks: [{ name: 'rootdisk', disk: { bus: 'virtio' } }] } },
          volumes: [
            { name: 'rootdisk', containerDisk: { image: 'quay.io/containerdisks/fedora:latest' } },
          ],
        },
      },
      ...extra,
    },
  };
}

export function pvc(name: string, extra: Record<string, any> = {}): any {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, ...extra },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  };
}
