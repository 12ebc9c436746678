import type { LifecycleObjectRef, LifecycleResourceKind } from './counts';

const GROUP_VERSION: Readonly<Record<LifecycleResourceKind, string | null>> = {
  VirtualMachine: 'kubevirt.io~v1',
  VirtualMachineSnapshot: 'snapshot.kubevirt.io~v1beta1',
  VirtualMachineClone: 'clone.kubevirt.io~v1beta1',
  DataSource: 'cdi.kubevirt.io~v1beta1',
  DataImportCron: 'cdi.kubevirt.io~v1beta1',
  // Core resources have no group: the console addresses them by their plural.
  PersistentVolumeClaim: null,
};

/** The console's URL of an object's details page. */
export const resourceUrl = (ref: LifecycleObjectRef): string => {
  const gv = GROUP_VERSION[ref.kind];
  const segment = gv ? `${gv}~${ref.kind}` : 'persistentvolumeclaims';
  return `/k8s/ns/${encodeURIComponent(ref.namespace)}/${segment}/${encodeURIComponent(ref.name)}`;
};
