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

/** @type {Resource[]} */
const RESOURCES = [
  {
    group: '',
    version: 'v1',
    plural: 'namespaces',
    singular: 'namespace',
    kind: 'Namespace',
    namespaced: false,
    shortNames: ['ns'],
    statusSubresource: true,
    custom: false,
    top: [...META, 'spec', 'status'],
    spec: ['finalizers'],
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  },
  {
    group: '',
    version: 'v1',
    plural: 'persistentvolumeclaims',
    singular: 'persistentvolumeclaim',
    kind: 'PersistentVolumeClaim',
    namespaced: true,
    shortNames: ['pvc'],
    statusSubresource: true,
    custom: false,
    top: [...META, 'spec', 'status'],
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
  },
  {
    group: '',
    version: 'v1',
    plural: 'secrets',
    singular: 'secret',
    kind: 'Secret',
    namespaced: true,
    statusSubresource: false,
    custom: false,
    top: [...META, 'data', 'stringData', 'type', 'immutable'],
  },
  {
    group: 'authorization.k8s.io',
    version: 'v1',
    plural: 'selfsubjectaccessreviews',
    singular: 'selfsubjectaccessreview',
    kind: 'SelfSubjectAccessReview',
    namespaced: false,
    statusSubresource: false,
    custom: false,
    top: [...META, 'spec', 'status'],
    spec: ['resourceAttributes', 'nonResourceAttributes'],
    verbs: ['create'],
  },
  {
    group: 'project.openshift.io',
    version: 'v1',
    plural: 'projects',
    singular: 'project',
    kind: 'Project',
    namespaced: false,
    statusSubresource: false,
    custom: false,
    top: [...META, 'spec', 'status'],
    spec: ['finalizers'],
    verbs: ['get', 'list', 'watch'],
  },
  {
    group: 'cdi.kubevirt.io',
    version: 'v1beta1',
    plural: 'datasources',
    singular: 'datasource',
    kind: 'DataSource',
    namespaced: true,
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
    spec: ['source'],
  },
  {
    group: 'cdi.kubevirt.io',
    version: 'v1beta1',
    plural: 'dataimportcrons',
    singular: 'dataimportcron',
    kind: 'DataImportCron',
    namespaced: true,
    shortNames: ['dic', 'dics'],
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
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
  },
  {
    group: 'cdi.kubevirt.io',
    version: 'v1beta1',
    plural: 'datavolumes',
    singular: 'datavolume',
    kind: 'DataVolume',
    namespaced: true,
    shortNames: ['dv', 'dvs'],
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
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
  },
  {
    group: 'kubevirt.io',
    version: 'v1',
    plural: 'virtualmachines',
    singular: 'virtualmachine',
    kind: 'VirtualMachine',
    namespaced: true,
    shortNames: ['vm', 'vms'],
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
    spec: [
      'dataVolumeTemplates',
      'instancetype',
      'preference',
      'runStrategy',
      'running',
      'template',
      'updateVolumesStrategy',
    ],
  },
  {
    group: 'kubevirt.io',
    version: 'v1',
    plural: 'virtualmachineinstances',
    singular: 'virtualmachineinstance',
    kind: 'VirtualMachineInstance',
    namespaced: true,
    shortNames: ['vmi', 'vmis'],
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
  },
  {
    group: 'snapshot.kubevirt.io',
    version: 'v1beta1',
    plural: 'virtualmachinesnapshots',
    singular: 'virtualmachinesnapshot',
    kind: 'VirtualMachineSnapshot',
    namespaced: true,
    shortNames: ['vmsnapshot', 'vmsnapshots'],
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
    spec: ['source', 'deletionPolicy', 'failureDeadline'],
  },
  {
    group: 'snapshot.kubevirt.io',
    version: 'v1beta1',
    plural: 'virtualmachinerestores',
    singular: 'virtualmachinerestore',
    kind: 'VirtualMachineRestore',
    namespaced: true,
    shortNames: ['vmrestore', 'vmrestores'],
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
    spec: [
      'target',
      'virtualMachineSnapshotName',
      'patches',
      'targetReadinessPolicy',
      'volumeRestorePolicy',
      'volumeOwnershipPolicy',
      'volumeRestoreOverrides',
    ],
  },
  {
    group: 'clone.kubevirt.io',
    version: 'v1beta1',
    plural: 'virtualmachineclones',
    singular: 'virtualmachineclone',
    kind: 'VirtualMachineClone',
    namespaced: true,
    shortNames: ['vmclone', 'vmclones'],
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
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
  },
  {
    group: 'export.kubevirt.io',
    version: 'v1beta1',
    plural: 'virtualmachineexports',
    singular: 'virtualmachineexport',
    kind: 'VirtualMachineExport',
    namespaced: true,
    shortNames: ['vmexport', 'vmexports'],
    categories: ['all'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
    spec: ['source', 'tokenSecretRef', 'ttlDuration'],
  },
  {
    group: 'instancetype.kubevirt.io',
    version: 'v1beta1',
    plural: 'virtualmachineclusterinstancetypes',
    singular: 'virtualmachineclusterinstancetype',
    kind: 'VirtualMachineClusterInstancetype',
    namespaced: false,
    shortNames: ['vmclusterinstancetype', 'vmclusterinstancetypes', 'vmcf', 'vmcfs'],
    statusSubresource: false,
    custom: true,
    top: [...META, 'spec'],
    spec: [
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
    ],
  },
  {
    group: 'instancetype.kubevirt.io',
    version: 'v1beta1',
    plural: 'virtualmachineclusterpreferences',
    singular: 'virtualmachineclusterpreference',
    kind: 'VirtualMachineClusterPreference',
    namespaced: false,
    shortNames: ['vmcp', 'vmcps'],
    statusSubresource: false,
    custom: true,
    top: [...META, 'spec'],
    spec: [
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
    ],
  },
  {
    group: 'snapshot.storage.k8s.io',
    version: 'v1',
    plural: 'volumesnapshots',
    singular: 'volumesnapshot',
    kind: 'VolumeSnapshot',
    namespaced: true,
    shortNames: ['vs'],
    statusSubresource: true,
    custom: true,
    top: [...META, 'spec', 'status'],
    spec: ['source', 'volumeSnapshotClassName'],
  },
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

/** A `<Kind>List` as the API answers a list. @param {Resource} res @param {any[]} items @param {number} rv */
function listOf(res, items, rv) {
  return {
    kind: `${res.kind}List`,
    apiVersion: apiVersionOf(res),
    metadata: { resourceVersion: String(rv) },
    items,
  };
}

module.exports = { RESOURCES, resourceId, findResource, findByKind, apiVersionOf, groups, listOf };
