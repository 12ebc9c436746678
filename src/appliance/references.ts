import { finding, msg, type Finding } from '../findings';
import { asArray, asString, getIn, isObject } from './json';
import { disksOf, volumesOf } from './boilerplate';
import { featureGate, type GateDecision } from './feature-gates';
import { checkNetworkPairing } from './networks';
import type { KubeObject } from './types';

const nameOf = (v: unknown): string | undefined => (isObject(v) ? asString(v.name) : undefined);

/** The names a volume can reference a data volume template by (KubeVirt accepts both). */
export const volumeClaimNames = (volume: unknown): string[] => {
  const names: string[] = [];
  const dv = asString(getIn(volume, 'dataVolume', 'name'));
  if (dv) names.push(dv);
  const pvc = asString(getIn(volume, 'persistentVolumeClaim', 'claimName'));
  if (pvc) names.push(pvc);
  return names;
};

const DEVICES_PATH = '/spec/template/spec/domain/devices';

const WITHOUT_VOLUME = {
  disks: {
    code: 'DiskWithoutVolume',
    message: msg('Disk {{name}} has no volume of the same name; KubeVirt rejects that.'),
    title: msg('Remove disk {{name}}'),
  },
  filesystems: {
    code: 'FilesystemWithoutVolume',
    message: msg('Filesystem {{name}} has no volume of the same name; KubeVirt rejects that.'),
    title: msg('Remove filesystem {{name}}'),
  },
};

const EMPTY_CDROM_GATE = 'DeclarativeHotplugVolumes';

/** Why an empty CD-ROM is refused: the gate is off, by configuration or by the version's default. */
const emptyCdromMessage = (gate: GateDecision): string =>
  gate.reason === 'disabled'
    ? msg(
        'Disk {{name}} is an empty CD-ROM (no volume of its name); KubeVirt {{version}} rejects that because the {{gate}} feature gate is disabled.',
      )
    : msg(
        'Disk {{name}} is an empty CD-ROM (no volume of its name); KubeVirt {{version}} rejects that unless the {{gate}} feature gate is enabled (on by default from KubeVirt 1.9).',
      );

/**
 * KubeVirt rejects a disk or filesystem without a volume of its name; the fix drops the device.
 * Exception (vmi-create-admitter validateBootOrder): a CD-ROM disk without a volume is an empty
 * drive, allowed when the DeclarativeHotplugVolumes gate is on. Linear: one Set lookup a device.
 */
const devicesWithoutVolume = (
  devices: unknown[],
  list: keyof typeof WITHOUT_VOLUME,
  volumeNames: ReadonlySet<string>,
): Finding[] => {
  const { code, message, title } = WITHOUT_VOLUME[list];
  const out: Finding[] = [];
  let gate: GateDecision | undefined;
  devices.forEach((device, i) => {
    const name = nameOf(device);
    if (name === undefined || volumeNames.has(name)) return;
    const path = `${DEVICES_PATH}/${list}/${i}`;
    const cdrom = list === 'disks' && isObject(device) && device.cdrom !== undefined;
    if (cdrom) gate ??= featureGate(EMPTY_CDROM_GATE);
    if (cdrom && gate!.enabled) return;
    out.push(
      finding(
        'error',
        code,
        `${path}/name`,
        cdrom ? emptyCdromMessage(gate!) : message,
        cdrom ? { name, gate: gate!.gate, version: gate!.version } : { name },
        {
          fix: { title, params: { name }, patch: [{ op: 'remove', path }] },
        },
      ),
    );
  });
  return out;
};

/** Findings for names used twice in one list (KubeVirt wants them unique); linear. */
const duplicates = (items: unknown[], base: string, what: string, code: string): Finding[] => {
  const seen = new Set<string>();
  const out: Finding[] = [];
  items.forEach((item, i) => {
    const n = nameOf(item);
    if (n === undefined) return;
    if (seen.has(n))
      out.push(
        finding(
          'error',
          code,
          `${base}/${i}/name`,
          msg('The {{what}} name {{name}} is used twice; names must be unique.'),
          { what, name: n },
        ),
      );
    seen.add(n);
  });
  return out;
};

/**
 * Reference rules KubeVirt enforces (semantics §3.10): every data volume template is used by a
 * volume, every disk and filesystem has a volume of its name (an empty CD-ROM aside), interfaces
 * and networks pair up by name; a volume without a disk is fine. Linear in the VM's size.
 */
