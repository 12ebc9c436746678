import { checkAccess } from '@openshift-console/dynamic-plugin-sdk';
import { finding, msg, type Finding } from '../../findings';
import type { CheckResult } from '../../appliance/preflight';
import { stateOf } from '../../appliance/preflight';
import type { KubeObject } from '../../appliance/types';

interface Need {
  group: string;
  resource: string;
  kind: string;
}

/** What creating these objects needs: the VM, its Secrets, and the DataVolumes its templates make. */
export const needsFor = (objects: readonly KubeObject[]): Need[] => {
  const needs: Need[] = [
    { group: 'kubevirt.io', resource: 'virtualmachines', kind: 'VirtualMachine' },
  ];
  if (objects.some((o) => o.kind === 'Secret'))
    needs.push({ group: '', resource: 'secrets', kind: 'Secret' });
  const vm = objects.find((o) => o.kind === 'VirtualMachine') as
    { spec?: { dataVolumeTemplates?: unknown[] } } | undefined;
  if (vm?.spec?.dataVolumeTemplates?.length)
    needs.push({ group: 'cdi.kubevirt.io', resource: 'datavolumes', kind: 'DataVolume' });
  return needs;
};

/** Semantics §10.1: a SelfSubjectAccessReview for `create` on every kind about to be created. */
export const checkPermission = async (
  objects: readonly KubeObject[],
  namespace: string,
  review: typeof checkAccess = checkAccess,
): Promise<CheckResult> => {
  const needs = needsFor(objects);
  const answers = await Promise.all(
    needs.map((n) =>
      review({ group: n.group, resource: n.resource, verb: 'create', namespace })
        .then((r) => Boolean(r.status?.allowed))
        .catch(() => false),
    ),
  );
  const findings: Finding[] = needs
    .filter((_, i) => !answers[i])
    .map((n) =>
      finding(
        'error',
        'PermissionDenied',
        '',
        msg('You may not create {{kind}} objects in namespace {{namespace}}.'),
        { kind: n.kind, namespace },
      ),
    );
  return { id: 'permission', state: stateOf(findings), findings };
};
