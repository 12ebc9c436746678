import { classifyDataSource } from './classify';
import { completeAppliance } from './complete';
import { VM_API_VERSION, VM_KIND } from './constants';
import { finding, msg } from '../findings';
import { generateVirtualMachine } from './generate';
import { display, isObject } from './json';
import type { InstantiateInput, InstantiateResult, KnownClusterObjects, KubeObject } from './types';

/** Only objects with a text name can be looked up; anything else in a list is skipped. */
const usable = (list: unknown): KubeObject[] | undefined =>
  Array.isArray(list)
    ? list.filter(
        (o): o is KubeObject =>
          isObject(o) && isObject(o.metadata) && typeof o.metadata.name === 'string',
      )
    : undefined;

/** The cluster's lists as given (a file, a watch): untrusted, so filtered before any lookup. */
const sanitizeKnown = (known: KnownClusterObjects | undefined): KnownClusterObjects | undefined =>
  known && {
    ...(known.instancetypes ? { instancetypes: usable(known.instancetypes) } : {}),
    ...(known.preferences ? { preferences: usable(known.preferences) } : {}),
  };

/** Generates (golden image) or completes (appliance) by the DataSource's classification. */
export const instantiate = (raw: InstantiateInput): InstantiateResult => {
  const input = raw.known ? { ...raw, known: sanitizeKnown(raw.known) } : raw;
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
        { name: display(input.dataSource.metadata?.name ?? '') },
        { subject: 'datasource' },
      ),
    ],
  };
};
