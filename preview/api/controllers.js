// @ts-check
'use strict';

const { findResource } = require('./resources');
const { clone } = require('./store');
const { now, setCondition, dataSourceReadiness, cloneTarget } = require('./derived');

/**
 * Small stand-ins for CDI's and KubeVirt's controllers, so the demo feels alive: each reacts to
 * store events after `delayMs` and writes status (which the watch streams as MODIFIED).
 *
 * @typedef {import('./store').Store} Store
 * @typedef {import('./resources').Resource} Resource
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

/** @param {Store} store @param {{delayMs?: number}} [opts] */
function createControllers(store, opts = {}) {
  const delayMs = opts.delayMs ?? 500;
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

  /** Writes status only when it changed, so controllers settle. @param {Resource} res @param {any} obj @param {any} status */
  const writeStatus = (res, obj, status) => {
    const cur = store.get(res, obj.metadata.namespace, obj.metadata.name);
    if (!cur || cur.metadata.uid !== obj.metadata.uid) return;
    if (JSON.stringify(cur.status) === JSON.stringify(status)) return;
    cur.status = status;
    store.replace(res, cur);
  };

  const reconcileDataSources = () => {
    for (const ds of store.list(R.ds, undefined)) {
      const [status, reason, message] = dataSourceReadiness(store, ds);
      const prev = (ds.status?.conditions || []).find((/** @type {any} */ c) => c.type === 'Ready');
      if (prev && prev.status === status && prev.reason === reason) continue;
      writeStatus(R.ds, ds, {
        ...(ds.status || {}),
        source: clone(ds.spec?.source || {}),
        conditions: setCondition(ds.status?.conditions, 'Ready', status, reason, message),
      });
    }
  };

  /** @param {any} vm */
  const reconcileVm = (vm) => {
    const rs =
      vm.spec?.runStrategy ??
      (vm.spec?.running === true ? 'Always' : vm.spec?.running === false ? 'Halted' : undefined);
    const st = vm.status || {};
    if (rs === 'Always' || rs === 'RerunOnFailure' || rs === 'Once') {
      if (st.printableStatus === 'Running') return;
      if (st.printableStatus !== 'Provisioning' && st.printableStatus !== 'Starting') {
        writeStatus(R.vm, vm, {
          ...st,
          printableStatus: 'Provisioning',
          created: false,
          ready: false,
          conditions: setCondition(
            st.conditions,
            'Ready',
            'False',
            'Provisioning',
            'VM is being provisioned',
          ),
        });
        later(() => {
          const cur = store.get(R.vm, vm.metadata.namespace, vm.metadata.name);
          if (cur && cur.metadata.uid === vm.metadata.uid) reconcileVm(cur);
        });
        return;
      }
      writeStatus(R.vm, vm, {
        ...st,
        printableStatus: 'Running',
        created: true,
        ready: true,
        runStrategy: rs,
        conditions: setCondition(st.conditions, 'Ready', 'True', '', ''),
      });
    } else if (rs === 'Halted') {
      if (st.printableStatus === 'Stopped') return;
      writeStatus(R.vm, vm, {
        ...st,
        printableStatus: 'Stopped',
        created: false,
        ready: false,
        runStrategy: rs,
        conditions: setCondition(
          st.conditions,
          'Ready',
          'False',
          'VMINotExists',
          'VMI does not exist',
        ),
      });
    }
  };

  /** @param {any} s */
  const reconcileSnapshot = (s) => {
    if (s.status?.phase === 'Succeeded' || s.status?.phase === 'Failed') return;
    const src = store.get(R.vm, s.metadata.namespace, s.spec?.source?.name || '');
    if (!src) {
      writeStatus(R.snap, s, {
        phase: 'InProgress',
        readyToUse: false,
        error: { message: `VirtualMachine "${s.spec?.source?.name}" not found`, time: now() },
      });
      return;
    }
    writeStatus(R.snap, s, {
      phase: 'Succeeded',
      readyToUse: true,
      creationTime: now(),
      sourceUID: src.metadata.uid,
      virtualMachineSnapshotContentName: `vmsnapshot-content-${s.metadata.uid}`,
      indications: ['Online'],
      conditions: setCondition(
        setCondition([], 'Progressing', 'False', 'Operation complete', 'Operation complete'),
        'Ready',
        'True',
        'Operation complete',
        'Operation complete',
      ),
    });
  };

  /** @param {any} r */
  const reconcileRestore = (r) => {
    if (r.status?.complete) return;
    const snap = store.get(R.snap, r.metadata.namespace, r.spec?.virtualMachineSnapshotName || '');
    if (!snap || !snap.status?.readyToUse) {
      writeStatus(R.restore, r, {
        complete: false,
        conditions: setCondition(
          [],
          'Ready',
          'False',
          'Waiting',
          `VirtualMachineSnapshot "${r.spec?.virtualMachineSnapshotName}" is not ready`,
        ),
      });
      return;
    }
    writeStatus(R.restore, r, {
      complete: true,
      restoreTime: now(),
      conditions: setCondition(
        setCondition([], 'Progressing', 'False', 'Operation complete', 'Operation complete'),
        'Ready',
        'True',
        'Operation complete',
        'Operation complete',
      ),
    });
  };

  /** @param {any} cl */
  const reconcileClone = (cl) => {
    if (cl.status?.phase === 'Succeeded' || cl.status?.phase === 'Failed') return;
    const srcKind = cl.spec?.source?.kind;
    let srcVm;
    if (srcKind === 'VirtualMachine')
      srcVm = store.get(R.vm, cl.metadata.namespace, cl.spec.source.name);
    else if (srcKind === 'VirtualMachineSnapshot') {
      const s = store.get(R.snap, cl.metadata.namespace, cl.spec.source.name);
      srcVm = s && store.get(R.vm, cl.metadata.namespace, s.spec?.source?.name || '');
    }
    if (!srcVm) {
      writeStatus(R.clone, cl, {
        phase: 'Failed',
        conditions: setCondition(
          [],
          'Ready',
          'False',
          'SourceNotFound',
          `source ${srcKind} "${cl.spec?.source?.name}" not found`,
        ),
      });
      return;
    }
    if (cl.status?.phase !== 'SnapshotInProgress') {
      writeStatus(R.clone, cl, {
        phase: 'SnapshotInProgress',
        conditions: setCondition(
          [],
          'Progressing',
          'True',
          'SnapshotInProgress',
          'Creating a snapshot of the source',
        ),
      });
      later(() => {
        const cur = store.get(R.clone, cl.metadata.namespace, cl.metadata.name);
        if (cur && cur.metadata.uid === cl.metadata.uid) reconcileClone(cur);
      });
      return;
    }
    const target = cloneTarget(srcVm, cl);
    if (store.get(R.vm, target.metadata.namespace, target.metadata.name)) {
      writeStatus(R.clone, cl, {
        phase: 'Failed',
        conditions: setCondition(
          [],
          'Ready',
          'False',
          'TargetExists',
          `target VirtualMachine "${target.metadata.name}" already exists`,
        ),
      });
      return;
    }
    store.create(R.vm, target);
    writeStatus(R.clone, cl, {
      phase: 'Succeeded',
      targetName: target.metadata.name,
      creationTime: now(),
      conditions: setCondition(
        setCondition([], 'Progressing', 'False', 'Succeeded', 'Clone succeeded'),
        'Ready',
        'True',
        'Succeeded',
        'Clone succeeded',
      ),
    });
  };

  /** @param {any} e */
  const reconcileExport = (e) => {
    if (e.status?.phase === 'Ready') return;
    writeStatus(R.exp, e, {
      phase: 'Ready',
      serviceName: `virt-export-${e.metadata.name}`,
      conditions: setCondition([], 'Ready', 'True', 'PodReady', ''),
    });
  };

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
    /** @param {(x: any) => void} fn @param {Resource} r */
    const again = (fn, r) =>
      later(() => {
        const cur = store.get(r, o.metadata.namespace, o.metadata.name);
        if (cur && cur.metadata.uid === o.metadata.uid) fn(cur);
      });
    if (
      res === R.vm &&
      (e.type === 'ADDED' || JSON.stringify(e.old?.spec) !== JSON.stringify(o.spec))
    )
      again(reconcileVm, R.vm);
    if (res === R.snap) again(reconcileSnapshot, R.snap);
    if (res === R.restore) again(reconcileRestore, R.restore);
    if (res === R.clone && e.type === 'ADDED') again(reconcileClone, R.clone);
    if (res === R.exp && e.type === 'ADDED') again(reconcileExport, R.exp);
  });

  return {
    cancelPending() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
    stop() {
      stopped = true;
      unsubscribe();
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}

module.exports = { createControllers, dataSourceReadiness };
