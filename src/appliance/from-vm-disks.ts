import { finding, msg, ptr, type Finding } from '../findings';
import { asArray, asObject, asString, display, getIn, isObject, type JsonObject } from './json';
import { disksOf, volumesOf } from './boilerplate';

/** Disk and Secret handling of "Save as appliance" (see from-vm.ts). */

/** The disk the VM boots from: the lowest bootOrder, else the first disk, else the first volume. */
const bootVolumeName = (vm: JsonObject): string | undefined => {
  const disks = disksOf(vm).filter(isObject);
  const ordered = disks
    .filter((d) => typeof d.bootOrder === 'number')
    .sort((a, b) => (a.bootOrder as number) - (b.bootOrder as number));
  const disk = ordered[0] ?? disks[0];
  if (disk && typeof disk.name === 'string') return disk.name;
  const first = volumesOf(vm).find(isObject);
  return first ? asString(first.name) : undefined;
};

/**
 * Renames `<vm>-<x>` data volume templates back to `<x>` (completion adds the new VM's name again)
 * and points the boot disk's template at the appliance itself, which names the new boot source.
 */
export const repointTemplates = (
  vm: JsonObject,
  vmName: string,
  applianceName: string,
): Finding[] => {
  const out: Finding[] = [];
  const templates = asArray(getIn(vm, 'spec', 'dataVolumeTemplates')).filter(isObject);
  const volumes = volumesOf(vm).filter(isObject);
  const renames = new Map<string, string>();
  const taken = new Set(templates.map((t) => asString(getIn(t, 'metadata', 'name')) ?? ''));
  for (const t of templates) {
    const meta = asObject(t.metadata);
    const name = asString(meta?.name);
    if (!meta || !name || !vmName || !name.startsWith(`${vmName}-`)) continue;
    const short = name.slice(vmName.length + 1);
    if (!short || taken.has(short)) continue;
    meta.name = short;
    taken.add(short);
    renames.set(name, short);
  }
  for (const v of volumes) {
    const dv = asObject(v.dataVolume);
    if (dv && typeof dv.name === 'string' && renames.has(dv.name)) dv.name = renames.get(dv.name);
  }
  const bootVolume = volumes.find((v) => v.name === bootVolumeName(vm));
  const bootTemplateName = asString(getIn(bootVolume, 'dataVolume', 'name'));
  const index = templates.findIndex((t) => getIn(t, 'metadata', 'name') === bootTemplateName);
  if (index < 0) {
    out.push(
      finding(
        'warning',
        'BootDiskNotFromTemplate',
        '/spec/dataVolumeTemplates',
        msg(
          'The boot disk is not made from a data volume template, so no disk clones the new boot source; VMs from this appliance get no copy of it until a template with a sourceRef to the appliance is added.',
        ),
        undefined,
        { subject: 'boilerplate' },
      ),
    );
  } else {
    const spec = asObject(templates[index].spec) ?? {};
    templates[index].spec = spec;
    delete spec.source;
    // No namespace: completion fills in the appliance's, wherever the appliance is imported.
    spec.sourceRef = { kind: 'DataSource', name: applianceName };
    out.push(
      finding(
        'info',
        'BootDiskRepointed',
        ptr('spec', 'dataVolumeTemplates', index, 'spec', 'sourceRef'),
        msg('The boot disk {{template}} now clones the appliance itself (its new boot source).'),
        { template: bootTemplateName ?? '' },
        { subject: 'boilerplate' },
      ),
    );
  }
  templates.forEach((t, i) => {
    if (i === index) return;
    const src = asObject(getIn(t, 'spec', 'source'));
    const pvc = asObject(src?.pvc);
    if (pvc)
      out.push(
        finding(
          'warning',
          'TemplateClonesVmDisk',
          ptr('spec', 'dataVolumeTemplates', i, 'spec', 'source', 'pvc'),
          msg(
            'Data volume template {{template}} clones PVC {{claim}}, which belongs to the original VM; VMs made elsewhere cannot read it.',
          ),
          {
            template: asString(getIn(t, 'metadata', 'name')) ?? display(i),
            claim: asString(pvc.name) ?? '',
          },
          { subject: 'boilerplate' },
        ),
      );
  });
  const templateNames = new Set(templates.map((t) => getIn(t, 'metadata', 'name')));
  volumes.forEach((v, i) => {
    const claim = asString(getIn(v, 'persistentVolumeClaim', 'claimName'));
    if (claim && !templateNames.has(claim))
      out.push(
        finding(
          'warning',
          'VolumeUsesVmClaim',
          ptr('spec', 'template', 'spec', 'volumes', i, 'persistentVolumeClaim', 'claimName'),
          msg(
            'Volume {{volume}} mounts PVC {{claim}} of the original VM; every VM from the appliance would share it. Replace it with a data volume template or a companion PVC.',
          ),
          { volume: asString(v.name) ?? display(i), claim },
          { subject: 'boilerplate' },
        ),
      );
  });
  return out;
};

/**
 * Secrets the VM names (cloud-init user data, SSH keys) belong to the original VM's namespace;
 * VMs made from the appliance elsewhere would not find them.
 */
export const checkVmSecrets = (vm: JsonObject): Finding[] => {
  const out: Finding[] = [];
  const warn = (path: string, secret: string) =>
    out.push(
      finding(
        'warning',
        'VmSecretReferenced',
        path,
        msg(
          'The boilerplate names Secret {{secret}} of the original VM; VMs made from the appliance in other namespaces will not find it. Remove the reference (completion adds per-VM credentials) or ship the Secret separately.',
        ),
        { secret },
        { subject: 'boilerplate' },
      ),
    );
  volumesOf(vm).forEach((v, i) => {
    for (const kind of ['cloudInitNoCloud', 'cloudInitConfigDrive']) {
      const name = asString(getIn(v, kind, 'secretRef', 'name'));
      if (name)
        warn(ptr('spec', 'template', 'spec', 'volumes', i, kind, 'secretRef', 'name'), name);
    }
    const secret = asString(getIn(v, 'secret', 'secretName'));
    if (secret) warn(ptr('spec', 'template', 'spec', 'volumes', i, 'secret', 'secretName'), secret);
  });
  asArray(getIn(vm, 'spec', 'template', 'spec', 'accessCredentials')).forEach((c, i) => {
    for (const kind of ['sshPublicKey', 'userPassword']) {
      const name = asString(getIn(c, kind, 'source', 'secret', 'secretName'));
      if (name)
        warn(
          ptr(
            'spec',
            'template',
            'spec',
            'accessCredentials',
            i,
            kind,
            'source',
            'secret',
            'secretName',
          ),
          name,
        );
    }
  });
  return out;
};
