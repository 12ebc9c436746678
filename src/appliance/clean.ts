import { finding, msg, ptr, type Finding, type FindingSubject } from '../findings';
import { asArray, getIn, isObject, type JsonObject } from './json';
import { disksOf, hasIdentityFields, interfacesOf } from './boilerplate';

/** Metadata the server wrote or that only meant something in the source cluster. */
export const SERVER_METADATA = [
  'uid',
  'resourceVersion',
  'generation',
  'managedFields',
  'creationTimestamp',
  'selfLink',
  'ownerReferences',
  'finalizers',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
];

/**
 * Drops what the server sets or what only meant something in the source cluster
 * (semantics §3.2). Paths name where the field was in the boilerplate.
 */
export const cleanServerFields = (vm: JsonObject): Finding[] => {
  const out: Finding[] = [];
  const s = { subject: 'boilerplate' as const };
  if ('status' in vm) {
    delete vm.status;
    out.push(
      finding(
        'info',
        'StatusDropped',
        '/status',
        msg('The boilerplate had a status; it was dropped (the cluster sets it).'),
        undefined,
        s,
      ),
    );
  }
  const meta = vm.metadata;
  if (isObject(meta)) {
    const dropped = SERVER_METADATA.filter((k) => k in meta);
    for (const k of dropped) delete meta[k];
    if (dropped.length)
      out.push(
        finding(
          'info',
          'ServerMetadataDropped',
          '/metadata',
          msg('Server-set metadata was dropped: {{fields}}.'),
          { fields: dropped.join(', ') },
          s,
        ),
      );
  }
  const nullTimestamps: string[] = [];
  const dropNullTimestamp = (m: unknown, path: string) => {
    if (isObject(m) && 'creationTimestamp' in m && m.creationTimestamp === null) {
      delete m.creationTimestamp;
      nullTimestamps.push(path);
    }
  };
  dropNullTimestamp(
    getIn(vm, 'spec', 'template', 'metadata'),
    ptr('spec', 'template', 'metadata', 'creationTimestamp'),
  );
  asArray(getIn(vm, 'spec', 'dataVolumeTemplates')).forEach((t, i) =>
    dropNullTimestamp(
      getIn(t, 'metadata'),
      ptr('spec', 'dataVolumeTemplates', i, 'metadata', 'creationTimestamp'),
    ),
  );
  for (const path of nullTimestamps)
    out.push(
      finding(
        'info',
        'NullTimestampDropped',
        path,
        msg('creationTimestamp: null (left over from a dump) was dropped.'),
        undefined,
        s,
      ),
    );
  return out;
};

/** Removes identity fields (semantics §1) for an agnostic instantiation. */
export const stripIdentity = (vm: JsonObject): Finding[] => {
  const removed: string[] = [];
  const firmware = getIn(vm, 'spec', 'template', 'spec', 'domain', 'firmware');
  if (isObject(firmware)) {
    for (const k of ['uuid', 'serial'])
      if (k in firmware) {
        delete firmware[k];
        removed.push(ptr('spec', 'template', 'spec', 'domain', 'firmware', k));
      }
  }
  interfacesOf(vm).forEach((iface, i) => {
    if (isObject(iface) && 'macAddress' in iface) {
      delete iface.macAddress;
      removed.push(
        ptr('spec', 'template', 'spec', 'domain', 'devices', 'interfaces', i, 'macAddress'),
      );
    }
  });
  disksOf(vm).forEach((disk, i) => {
    if (isObject(disk) && 'serial' in disk) {
      delete disk.serial;
      removed.push(ptr('spec', 'template', 'spec', 'domain', 'devices', 'disks', i, 'serial'));
    }
  });
  return removed.map((path) =>
    finding(
      'info',
      'IdentityStripped',
      path,
      msg('Identity field removed so the new VM gets its own: {{path}}.'),
      { path },
      { subject: 'boilerplate' },
    ),
  );
};

/**
 * The other side of stripIdentity: kept identity is a warning, worded by the caller for whom it
 * concerns (a VM, or every VM of an appliance).
 */
export const identityKept = (
  vm: JsonObject,
  message: string,
  subject?: FindingSubject,
): Finding[] =>
  hasIdentityFields(vm)
    ? [finding('warning', 'IdentityKept', '/spec/template/spec', message, undefined, { subject })]
    : [];