export const checkReferences = (vm: unknown): Finding[] => {
  const out: Finding[] = [];
  const volumes = volumesOf(vm);
  const volumeNames = new Set(volumes.map(nameOf).filter((n): n is string => !!n));
  const claimed = new Set(volumes.flatMap(volumeClaimNames));
  const disks = disksOf(vm);
  const filesystems = asArray(
    getIn(vm, 'spec', 'template', 'spec', 'domain', 'devices', 'filesystems'),
  );
  const templates = asArray(getIn(vm, 'spec', 'dataVolumeTemplates'));
  out.push(...duplicates(volumes, '/spec/template/spec/volumes', 'volume', 'VolumeNameDuplicate'));
  out.push(
    ...duplicates(disks, '/spec/template/spec/domain/devices/disks', 'disk', 'DiskNameDuplicate'),
  );
  out.push(
    ...duplicates(
      templates.map((t) => getIn(t, 'metadata')),
      '/spec/dataVolumeTemplates',
      'data volume template',
      'DataVolumeTemplateDuplicate',
    ).map((f) => ({ ...f, path: f.path.replace(/\/name$/, '/metadata/name') })),
  );
  templates.forEach((t, i) => {
    const n = asString(getIn(t, 'metadata', 'name'));
    const path = `/spec/dataVolumeTemplates/${i}`;
    if (!n) {
      out.push(
        finding(
          'error',
          'DataVolumeTemplateNoName',
          `${path}/metadata/name`,
          msg('Data volume template {{index}} has no metadata.name.'),
          { index: i },
        ),
      );
    } else if (!claimed.has(n)) {
      out.push(
        finding(
          'error',
          'DataVolumeTemplateUnused',
          `${path}/metadata/name`,
          msg(
            'Data volume template {{name}} is not used by any volume; KubeVirt rejects that. Add a volume with dataVolume.name {{name}} or remove the template.',
          ),
          { name: n },
          {
            fix: {
              title: msg('Remove the unused data volume template'),
              patch: [{ op: 'remove', path }],
            },
          },
        ),
      );
    }
  });
  out.push(...devicesWithoutVolume(disks, 'disks', volumeNames));
  out.push(...devicesWithoutVolume(filesystems, 'filesystems', volumeNames));
  out.push(
    ...duplicates(
      asArray(getIn(vm, 'spec', 'template', 'spec', 'networks')),
      '/spec/template/spec/networks',
      'network',
      'NetworkNameDuplicate',
    ),
  );
  out.push(
    ...duplicates(
      asArray(getIn(vm, 'spec', 'template', 'spec', 'domain', 'devices', 'interfaces')),
      `${DEVICES_PATH}/interfaces`,
      'interface',
      'InterfaceNameDuplicate',
    ),
  );
  out.push(...checkNetworkPairing(vm));
  return out;
};

/**
 * A VM mounts only claims of its own namespace: a claim that exists only as a companion of the
 * appliance, in another namespace, cannot be mounted (semantics §3.10).
 */
export const checkCompanionClaims = (
  vm: unknown,
  companions: readonly KubeObject[],
  applianceNamespace: string,
  targetNamespace: string,
): Finding[] => {
  if (applianceNamespace === targetNamespace) return [];
  const companionClaims = new Set(
    companions
      .filter((o) => o.kind === 'PersistentVolumeClaim')
      .map((o) => o.metadata?.name)
      .filter((n): n is string => !!n),
  );
  const out: Finding[] = [];
  volumesOf(vm).forEach((v, i) => {
    if (!isObject(v)) return;
    for (const [key, src] of Object.entries(v)) {
      const claim = asString(getIn(src, 'claimName'));
      if (claim && companionClaims.has(claim))
        out.push(
          finding(
            'error',
            'CompanionClaimOtherNamespace',
            `/spec/template/spec/volumes/${i}/${key}/claimName`,
            msg(
              'Claim {{claim}} belongs to the appliance in namespace {{applianceNamespace}}; a VM in {{namespace}} cannot mount it. Create the VM in {{applianceNamespace}} or provide the claim in {{namespace}}.',
            ),
            { claim, applianceNamespace, namespace: targetNamespace },
          ),
        );
    }
  });
  return out;
};
