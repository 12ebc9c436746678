import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  CLUSTER_INSTANCETYPE,
  CLUSTER_PREFERENCE,
  NAMESPACED_INSTANCETYPE,
  NAMESPACED_PREFERENCE,
} from '../appliance/constants';

/**
 * The one table of every resource the plugin reads or writes. Hand-written: the typed models of
 * @kubevirt-ui-ext/kubevirt-api cover only KubeVirt's own kinds and would add their package to
 * every page's bundle, for a dozen short entries.
 */
const model = (
  group: string,
  version: string,
  kind: string,
  plural: string,
  abbr: string,
  namespaced = true,
): K8sModel => ({
  ...(group ? { apiGroup: group } : {}),
  apiVersion: version,
  kind,
  plural,
  abbr,
  label: kind,
  labelPlural: `${kind}s`,
  namespaced,
});

const INSTANCETYPE_GROUP = 'instancetype.kubevirt.io';

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
export const DataVolumeModel = model(
  'cdi.kubevirt.io',
  'v1beta1',
  'DataVolume',
  'datavolumes',
  'DV',
);
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
export const ClusterInstancetypeModel = model(
  INSTANCETYPE_GROUP,
  'v1beta1',
  CLUSTER_INSTANCETYPE,
  'virtualmachineclusterinstancetypes',
  'VMCI',
  false,
);
export const ClusterPreferenceModel = model(
  INSTANCETYPE_GROUP,
  'v1beta1',
  CLUSTER_PREFERENCE,
  'virtualmachineclusterpreferences',
  'VMCP',
  false,
);
export const InstancetypeModel = model(
  INSTANCETYPE_GROUP,
  'v1beta1',
  NAMESPACED_INSTANCETYPE,
  'virtualmachineinstancetypes',
  'VMI',
);
export const PreferenceModel = model(
  INSTANCETYPE_GROUP,
  'v1beta1',
  NAMESPACED_PREFERENCE,
  'virtualmachinepreferences',
  'VMP',
);
export const VolumeSnapshotModel = model(
  'snapshot.storage.k8s.io',
  'v1',
  'VolumeSnapshot',
  'volumesnapshots',
  'VS',
);
export const PersistentVolumeClaimModel = model(
  '',
  'v1',
  'PersistentVolumeClaim',
  'persistentvolumeclaims',
  'PVC',
);
export const SecretModel = model('', 'v1', 'Secret', 'secrets', 'S');
export const ConfigMapModel = model('', 'v1', 'ConfigMap', 'configmaps', 'CM');
export const ServiceModel = model('', 'v1', 'Service', 'services', 'S');
export const NamespaceModel = model('', 'v1', 'Namespace', 'namespaces', 'NS', false);
export const ProjectModel = model('project.openshift.io', 'v1', 'Project', 'projects', 'PR', false);
export const NetworkAttachmentDefinitionModel = model(
  'k8s.cni.cncf.io',
  'v1',
  'NetworkAttachmentDefinition',
  'network-attachment-definitions',
  'NAD',
);
export const StorageClassModel = model(
  'storage.k8s.io',
  'v1',
  'StorageClass',
  'storageclasses',
  'SC',
  false,
);
export const ResourceQuotaModel = model('', 'v1', 'ResourceQuota', 'resourcequotas', 'RQ');

const MODELS: readonly K8sModel[] = [
  DataSourceModel,
  DataImportCronModel,
  DataVolumeModel,
  VirtualMachineModel,
  SnapshotModel,
  RestoreModel,
  CloneModel,
  ClusterInstancetypeModel,
  ClusterPreferenceModel,
  InstancetypeModel,
  PreferenceModel,
  VolumeSnapshotModel,
  PersistentVolumeClaimModel,
  SecretModel,
  ConfigMapModel,
  ServiceModel,
  NamespaceModel,
  ProjectModel,
  NetworkAttachmentDefinitionModel,
  StorageClassModel,
  ResourceQuotaModel,
];
const BY_KIND = new Map(MODELS.map((m) => [m.kind, m]));

/** The model of a kind; a kind the plugin does not handle is refused before any request. */
export const modelFor = (kind: string | undefined): K8sModel => {
  const m = BY_KIND.get(kind ?? '');
  if (!m) throw new Error(`Objects of kind ${kind ?? '(none)'} are not handled here`);
  return m;
};

/** The group/version/kind the SDK's watch hooks take. */
export const gvk = (m: K8sModel): K8sGroupVersionKind => ({
  ...(m.apiGroup ? { group: m.apiGroup } : {}),
  version: m.apiVersion,
  kind: m.kind,
});

export const DataSourceGVK = gvk(DataSourceModel);
export const VirtualMachineGVK = gvk(VirtualMachineModel);
export const PersistentVolumeClaimGVK = gvk(PersistentVolumeClaimModel);
export const VolumeSnapshotGVK = gvk(VolumeSnapshotModel);

/** Where golden images usually live (semantics §1): OpenShift's, then upstream's. */
export const GOLDEN_IMAGE_NAMESPACES = ['openshift-virtualization-os-images', 'kubevirt-os-images'];

/** The console's reference for a kind in URLs: `group~version~Kind`, or the plural for core kinds. */
export const consoleReference = (ref: K8sGroupVersionKind): string => {
  if (!ref.group) return BY_KIND.get(ref.kind)?.plural ?? `core~${ref.version}~${ref.kind}`;
  return `${ref.group}~${ref.version}~${ref.kind}`;
};

/** The console's details page of a namespaced object. */
export const resourceUrl = (ref: K8sGroupVersionKind, namespace: string, name: string): string =>
  `/k8s/ns/${encodeURIComponent(namespace)}/${consoleReference(ref)}/${encodeURIComponent(name)}`;
