import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { DataSourceModel } from '../models';

const model = (
  apiVersion: string,
  kind: string,
  plural: string,
  abbr: string,
  apiGroup?: string,
): K8sModel => ({
  ...(apiGroup ? { apiGroup } : {}),
  apiVersion,
  kind,
  plural,
  abbr,
  label: kind,
  labelPlural: `${kind}s`,
  namespaced: true,
});

/** Models of every kind authoring reads or writes (bundle companions: IMPORTABLE_COMPANIONS). */
export const AUTHORING_MODELS: Record<string, K8sModel> = {
  DataSource: DataSourceModel,
  PersistentVolumeClaim: model('v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', 'PVC'),
  ConfigMap: model('v1', 'ConfigMap', 'configmaps', 'CM'),
  Secret: model('v1', 'Secret', 'secrets', 'S'),
  Service: model('v1', 'Service', 'services', 'S'),
  DataVolume: model('v1beta1', 'DataVolume', 'datavolumes', 'DV', 'cdi.kubevirt.io'),
  VolumeSnapshot: model('v1', 'VolumeSnapshot', 'volumesnapshots', 'VS', 'snapshot.storage.k8s.io'),
  VirtualMachine: model('v1', 'VirtualMachine', 'virtualmachines', 'VM', 'kubevirt.io'),
};

export const authoringModelFor = (kind: string | undefined): K8sModel => {
  const m = AUTHORING_MODELS[kind ?? ''];
  if (!m) throw new Error(`Objects of kind ${kind ?? '(none)'} are not handled here`);
  return m;
};
