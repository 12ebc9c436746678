import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';

/** Group/version/kind of every resource the plugin reads or writes. */
export const DataSourceGVK: K8sGroupVersionKind = {
  group: 'cdi.kubevirt.io',
  version: 'v1beta1',
  kind: 'DataSource',
};

export const VirtualMachineGVK: K8sGroupVersionKind = {
  group: 'kubevirt.io',
  version: 'v1',
  kind: 'VirtualMachine',
};

export const DataSourceModel: K8sModel = {
  apiGroup: 'cdi.kubevirt.io',
  apiVersion: 'v1beta1',
  kind: 'DataSource',
  plural: 'datasources',
  abbr: 'DS',
  label: 'DataSource',
  labelPlural: 'DataSources',
  namespaced: true,
};
