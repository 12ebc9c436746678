// @ts-check
'use strict';

/**
 * The resources the demo API serves, with their real group/version/plural and scope.
 * `fields` lists the known top-level fields and, for `spec`, the known spec fields; it drives
 * unknown-field detection for kinds that have no JSON schema here (a hand-written list is enough
 * to catch a misspelled field the plugin sends).
 *
 * @typedef {{
 *   group: string, version: string, plural: string, singular: string, kind: string,
 *   namespaced: boolean, shortNames?: string[], categories?: string[],
 *   statusSubresource: boolean, custom: boolean,
 *   top: string[], spec?: string[], verbs?: string[]
 * }} Resource
 */

const META = ['apiVersion', 'kind', 'metadata'];
const ALL_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

/**
 * @param {boolean} custom
 * @param {string} apiVersion
 * @param {string} kind
 * @param {Partial<Resource>} [rest]
 * @returns {Resource}
 */
function define(custom, apiVersion, kind, rest = {}) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const statusSubresource = rest.statusSubresource ?? true;
  return {
    group,
    version,
    // Every kind served here pluralises regularly.
    plural: `${kind.toLowerCase()}s`,
    singular: kind.toLowerCase(),
    kind,
    namespaced: true,
    statusSubresource,
    custom,
    top: statusSubresource ? [...META, 'spec', 'status'] : [...META, 'spec'],
    ...rest,
  };
}

/** @param {string} apiVersion @param {string} kind @param {Partial<Resource>} [rest] */
const builtin = (apiVersion, kind, rest) => define(false, apiVersion, kind, rest);
/** @param {string} apiVersion @param {string} kind @param {Partial<Resource>} [rest] */
const crd = (apiVersion, kind, rest) => define(true, apiVersion, kind, rest);

// Cluster-wide and namespaced instancetypes (and preferences) share one spec.
const INSTANCETYPE_SPEC = [
  'cpu',
  'memory',
  'gpus',
  'hostDevices',
  'ioThreadsPolicy',
  'ioThreads',
  'launchSecurity',
  'annotations',
  'nodeSelector',
  'schedulerName',
];
const PREFERENCE_SPEC = [
  'annotations',
  'clock',
  'cpu',
  'devices',
  'features',
  'firmware',
  'machine',
  'preferSpreadSocketToCoreRatio',
  'preferredSubdomain',
  'preferredTerminationGracePeriodSeconds',
  'requirements',
  'volumes',
  'preferredArchitecture',
];

