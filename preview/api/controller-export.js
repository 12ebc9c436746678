// @ts-check
'use strict';

const { setCondition } = require('./derived');
const { R } = require('./controller-runtime');

/**
 * KubeVirt's export controller: a VirtualMachineExport is Ready at once, with its service name.
 *
 * @typedef {import('./controller-runtime').Runtime} Runtime
 */

/** @param {Runtime} rt @returns {(e: any) => void} */
function exportController({ writeStatus }) {
  return (e) => {
    if (e.status?.phase === 'Ready') return;
    writeStatus(R.exp, e, {
      phase: 'Ready',
      serviceName: `virt-export-${e.metadata.name}`,
      conditions: setCondition([], 'Ready', 'True', 'PodReady', ''),
    });
  };
}

module.exports = { exportController };
