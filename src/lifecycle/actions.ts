import type { Operation } from 'fast-json-patch';
import { LABEL_DEFAULT_INSTANCETYPE, LABEL_DEFAULT_PREFERENCE } from '../appliance/constants';
import { MAX_LABEL_LENGTH } from '../appliance/names';
import type { KubeObject } from '../appliance/types';
import { ptr } from '../findings';

// Until src/views/lifecycle/CreateObjectForm.tsx imports it from the core.

/** Objects the edge actions create (semantics §8: the KubeVirt APIs behind the edges). */

export interface NamespacedName {
  name: string;
  namespace: string;
}

/** A name `<base>-<suffix>` cut to 63 characters, for a form's default value. */
export const suggestName = (base: string, suffix: string): string => {
  const tail = `-${suffix}`;
  return `${base.slice(0, MAX_LABEL_LENGTH - tail.length).replace(/-+$/, '')}${tail}`;
};

export const buildSnapshot = (vm: NamespacedName, name: string): KubeObject => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineSnapshot',
  metadata: { name, namespace: vm.namespace },
  spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm.name } },
});

/** Restores into the VM the snapshot was taken of (`spec.source` of the snapshot). */
export const buildRestore = (snapshot: KubeObject, name: string): KubeObject => {
  const source = (snapshot.spec as { source?: { name?: string } } | undefined)?.source;
  return {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineRestore',
    metadata: { name, namespace: snapshot.metadata?.namespace },
    spec: {
      target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: source?.name ?? '' },
      virtualMachineSnapshotName: snapshot.metadata?.name ?? '',
    },
  };
};

/** Six random bytes from the caller's source, so tests can fix them. */
export type RandomBytes = (count: number) => Uint8Array;

const hex = (bytes: Uint8Array): string[] => [...bytes].map((b) => b.toString(16).padStart(2, '0'));

/** A locally administered unicast MAC address (the first octet's low bits `10`). */
export const randomMac = (random: RandomBytes): string => {
  const bytes = Uint8Array.from(random(6));
  bytes[0] = (bytes[0] & 0xfc) | 0x02;
  return hex(bytes).join(':');
};

export const randomSerial = (random: RandomBytes): string => {
  const h = hex(random(16)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const interfaceNames = (vm: KubeObject | undefined): string[] => {
  const spec = vm?.spec as
    | { template?: { spec?: { domain?: { devices?: { interfaces?: Array<{ name?: string }> } } } } }
    | undefined;
  const interfaces = spec?.template?.spec?.domain?.devices?.interfaces ?? [];
  return interfaces.map((i) => i.name).filter((n): n is string => typeof n === 'string');
};

/**
 * A clone that clears the machine's identity ("clear-abi"): new MAC addresses for
 * the source VM's interfaces and a new SMBIOS serial, set explicitly so the
 * object shows what changes. From a snapshot the interfaces are not known here;
 * KubeVirt then generates the MAC addresses itself.
 */
export const buildClone = (
  source: { kind: 'VirtualMachine' | 'VirtualMachineSnapshot'; object: KubeObject },
  targetName: string,
  random: RandomBytes,
): KubeObject => {
  const macs = Object.fromEntries(
    (source.kind === 'VirtualMachine' ? interfaceNames(source.object) : []).map((n) => [
      n,
      randomMac(random),
    ]),
  );
  return {
    apiVersion: 'clone.kubevirt.io/v1beta1',
    kind: 'VirtualMachineClone',
    metadata: {
      name: `${targetName}-clone`.slice(0, MAX_LABEL_LENGTH),
      namespace: source.object.metadata?.namespace,
    },
    spec: {
      source: {
        apiGroup: source.kind === 'VirtualMachine' ? 'kubevirt.io' : 'snapshot.kubevirt.io',
        kind: source.kind,
        name: source.object.metadata?.name ?? '',
      },
      target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: targetName },
      newMacAddresses: macs,
      newSMBiosSerial: randomSerial(random),
    },
  };
};

const labelPath = (key: string): string => ptr('metadata', 'labels', key);

/** JSON patch that turns a sealed DataSource into a golden image (the "enrich" edge). */
export const enrichPatch = (
  dataSource: KubeObject,
  preference: string,
  instancetype?: string,
): Operation[] => {
  const ops: Operation[] = [];
  if (!dataSource.metadata?.labels) ops.push({ op: 'add', path: '/metadata/labels', value: {} });
  ops.push({ op: 'add', path: labelPath(LABEL_DEFAULT_PREFERENCE), value: preference });
  if (instancetype) {
    ops.push({ op: 'add', path: labelPath(LABEL_DEFAULT_INSTANCETYPE), value: instancetype });
  }
  return ops;
};
