// @ts-check
'use strict';

const { now, setCondition, completedConditions } = require('./derived');
const { R } = require('./controller-runtime');

/**
 * KubeVirt's snapshot controllers: a VirtualMachineSnapshot of an existing VM succeeds at once; a
 * VirtualMachineRestore completes once its snapshot is ready to use.
 *
 * @typedef {import('./controller-runtime').Runtime} Runtime
 */

/** @param {Runtime} rt @returns {(s: any) => void} */
function snapshotController({ store, writeStatus }) {
  return (s) => {
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
      conditions: completedConditions('Operation complete', 'Operation complete'),
    });
  };
}

/** @param {Runtime} rt @returns {(r: any) => void} */
function restoreController({ store, writeStatus }) {
  return (r) => {
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
      conditions: completedConditions('Operation complete', 'Operation complete'),
    });
  };
}

module.exports = { snapshotController, restoreController };
