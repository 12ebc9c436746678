// @ts-check
'use strict';

const { findResource } = require('./resources');

/**
 * Kubernetes' quota controller, in small: every ResourceQuota's `status.used` follows the
 * objects of its namespace at once (VMs, PVCs, Secrets), so a tight quota really runs out and the
 * wizard's pre-flight check sees it. Only the keys the quota limits are counted, as upstream.
 *
 * @typedef {import('./store').Store} Store
 * @typedef {import('./resources').Resource} Resource
 */

const find = (/** @type {string} */ g, /** @type {string} */ v, /** @type {string} */ p) =>
  /** @type {Resource} */ (findResource(g, v, p));
const R = {
  quota: find('', 'v1', 'resourcequotas'),
  vm: find('kubevirt.io', 'v1', 'virtualmachines'),
  pvc: find('', 'v1', 'persistentvolumeclaims'),
  secret: find('', 'v1', 'secrets'),
  clusterIt: find('instancetype.kubevirt.io', 'v1beta1', 'virtualmachineclusterinstancetypes'),
  it: find('instancetype.kubevirt.io', 'v1beta1', 'virtualmachineinstancetypes'),
};

const SUFFIX = /** @type {Record<string, number>} */ ({
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
});
/** @param {unknown} q */
function quantity(q) {
  if (typeof q === 'number') return q;
  const m = typeof q === 'string' ? /^(\d+(?:\.\d+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(q) : null;
  return m ? Number(m[1]) * SUFFIX[m[2] ?? ''] : 0;
}
/** @param {number} bytes */
function bytes(bytes) {
  for (const [unit, size] of /** @type {const} */ ([
    ['Gi', 1024 ** 3],
    ['Mi', 1024 ** 2],
  ]))
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  return String(Math.round(bytes));
}

/** A VM counts while it is meant to run, with its instancetype's or its domain's size. @param {Store} store @param {any} vm */
function vmSize(store, vm) {
  if (vm.spec?.runStrategy === 'Halted' || vm.spec?.running === false) return { cpu: 0, memory: 0 };
  const ref = vm.spec?.instancetype;
  const it = ref?.name
    ? ref.kind === 'VirtualMachineInstancetype'
      ? store.get(R.it, vm.metadata.namespace, ref.name)
      : store.get(R.clusterIt, undefined, ref.name)
    : undefined;
  const domain = vm.spec?.template?.spec?.domain ?? {};
  return {
    cpu: it
      ? quantity(it.spec?.cpu?.guest)
      : quantity(domain.resources?.requests?.cpu ?? domain.cpu?.cores ?? 0),
    memory: it
      ? quantity(it.spec?.memory?.guest)
      : quantity(domain.resources?.requests?.memory ?? domain.memory?.guest ?? 0),
  };
}

/** What a namespace uses, by quota key. @param {Store} store @param {string} ns */
function usage(store, ns) {
  const vms = store.list(R.vm, ns);
  const pvcs = store.list(R.pvc, ns);
  const secrets = store.list(R.secret, ns);
  const sizes = vms.map((vm) => vmSize(store, vm));
  const cpu = sizes.reduce((s, x) => s + x.cpu, 0);
  const memory = sizes.reduce((s, x) => s + x.memory, 0);
  // A VM's disks count once their PVCs exist; until then, from its data volume templates.
  const pvcNames = new Set(pvcs.map((p) => p.metadata.name));
  const pending = vms.flatMap((vm) =>
    (vm.spec?.dataVolumeTemplates ?? []).filter(
      (/** @type {any} */ t) => !pvcNames.has(t.metadata?.name),
    ),
  );
  const storage =
    pvcs.reduce((s, p) => s + quantity(p.spec?.resources?.requests?.storage), 0) +
    pending.reduce(
      (s, t) => s + quantity((t.spec?.storage ?? t.spec?.pvc)?.resources?.requests?.storage),
      0,
    );
  return /** @type {Record<string, string>} */ ({
    cpu: String(cpu),
    'requests.cpu': String(cpu),
    'limits.cpu': String(cpu),
    memory: bytes(memory),
    'requests.memory': bytes(memory),
    'limits.memory': bytes(memory),
    'requests.storage': bytes(storage),
    persistentvolumeclaims: String(pvcs.length + pending.length),
    'count/persistentvolumeclaims': String(pvcs.length + pending.length),
    secrets: String(secrets.length),
    'count/secrets': String(secrets.length),
    'count/virtualmachines.kubevirt.io': String(vms.length),
  });
}

/** @param {Store} store @param {string} ns */
function refresh(store, ns) {
  const quotas = store.list(R.quota, ns);
  if (!quotas.length) return;
  const used = usage(store, ns);
  for (const q of quotas) {
    const hard = q.spec?.hard ?? {};
    const next = Object.fromEntries(
      Object.keys(hard)
        .filter((k) => k in used)
        .map((k) => [k, used[k]]),
    );
    if (
      JSON.stringify(q.status?.used) === JSON.stringify(next) &&
      JSON.stringify(q.status?.hard) === JSON.stringify(hard)
    )
      continue;
    store.replace(R.quota, { ...q, status: { hard, used: next } });
  }
}

/** Keeps quota usage current; returns the unsubscribe function. @param {Store} store */
function quotaController(store) {
  // Namespaces with a quota: events elsewhere (a scaled demo seeds many objects) cost nothing.
  const limited = new Set(store.list(R.quota, undefined).map((q) => q.metadata.namespace));
  for (const ns of limited) refresh(store, ns);
  const pending = new Set();
  return store.subscribe((e) => {
    if (![R.vm, R.pvc, R.secret, R.quota].includes(e.res)) return;
    const ns = e.object?.metadata?.namespace;
    if (!ns) return;
    if (e.res === R.quota) {
      // Our own status write must not loop.
      if (e.type === 'MODIFIED' && JSON.stringify(e.old?.spec) === JSON.stringify(e.object.spec))
        return;
      limited.add(ns);
    }
    if (!limited.has(ns) || pending.has(ns)) return;
    // After the write that caused it, as the real controller trails the API server.
    pending.add(ns);
    queueMicrotask(() => {
      pending.delete(ns);
      refresh(store, ns);
    });
  });
}

module.exports = { quotaController, usage };
