import { asArray, asObject, getIn, isObject, type JsonObject } from './json';

/** Read-only views over a boilerplate/VirtualMachine, shared by classification and checks. */

export const templateSpecOf = (vm: unknown): JsonObject | undefined =>
  asObject(getIn(vm, 'spec', 'template', 'spec'));

export const disksOf = (vm: unknown): unknown[] =>
  asArray(getIn(vm, 'spec', 'template', 'spec', 'domain', 'devices', 'disks'));

export const interfacesOf = (vm: unknown): unknown[] =>
  asArray(getIn(vm, 'spec', 'template', 'spec', 'domain', 'devices', 'interfaces'));

export const volumesOf = (vm: unknown): unknown[] =>
  asArray(getIn(vm, 'spec', 'template', 'spec', 'volumes'));

/**
 * True when the boilerplate carries machine identity (semantics §1): firmware uuid/serial,
 * interface MAC addresses, disk serials.
 */
export const hasIdentityFields = (vm: unknown): boolean => {
  const firmware = asObject(getIn(vm, 'spec', 'template', 'spec', 'domain', 'firmware'));
  if (firmware && (firmware.uuid !== undefined || firmware.serial !== undefined)) return true;
  if (interfacesOf(vm).some((i) => isObject(i) && i.macAddress !== undefined)) return true;
  return disksOf(vm).some((d) => isObject(d) && d.serial !== undefined);
};

export interface Summary {
  disks: number;
  networks: number;
  filesystems: number;
}

/** Counts for the catalog card; misplaced `template.spec.filesystems` count too (the seed has one). */
export const summarize = (vm: unknown): Summary => ({
  disks: disksOf(vm).length,
  networks: asArray(getIn(vm, 'spec', 'template', 'spec', 'networks')).length,
  filesystems:
    asArray(getIn(vm, 'spec', 'template', 'spec', 'domain', 'devices', 'filesystems')).length +
    asArray(getIn(vm, 'spec', 'template', 'spec', 'filesystems')).length,
});
