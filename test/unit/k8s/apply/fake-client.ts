import type { Operation } from 'fast-json-patch';
import { applyPatch } from 'fast-json-patch';
import type { KubeObject } from '../../../../src/appliance/types';
import type { ApplyClient } from '../../../../src/k8s/apply';

export interface Call {
  op: 'create' | 'dry-run' | 'patch' | 'remove';
  kind: string;
  name: string;
}

/** An error shaped like the SDK's HttpError with a Kubernetes Status body. */
export const httpError = (code: number, message: string, causes?: unknown[]) =>
  Object.assign(new Error(message), {
    code,
    json: { kind: 'Status', code, message, ...(causes ? { details: { causes } } : {}) },
  });

/** An in-memory API: names are unique per kind and namespace; failures injected per call. */
export const fakeClient = () => {
  const store = new Map<string, KubeObject>();
  const calls: Call[] = [];
  const failures: Array<{ op: Call['op']; kind: string; error: unknown }> = [];
  let uid = 0;
  const key = (o: KubeObject) => `${o.kind}/${o.metadata?.namespace}/${o.metadata?.name}`;
  const maybeFail = (op: Call['op'], o: KubeObject) => {
    const i = failures.findIndex((f) => f.op === op && f.kind === o.kind);
    if (i >= 0) throw failures.splice(i, 1)[0].error;
  };
  const client: ApplyClient = {
    async create(obj, opts) {
      const dryRun = !!opts?.dryRun;
      const op = dryRun ? 'dry-run' : 'create';
      calls.push({ op, kind: obj.kind ?? '', name: obj.metadata?.name ?? '' });
      maybeFail(op, obj);
      if (store.has(key(obj)))
        throw httpError(409, `${obj.kind} "${obj.metadata?.name}" already exists`);
      uid += 1;
      const made = structuredClone(obj);
      made.metadata = { ...made.metadata, uid: `uid-${uid}` };
      if (!dryRun) store.set(key(made), made);
      return structuredClone(made);
    },
    async patch(obj, patch: Operation[]) {
      calls.push({ op: 'patch', kind: obj.kind ?? '', name: obj.metadata?.name ?? '' });
      maybeFail('patch', obj);
      const cur = store.get(key(obj));
      if (!cur) throw httpError(404, 'not found');
      const next = applyPatch(structuredClone(cur), patch).newDocument;
      store.set(key(obj), next);
      return next;
    },
    async remove(obj) {
      calls.push({ op: 'remove', kind: obj.kind ?? '', name: obj.metadata?.name ?? '' });
      maybeFail('remove', obj);
      if (!store.delete(key(obj)))
        throw httpError(404, `${obj.kind} "${obj.metadata?.name}" not found`);
    },
  };
  return {
    client,
    store,
    calls,
    failOnce: (op: Call['op'], kind: string, error: unknown) => failures.push({ op, kind, error }),
  };
};

export const secret = (name: string, ns = 'demo'): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace: ns },
  stringData: { key: 'ssh-ed25519 AAAA test' },
});

export const vm = (name: string, ns = 'demo'): KubeObject => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name, namespace: ns },
  spec: { runStrategy: 'Always', template: { spec: { domain: { devices: {} } } } },
});
