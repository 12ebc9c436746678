import { classifyDataSource } from './classify';
import { completeAppliance } from './complete';
import { VM_API_VERSION, VM_KIND } from './constants';
import { finding, msg } from '../findings';
import { generateVirtualMachine } from './generate';
import type { InstantiateInput, InstantiateResult } from './types';

/** Generates (golden image) or completes (appliance) by the DataSource's classification. */
export const instantiate = (input: InstantiateInput): InstantiateResult => {
  const kind = classifyDataSource(input.dataSource).kind;
  if (kind === 'appliance') return completeAppliance(input);
  if (kind === 'golden-image') return generateVirtualMachine(input);
  const vm = {
    apiVersion: VM_API_VERSION,
    kind: VM_KIND,
    metadata: { name: input.name, namespace: input.namespace },
  };
  return {
    kind,
    objects: [],
    vm,
    findings: [
      finding(
        'error',
        'NotInstantiable',
        '/metadata',
        msg(
          'DataSource {{name}} is neither a golden image (label instancetype.kubevirt.io/default-preference) nor an appliance (annotation appliance.kubevirt.io/vm-spec).',
        ),
        { name: input.dataSource.metadata?.name ?? '' },
        { subject: 'datasource' },
      ),
    ],
  };
};
