// @ts-check
'use strict';

const { R, createRuntime } = require('./controller-runtime');
const { dataSourceController } = require('./controller-datasource');
const { vmController } = require('./controller-vm');
const { snapshotController, restoreController } = require('./controller-snapshot');
const { cloneController } = require('./controller-clone');
const { exportController } = require('./controller-export');
const { quotaController } = require('./controller-quota');

/**
 * Small stand-ins for CDI's and KubeVirt's controllers, so the demo feels alive: each reacts to
 * store events after `delayMs` and writes status (which the watch streams as MODIFIED). This
 * module routes the events; the controller-*.js modules hold one controller each.
 *
 * @typedef {import('./store').Store} Store
 */

/** @param {Store} store @param {{delayMs?: number}} [opts] */
function createControllers(store, opts = {}) {
  const rt = createRuntime(store, opts.delayMs ?? 500);
  const { later, requeue } = rt;
  const reconcileDataSources = dataSourceController(rt);
  const reconcileVm = vmController(rt);
  const reconcileSnapshot = snapshotController(rt);
  const reconcileRestore = restoreController(rt);
  const reconcileClone = cloneController(rt);
  const reconcileExport = exportController(rt);

  const unsubscribe = store.subscribe((e) => {
    const res = e.res;
    if (res === R.pvc || res === R.vs || res === R.ds) {
      if (!(
        res === R.ds &&
        e.type === 'MODIFIED' &&
        JSON.stringify(e.old?.spec) === JSON.stringify(e.object.spec)
      ))
        later(reconcileDataSources);
    }
    if (e.type === 'DELETED') return;
    const o = e.object;
    if (
      res === R.vm &&
      (e.type === 'ADDED' || JSON.stringify(e.old?.spec) !== JSON.stringify(o.spec))
    )
      requeue(R.vm, o, reconcileVm);
    if (res === R.snap) requeue(R.snap, o, reconcileSnapshot);
    if (res === R.restore) requeue(R.restore, o, reconcileRestore);
    if (res === R.clone && e.type === 'ADDED') requeue(R.clone, o, reconcileClone);
    if (res === R.exp && e.type === 'ADDED') requeue(R.exp, o, reconcileExport);
  });

  const unsubscribeQuota = quotaController(store);

  return {
    cancelPending: rt.cancelPending,
    stop() {
      rt.stop();
      unsubscribe();
      unsubscribeQuota();
    },
  };
}

module.exports = { createControllers };
