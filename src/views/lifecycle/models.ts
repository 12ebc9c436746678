import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';

/**
 * Models of the resources the lifecycle view watches and creates. Kept here (not
 * in src/k8s/models.ts) so this page does not depend on other pages' work.
 */
const model = (
  apiGroup: string,
  apiVersion: string,
  kind: string,
  plural: string,
  abbr: string,
): K8sModel => ({
  apiGroup,
  apiVersion,
  kind,
  plural,
  abbr,
  label: kind,
  labelPlural: `${kind}s`,
  namespaced: true,
});

export const VirtualMachineModel = model(
  'kubevirt.io',
  'v1',
  'VirtualMachine',
  'virtualmachines',
  'VM',
);
export const SnapshotModel = model(
  'snapshot.kubevirt.io',
  'v1beta1',
  'VirtualMachineSnapshot',
  'virtualmachinesnapshots',
  'VMS',
);
export const RestoreModel = model(
  'snapshot.kubevirt.io',
  'v1beta1',
  'VirtualMachineRestore',
  'virtualmachinerestores',
  'VMR',
);
export const CloneModel = model(
  'clone.kubevirt.io',
  'v1beta1',
  'VirtualMachineClone',
  'virtualmachineclones',
  'VMC',
);
export const DataSourceModel = model(
  'cdi.kubevirt.io',
  'v1beta1',
  'DataSource',
  'datasources',
  'DS',
);
export const DataImportCronModel = model(
  'cdi.kubevirt.io',
  'v1beta1',
  'DataImportCron',
  'dataimportcrons',
  'DIC',
);

export const gvk = (m: K8sModel): K8sGroupVersionKind => ({
  group: m.apiGroup,
  version: m.apiVersion,
  kind: m.kind,
});

export const PersistentVolumeClaimGVK: K8sGroupVersionKind = {
  version: 'v1',
  kind: 'PersistentVolumeClaim',
};
