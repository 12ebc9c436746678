// @ts-check
'use strict';

const { RESOURCES } = require('./resources');

/**
 * Background garbage collection, as the kube-controller-manager does it: an object all of whose
 * owners (by uid) are gone is deleted; so is everything in a deleted namespace. Runs shortly
 * after any change, so deletes cascade through chains of owners.
 *
 * @typedef {import('./store').Store} Store
 */

/** @param {Store} store @param {{delayMs?: number}} [opts] */
function createGarbageCollector(store, opts = {}) {
  const delayMs = opts.delayMs ?? 20;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  let stopped = false;
  const nsRes = RESOURCES.find((r) => r.plural === 'namespaces' && r.group === '');

  const pass = () => {
    timer = undefined;
    if (stopped) return;
    const all = store.all();
    const uids = new Set(all.map((e) => e.obj.metadata.uid));
    const namespaces = new Set(all.filter((e) => e.res === nsRes).map((e) => e.obj.metadata.name));
    for (const { res, obj } of all) {
      const refs = (obj.metadata.ownerReferences || []).filter(
        (/** @type {any} */ r) => r && r.uid,
      );
      const orphaned = refs.length > 0 && refs.every((/** @type {any} */ r) => !uids.has(r.uid));
      const nsGone = res.namespaced && !namespaces.has(obj.metadata.namespace);
      if (orphaned || nsGone) store.remove(res, obj.metadata.namespace, obj.metadata.name);
    }
  };

  const schedule = () => {
    if (!stopped && !timer) timer = setTimeout(pass, delayMs);
  };
  const unsubscribe = store.subscribe((e) => {
    if (e.type === 'DELETED' || (e.object.metadata.ownerReferences || []).length > 0) schedule();
  });

  return {
    schedule,
    runNow: pass,
    stop() {
      stopped = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

module.exports = { createGarbageCollector };
