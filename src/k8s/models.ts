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

export const PersistentVolumeClaimGVK: K8sGroupVersionKind = {
  version: 'v1',
  kind: 'PersistentVolumeClaim',
};

export const VolumeSnapshotGVK: K8sGroupVersionKind = {
  group: 'snapshot.storage.k8s.io',
  version: 'v1',
  kind: 'VolumeSnapshot',
};

/** Where golden images usually live (semantics §1): OpenShift's, then upstream's. */
export const GOLDEN_IMAGE_NAMESPACES = ['openshift-virtualization-os-images', 'kubevirt-os-images'];

/** The console's reference for a kind in URLs: `group~version~Kind`, or the plural for core kinds. */
export const consoleReference = (gvk: K8sGroupVersionKind): string => {
  if (!gvk.group) {
    const core: Record<string, string> = {
      PersistentVolumeClaim: 'persistentvolumeclaims',
      Secret: 'secrets',
      ConfigMap: 'configmaps',
      Service: 'services',
    };
    return core[gvk.kind] ?? `core~${gvk.version}~${gvk.kind}`;
  }
  return `${gvk.group}~${gvk.version}~${gvk.kind}`;
};

/** The console's details page of a namespaced object. */
export const resourceUrl = (gvk: K8sGroupVersionKind, namespace: string, name: string): string =>
  `/k8s/ns/${encodeURIComponent(namespace)}/${consoleReference(gvk)}/${encodeURIComponent(name)}`;
