// @ts-check
'use strict';

const { randomUUID } = require('node:crypto');
const { findResource } = require('./resources');
const { clone } = require('./store');

/**
 * What the simulated controllers derive from the cluster's state: conditions, a DataSource's
 * readiness (CDI's rules), a clone's target VM (KubeVirt's rules).
 *
 * @typedef {import('./store').Store} Store
 * @typedef {import('./resources').Resource} Resource
 */

const R = {
  pvc: /** @type {Resource} */ (findResource('', 'v1', 'persistentvolumeclaims')),
  ds: /** @type {Resource} */ (findResource('cdi.kubevirt.io', 'v1beta1', 'datasources')),
  vs: /** @type {Resource} */ (findResource('snapshot.storage.k8s.io', 'v1', 'volumesnapshots')),
};

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * @param {any[]} conds @param {string} type @param {string} status @param {string} reason @param {string} message
 */
function setCondition(conds, type, status, reason, message) {
  const list = Array.isArray(conds) ? conds.filter((c) => c.type !== type) : [];
  const prev = Array.isArray(conds) ? conds.find((c) => c.type === type) : undefined;
  const same = prev && prev.status === status && prev.reason === reason;
  list.push({
    type,
    status,
    reason,
    message,
    lastTransitionTime: same ? prev.lastTransitionTime : now(),
    lastHeartbeatTime: same ? prev.lastHeartbeatTime : now(),
  });
  return list;
}

/**
 * The conditions of a finished operation (snapshot, restore, clone): no longer Progressing, Ready.
 * @param {string} reason @param {string} message
 */
function completedConditions(reason, message) {
  return setCondition(
    setCondition([], 'Progressing', 'False', reason, message),
    'Ready',
    'True',
    reason,
    message,
  );
}

/** The DataSource's readiness from its source, as CDI's DataSource controller decides it. @param {Store} store @param {any} ds */
function dataSourceReadiness(store, ds, depth = 0) {
  const src = ds.spec?.source || {};
  const ns = ds.metadata.namespace;
  if (src.pvc) {
    const pvc = store.get(R.pvc, src.pvc.namespace || ns, src.pvc.name);
    return pvc
      ? ['True', 'Ready', 'DataSource is ready to be consumed']
      : ['False', 'NotFound', 'PVC not found'];
  }
  if (src.snapshot) {
    const vs = store.get(R.vs, src.snapshot.namespace || ns, src.snapshot.name);
    if (!vs) return ['False', 'NotFound', 'VolumeSnapshot not found'];
    return vs.status?.readyToUse
      ? ['True', 'Ready', 'DataSource is ready to be consumed']
      : ['False', 'SnapshotNotReady', 'Snapshot phase is not ready'];
  }
  if (src.dataSource) {
    const target = store.get(R.ds, src.dataSource.namespace || ns, src.dataSource.name);
    if (!target || depth > 0) return ['False', 'NotFound', 'referenced DataSource not found'];
    return dataSourceReadiness(store, target, depth + 1);
  }
  return ['False', 'NoSource', 'No source PVC set'];
}

/** A new VM from a clone's source: identity removed as KubeVirt's clone controller does. @param {any} src @param {any} cl */
function cloneTarget(src, cl) {
  const name = cl.spec?.target?.name || `clone-${cl.metadata.uid.slice(0, 8)}`;
  const vm = {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name,
      namespace: cl.metadata.namespace,
      labels: { ...(src.metadata.labels || {}) },
      annotations: { ...(src.metadata.annotations || {}) },
    },
    spec: clone(src.spec),
  };
  delete vm.metadata.annotations['kubevirt.io/latest-observed-api-version'];
  delete vm.metadata.annotations['kubevirt.io/storage-observed-api-version'];
  if (Object.keys(vm.metadata.annotations).length === 0)
    delete (/** @type {any} */ (vm.metadata).annotations);
  const tspec = vm.spec?.template?.spec;
  const macs = cl.spec?.newMacAddresses || {};
  for (const itf of tspec?.domain?.devices?.interfaces || []) {
    if (macs[itf.name]) itf.macAddress = macs[itf.name];
    else delete itf.macAddress;
  }
  const fw = tspec?.domain?.firmware;
  if (fw) {
    delete fw.uuid;
    if (cl.spec?.newSMBiosSerial) fw.serial = cl.spec.newSMBiosSerial;
    else delete fw.serial;
  }
  const renames = new Map();
  for (const t of vm.spec?.dataVolumeTemplates || []) {
    const n = `restore-${randomUUID().slice(0, 8)}-${t.metadata.name}`.slice(0, 63);
    renames.set(t.metadata.name, n);
    t.metadata.name = n;
  }
  for (const v of tspec?.volumes || [])
    if (v.dataVolume && renames.has(v.dataVolume.name))
      v.dataVolume.name = renames.get(v.dataVolume.name);
  if (vm.spec.runStrategy === undefined && vm.spec.running === undefined)
    vm.spec.runStrategy = 'Halted';
  return vm;
}

module.exports = { now, setCondition, completedConditions, dataSourceReadiness, cloneTarget };
