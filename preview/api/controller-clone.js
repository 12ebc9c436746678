// @ts-check
'use strict';

const { now, setCondition, completedConditions, cloneTarget } = require('./derived');
const { R } = require('./controller-runtime');

/**
 * KubeVirt's clone controller: a VirtualMachineClone of a VM (or of a snapshot's VM) passes
 * through SnapshotInProgress, then creates the target VM, unless the source is missing or the
 * target exists.
 *
 * @typedef {import('./controller-runtime').Runtime} Runtime
 */

/** @param {Runtime} rt @returns {(cl: any) => void} */
function cloneController({ store, writeStatus, requeue }) {
  /** @param {any} cl @param {string} reason @param {string} message */
  const fail = (cl, reason, message) =>
    writeStatus(R.clone, cl, {
      phase: 'Failed',
      conditions: setCondition([], 'Ready', 'False', reason, message),
    });

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
      fail(cl, 'SourceNotFound', `source ${srcKind} "${cl.spec?.source?.name}" not found`);
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
      requeue(R.clone, cl, reconcileClone);
      return;
    }
    const target = cloneTarget(srcVm, cl);
    if (store.get(R.vm, target.metadata.namespace, target.metadata.name)) {
      fail(cl, 'TargetExists', `target VirtualMachine "${target.metadata.name}" already exists`);
      return;
    }
    store.create(R.vm, target);
    writeStatus(R.clone, cl, {
      phase: 'Succeeded',
      targetName: target.metadata.name,
      creationTime: now(),
      conditions: completedConditions('Succeeded', 'Clone succeeded'),
    });
  };
  return reconcileClone;
}

module.exports = { cloneController };
