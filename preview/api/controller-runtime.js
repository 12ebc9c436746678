// @ts-check
'use strict';

const { findResource } = require('./resources');

/**
 * What every simulated controller shares: the resources they watch and write, delayed work that
 * `stop()` cancels, and status writes that settle.
 *
 * @typedef {import('./store').Store} Store
 * @typedef {import('./resources').Resource} Resource
 * @typedef {{
 *   store: Store,
 *   later: (fn: () => void, ms?: number) => void,
 *   requeue: (res: Resource, obj: any, fn: (cur: any) => void) => void,
 *   writeStatus: (res: Resource, obj: any, status: any) => void,
 *   cancelPending: () => void,
 *   stop: () => void,
 * }} Runtime
 */

const R = {
  pvc: /** @type {Resource} */ (findResource('', 'v1', 'persistentvolumeclaims')),
  ds: /** @type {Resource} */ (findResource('cdi.kubevirt.io', 'v1beta1', 'datasources')),
  vm: /** @type {Resource} */ (findResource('kubevirt.io', 'v1', 'virtualmachines')),
  snap: /** @type {Resource} */ (
    findResource('snapshot.kubevirt.io', 'v1beta1', 'virtualmachinesnapshots')
  ),
  restore: /** @type {Resource} */ (
    findResource('snapshot.kubevirt.io', 'v1beta1', 'virtualmachinerestores')
  ),
  clone: /** @type {Resource} */ (
    findResource('clone.kubevirt.io', 'v1beta1', 'virtualmachineclones')
  ),
  vs: /** @type {Resource} */ (findResource('snapshot.storage.k8s.io', 'v1', 'volumesnapshots')),
  exp: /** @type {Resource} */ (
    findResource('export.kubevirt.io', 'v1beta1', 'virtualmachineexports')
  ),
};

/** @param {Store} store @param {number} delayMs @returns {Runtime} */
function createRuntime(store, delayMs) {
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();
  let stopped = false;

  /** @param {() => void} fn @param {number} [ms] */
  const later = (fn, ms = delayMs) => {
    if (stopped) return;
    const t = setTimeout(() => {
      timers.delete(t);
      if (!stopped) fn();
    }, ms);
    timers.add(t);
  };

  /** Runs `fn` later on the object's current state, unless it is gone or replaced by then. @param {Resource} res @param {any} obj @param {(cur: any) => void} fn */
  const requeue = (res, obj, fn) =>
    later(() => {
      const cur = store.get(res, obj.metadata.namespace, obj.metadata.name);
      if (cur && cur.metadata.uid === obj.metadata.uid) fn(cur);
    });

  /** Writes status only when it changed, so controllers settle. @param {Resource} res @param {any} obj @param {any} status */
  const writeStatus = (res, obj, status) => {
    const cur = store.get(res, obj.metadata.namespace, obj.metadata.name);
    if (!cur || cur.metadata.uid !== obj.metadata.uid) return;
    if (JSON.stringify(cur.status) === JSON.stringify(status)) return;
    cur.status = status;
    store.replace(res, cur);
  };

  const cancelPending = () => {
    for (const t of timers) clearTimeout(t);
    timers.clear();
  };

  return {
    store,
    later,
    requeue,
    writeStatus,
    cancelPending,
    stop() {
      stopped = true;
      cancelPending();
    },
  };
}

module.exports = { R, createRuntime };
