import { finding, msg, type Finding } from '../findings';
import { asArray, asString, ensureObject, getIn, isObject, type JsonObject } from './json';
import { shortenName } from './names';

/** The claim or source name inside a volume-like entry, to derive a name from. */
const innerName = (entry: JsonObject): string | undefined => {
  for (const [k, v] of Object.entries(entry)) {
    if (k === 'name' || !isObject(v)) continue;
    const n = asString(v.claimName) ?? asString(v.name);
    if (n) return n;
  }
  return undefined;
};

/**
 * Repairs the draft mistake of semantics §3.9: `filesystems` under `spec.template.spec` belongs
 * in `domain.devices.filesystems[] {name, virtiofs: {}}` plus a volume of the same name. The
 * volume keeps the entry's source as written, so a misspelled key is still caught by the schema.
 */
export const repairMisplacedFilesystems = (vm: JsonObject): Finding[] => {
  const tspec = getIn(vm, 'spec', 'template', 'spec');
  if (!isObject(tspec) || !('filesystems' in tspec)) return [];
  const entries = asArray(tspec.filesystems);
  delete tspec.filesystems;
  const out: Finding[] = [];
  if (!entries.length) return out;
  const devices = ensureObject(tspec, 'domain', 'devices');
  if (!Array.isArray(devices.filesystems)) devices.filesystems = [];
  const fss = devices.filesystems as unknown[];
  if (!Array.isArray(tspec.volumes)) tspec.volumes = [];
  const volumes = tspec.volumes as unknown[];
  entries.forEach((raw, i) => {
    if (!isObject(raw)) return;
    const name = asString(raw.name) ?? shortenName(innerName(raw) ?? `filesystem-${i}`);
    if (!fss.some((f) => isObject(f) && f.name === name)) fss.push({ name, virtiofs: {} });
    const hasVolume = volumes.some((v) => isObject(v) && v.name === name);
    if (!hasVolume) {
      const volume: JsonObject = { name };
      for (const [k, v] of Object.entries(raw)) if (k !== 'name' && k !== 'virtiofs') volume[k] = v;
      volumes.push(volume);
    }
    out.push(
      finding(
        'warning',
        'FilesystemMisplaced',
        `/spec/template/spec/domain/devices/filesystems/${fss.findIndex((f) => isObject(f) && f.name === name)}`,
        msg(
          'filesystems belongs under domain.devices with a volume of the same name; {{name}} was moved there.',
        ),
        { name },
      ),
    );
  });
  return out;
};
