// @ts-check
'use strict';

const { setCondition } = require('./derived');
const { R } = require('./controller-runtime');

/**
 * KubeVirt's VirtualMachine controller, as far as the run state goes: a VM that should run is
 * Provisioning, then Running after a delay; a halted one is Stopped.
 *
 * @typedef {import('./controller-runtime').Runtime} Runtime
 */

/** @param {Runtime} rt @returns {(vm: any) => void} */
function vmController({ writeStatus, requeue }) {
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
        requeue(R.vm, vm, reconcileVm);
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
  return reconcileVm;
}

module.exports = { vmController };
