/** Label and annotation keys of the contract (semantics §1, §3). */
export const LABEL_DEFAULT_INSTANCETYPE = 'instancetype.kubevirt.io/default-instancetype';
export const LABEL_DEFAULT_INSTANCETYPE_KIND = 'instancetype.kubevirt.io/default-instancetype-kind';
export const LABEL_DEFAULT_PREFERENCE = 'instancetype.kubevirt.io/default-preference';
export const LABEL_DEFAULT_PREFERENCE_KIND = 'instancetype.kubevirt.io/default-preference-kind';
export const ANNOTATION_VM_SPEC = 'appliance.kubevirt.io/vm-spec';
export const ANNOTATION_SOURCE = 'appliance.kubevirt.io/source';
export const ANNOTATION_SOURCE_UID = 'appliance.kubevirt.io/source-uid';
/** On an appliance: the declared parameters (YAML list); on a VM: the values it was made with (JSON). */
export const ANNOTATION_PARAMETERS = 'appliance.kubevirt.io/parameters';
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
 * (the seed writes `virtualmachineclusterinstancetype`); we write the canonical form. No kind
 * at all means the cluster-wide one, as in KubeVirt.
 */
const kindCanonicalizer =
  (cluster: string, namespaced: string) =>
  (kind: string | undefined): string | undefined => {
    const k = (kind ?? '').toLowerCase();
    const names = (canonical: string) =>
      k === canonical.toLowerCase() || k === `${canonical.toLowerCase()}s`;
    if (k === '' || names(cluster)) return cluster;
    if (names(namespaced)) return namespaced;
    return undefined;
  };

export const canonicalInstancetypeKind = kindCanonicalizer(
  CLUSTER_INSTANCETYPE,
  NAMESPACED_INSTANCETYPE,
);
export const canonicalPreferenceKind = kindCanonicalizer(CLUSTER_PREFERENCE, NAMESPACED_PREFERENCE);