/** @type {Resource[]} */
const RESOURCES = [
  builtin('v1', 'Namespace', {
    namespaced: false,
    shortNames: ['ns'],
    spec: ['finalizers'],
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  }),
  builtin('v1', 'PersistentVolumeClaim', {
    shortNames: ['pvc'],
    spec: [
      'accessModes',
      'selector',
      'resources',
      'volumeName',
      'storageClassName',
      'volumeMode',
      'dataSource',
      'dataSourceRef',
      'volumeAttributesClassName',
    ],
  }),
  builtin('v1', 'Secret', {
    statusSubresource: false,
    top: [...META, 'data', 'stringData', 'type', 'immutable'],
  }),
  builtin('authorization.k8s.io/v1', 'SelfSubjectAccessReview', {
    namespaced: false,
    statusSubresource: false,
    top: [...META, 'spec', 'status'],
    spec: ['resourceAttributes', 'nonResourceAttributes'],
    verbs: ['create'],
  }),
  builtin('project.openshift.io/v1', 'Project', {
    namespaced: false,
    statusSubresource: false,
    top: [...META, 'spec', 'status'],
    spec: ['finalizers'],
    verbs: ['get', 'list', 'watch'],
  }),
  crd('cdi.kubevirt.io/v1beta1', 'DataSource', { categories: ['all'], spec: ['source'] }),
  crd('cdi.kubevirt.io/v1beta1', 'DataImportCron', {
    shortNames: ['dic', 'dics'],
    categories: ['all'],
    spec: [
      'template',
      'schedule',
      'garbageCollect',
      'importsToKeep',
      'managedDataSource',
      'retentionPolicy',
      'serviceAccountName',
      'createdBy',
    ],
  }),
  crd('cdi.kubevirt.io/v1beta1', 'DataVolume', {
    shortNames: ['dv', 'dvs'],
    categories: ['all'],
    spec: [
      'source',
      'sourceRef',
      'pvc',
      'storage',
      'priorityClassName',
      'contentType',
      'checkpoints',
      'finalCheckpoint',
      'preallocation',
    ],
  }),
  crd('kubevirt.io/v1', 'VirtualMachine', {
    shortNames: ['vm', 'vms'],
    categories: ['all'],
    spec: [
      'dataVolumeTemplates',
      'instancetype',
      'preference',
      'runStrategy',
      'running',
      'template',
      'updateVolumesStrategy',
    ],
  }),
  // The KubeVirt installation (OpenShift: kubevirt-hyperconverged in openshift-cnv).
  crd('kubevirt.io/v1', 'KubeVirt', {
    shortNames: ['kv', 'kvs'],
    categories: ['all'],
    spec: [
      'certificateRotateStrategy',
      'configuration',
      'customizeComponents',
      'imagePullPolicy',
      'imagePullSecrets',
      'imageRegistry',
      'imageTag',
      'infra',
      'monitorAccount',
      'monitorNamespace',
      'productComponent',
      'productName',
      'productVersion',
      'serviceMonitorNamespace',
      'uninstallStrategy',
      'workloadUpdateStrategy',
      'workloads',
    ],
  }),
  crd('kubevirt.io/v1', 'VirtualMachineInstance', {
    shortNames: ['vmi', 'vmis'],
    categories: ['all'],
  }),
  crd('snapshot.kubevirt.io/v1beta1', 'VirtualMachineSnapshot', {
    shortNames: ['vmsnapshot', 'vmsnapshots'],
    categories: ['all'],
    spec: ['source', 'deletionPolicy', 'failureDeadline'],
  }),
  crd('snapshot.kubevirt.io/v1beta1', 'VirtualMachineRestore', {
    shortNames: ['vmrestore', 'vmrestores'],
    categories: ['all'],
    spec: [
      'target',
      'virtualMachineSnapshotName',
      'patches',
      'targetReadinessPolicy',
      'volumeRestorePolicy',
      'volumeOwnershipPolicy',
      'volumeRestoreOverrides',
    ],
  }),
  crd('clone.kubevirt.io/v1beta1', 'VirtualMachineClone', {
    shortNames: ['vmclone', 'vmclones'],
    categories: ['all'],
    spec: [
      'source',
      'target',
      'annotationFilters',
      'labelFilters',
      'template',
      'newMacAddresses',
      'newSMBiosSerial',
      'patches',
      'volumeNamePolicy',
    ],
  }),
  crd('export.kubevirt.io/v1beta1', 'VirtualMachineExport', {
    shortNames: ['vmexport', 'vmexports'],
    categories: ['all'],
    spec: ['source', 'tokenSecretRef', 'ttlDuration'],
  }),
  crd('instancetype.kubevirt.io/v1beta1', 'VirtualMachineClusterInstancetype', {
    namespaced: false,
    shortNames: ['vmclusterinstancetype', 'vmclusterinstancetypes', 'vmcf', 'vmcfs'],
    statusSubresource: false,
    spec: INSTANCETYPE_SPEC,
  }),
  crd('instancetype.kubevirt.io/v1beta1', 'VirtualMachineInstancetype', {
    shortNames: ['vminstancetype', 'vminstancetypes', 'vmf', 'vmfs'],
    statusSubresource: false,
    spec: INSTANCETYPE_SPEC,
  }),
  crd('instancetype.kubevirt.io/v1beta1', 'VirtualMachineClusterPreference', {
    namespaced: false,
    shortNames: ['vmcp', 'vmcps'],
    statusSubresource: false,
    spec: PREFERENCE_SPEC,
  }),
  crd('instancetype.kubevirt.io/v1beta1', 'VirtualMachinePreference', {
    shortNames: ['vmpref', 'vmprefs', 'vmp', 'vmps'],
    statusSubresource: false,
    spec: PREFERENCE_SPEC,
  }),
  // What the pre-flight checks read (semantics §10): networks, storage and quota.
  crd('k8s.cni.cncf.io/v1', 'NetworkAttachmentDefinition', {
    // Multus names its resource with dashes, unlike the other kinds here.
    plural: 'network-attachment-definitions',
    singular: 'network-attachment-definition',
    shortNames: ['net-attach-def'],
    statusSubresource: false,
    spec: ['config'],
  }),
  builtin('storage.k8s.io/v1', 'StorageClass', {
    namespaced: false,
    plural: 'storageclasses',
    shortNames: ['sc'],
    statusSubresource: false,
    top: [
      ...META,
      'provisioner',
      'parameters',
      'reclaimPolicy',
      'mountOptions',
      'allowVolumeExpansion',
      'volumeBindingMode',
      'allowedTopologies',
    ],
  }),
  crd('cdi.kubevirt.io/v1beta1', 'StorageProfile', {
    namespaced: false,
    spec: ['claimPropertySets', 'cloneStrategy', 'dataImportCronSourceFormat', 'snapshotClass'],
  }),
  builtin('v1', 'ResourceQuota', {
    shortNames: ['quota'],
    spec: ['hard', 'scopes', 'scopeSelector'],
  }),
  crd('snapshot.storage.k8s.io/v1', 'VolumeSnapshot', {
    shortNames: ['vs'],
    spec: ['source', 'volumeSnapshotClassName'],
  }),
];

for (const r of RESOURCES) if (!r.verbs) r.verbs = ALL_VERBS;

/** `plural.group`, or just the plural for the core group: the identity used by the store. */
/** @param {Resource} r */
function resourceId(r) {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}

/** @param {string} group @param {string} version @param {string} plural */
function findResource(group, version, plural) {
  return RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural);
}

/** @param {string} apiVersion @param {string} kind */
function findByKind(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return RESOURCES.find((r) => r.group === group && r.version === version && r.kind === kind);
}

/** @param {Resource} r */
function apiVersionOf(r) {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

/** Groups in discovery order with their (single) served version. */
function groups() {
  /** @type {Map<string, string[]>} */
  const out = new Map();
  for (const r of RESOURCES) {
    if (!r.group) continue;
    const versions = out.get(r.group) || [];
    if (!versions.includes(r.version)) versions.push(r.version);
    out.set(r.group, versions);
  }
  return out;
}

/**
 * A `<Kind>List` as the API answers a list; `next` is the continue token when more pages follow.
 * @param {Resource} res @param {any[]} items @param {number} rv @param {string} [next]
 */
function listOf(res, items, rv, next) {
  /** @type {{resourceVersion: string, continue?: string}} */
  const metadata = { resourceVersion: String(rv) };
  if (next !== undefined) metadata.continue = next;
  return { kind: `${res.kind}List`, apiVersion: apiVersionOf(res), metadata, items };
}

module.exports = { RESOURCES, resourceId, findResource, findByKind, apiVersionOf, groups, listOf };
