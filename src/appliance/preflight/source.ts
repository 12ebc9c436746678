import { finding, msg, type Finding } from '../../findings';
import { asArray, asString, getIn, isObject } from '../json';
import type { KubeObject } from '../types';
import { result } from './state';
import type { CheckResult, ClusterSnapshot } from './types';

const firmwareUuid = (vm: unknown): string | undefined =>
  asString(getIn(vm, 'spec', 'template', 'spec', 'domain', 'firmware', 'uuid'));

const isRunning = (vm: KubeObject): boolean =>
  getIn(vm, 'status', 'printableStatus') === 'Running' || getIn(vm, 'status', 'ready') === true;

/**
 * Semantics §10.6: the disks clone the DataSource, so one that is not Ready makes them wait; an
 * identity-bearing appliance must not run next to a VM with the same firmware UUID.
 */
export const checkSource = (
  objects: readonly KubeObject[],
  dataSource: KubeObject,
  identityBearing: boolean,
  snapshot: ClusterSnapshot,
): CheckResult => {
  const out: Finding[] = [];
  const ready = asArray(getIn(dataSource, 'status', 'conditions')).find(
    (c) => isObject(c) && c.type === 'Ready',
  );
  if (!isObject(ready) || ready.status !== 'True')
    out.push(
      finding(
        'warning',
        'SourceNotReady',
        '',
        msg('DataSource {{name}} is not Ready ({{reason}}): the VM disks wait until it is.'),
        {
          name: asString(dataSource.metadata?.name) ?? '',
          reason: (isObject(ready) && asString(ready.reason)) || 'no Ready condition',
        },
        { subject: 'datasource' },
      ),
    );
  const vm = objects.find((o) => o.kind === 'VirtualMachine');
  const uuid = firmwareUuid(vm);
  if (identityBearing && uuid && snapshot.virtualMachines) {
    const twin = snapshot.virtualMachines.find((o) => firmwareUuid(o) === uuid && isRunning(o));
    if (twin)
      out.push(
        finding(
          'warning',
          'IdentityTwinRunning',
          '/spec/template/spec/domain/firmware/uuid',
          msg(
            'VM {{twin}} runs here with the same firmware UUID: two VMs with one identity confuse licences and the network. Stop it first.',
          ),
          { twin: asString(twin.metadata?.name) ?? '' },
        ),
      );
  }
  return result('source', out);
};
