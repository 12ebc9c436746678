/** Label and annotation keys of the contract (semantics §1, §3). */
export const LABEL_DEFAULT_INSTANCETYPE = 'instancetype.kubevirt.io/default-instancetype';
export const LABEL_DEFAULT_INSTANCETYPE_KIND = 'instancetype.kubevirt.io/default-instancetype-kind';
export const LABEL_DEFAULT_PREFERENCE = 'instancetype.kubevirt.io/default-preference';
export const LABEL_DEFAULT_PREFERENCE_KIND = 'instancetype.kubevirt.io/default-preference-kind';
export const ANNOTATION_VM_SPEC = 'appliance.kubevirt.io/vm-spec';
export const ANNOTATION_SOURCE = 'appliance.kubevirt.io/source';
export const ANNOTATION_SOURCE_UID = 'appliance.kubevirt.io/source-uid';
export const ANNOTATION_DISPLAY_NAME = 'openshift.io/display-name';
/** On a PVC or DataSource: the disk was sealed (machine identity removed), ready to be enriched. */
export const LABEL_SEALED = 'appliance.kubevirt.io/sealed';

export const CLUSTER_INSTANCETYPE = 'VirtualMachineClusterInstancetype';
export const NAMESPACED_INSTANCETYPE = 'VirtualMachineInstancetype';
export const CLUSTER_PREFERENCE = 'VirtualMachineClusterPreference';
export const NAMESPACED_PREFERENCE = 'VirtualMachinePreference';

export const VM_API_VERSION = 'kubevirt.io/v1';
export const VM_KIND = 'VirtualMachine';
export const DATASOURCE_API_VERSION = 'cdi.kubevirt.io/v1beta1';

/** The Kubernetes limit for all annotations of an object together. */
export const MAX_BOILERPLATE_BYTES = 256 * 1024;
/** KubeVirt rejects inline cloud-init user data above this size. */
export const MAX_INLINE_USERDATA_BYTES = 2048;

export const RUN_STRATEGIES = ['Always', 'Halted', 'Manual', 'RerunOnFailure', 'Once'] as const;

/**
 * KubeVirt accepts instancetype/preference kinds case-insensitively, singular or plural
 * (the seed writes `virtualmachineclusterinstancetype`); we write the canonical form.
 */
export const canonicalInstancetypeKind = (kind: string | undefined): string | undefined => {
  const k = (kind ?? '').toLowerCase();
  if (
    k === '' ||
    k === 'virtualmachineclusterinstancetype' ||
    k === 'virtualmachineclusterinstancetypes'
  )
    return CLUSTER_INSTANCETYPE;
  if (k === 'virtualmachineinstancetype' || k === 'virtualmachineinstancetypes')
    return NAMESPACED_INSTANCETYPE;
  return undefined;
};

export const canonicalPreferenceKind = (kind: string | undefined): string | undefined => {
  const k = (kind ?? '').toLowerCase();
  if (
    k === '' ||
    k === 'virtualmachineclusterpreference' ||
    k === 'virtualmachineclusterpreferences'
  )
    return CLUSTER_PREFERENCE;
  if (k === 'virtualmachinepreference' || k === 'virtualmachinepreferences')
    return NAMESPACED_PREFERENCE;
  return undefined;
};
