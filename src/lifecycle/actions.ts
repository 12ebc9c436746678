import { escapePathComponent, type Operation } from 'fast-json-patch';
import { msg } from '../appliance/findings';
import type { KubeObject } from '../appliance/types';
import { DEFAULT_PREFERENCE_LABEL } from './counts';

/** Objects the edge actions create (semantics §8: the KubeVirt APIs behind the edges). */

export const DEFAULT_INSTANCETYPE_LABEL = 'instancetype.kubevirt.io/default-instancetype';

export interface NamespacedName {
  name: string;
  namespace: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** English i18n key of what is wrong with a new object's name, or undefined when it is valid. */
export const nameProblem = (name: string): string | undefined => {
  if (name === '') return msg('Enter a name.');
  if (name.length > 63) return msg('The name must be at most 63 characters long.');
  if (!DNS_LABEL.test(name)) {
    return msg(
      'The name may contain only lowercase letters, digits and "-", and must start and end with a letter or digit.',
    );
  }
  return undefined;
};

/** A name `<base>-<suffix>` cut to 63 characters, for a form's default value. */
export const suggestName = (base: string, suffix: string): string => {
  const tail = `-${suffix}`;
  return `${base.slice(0, 63 - tail.length).replace(/-+$/, '')}${tail}`;
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
      name: `${targetName}-clone`.slice(0, 63),
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

const labelPath = (key: string): string => `/metadata/labels/${escapePathComponent(key)}`;

/** JSON patch that turns a sealed DataSource into a golden image (the "enrich" edge). */
export const enrichPatch = (
  dataSource: KubeObject,
  preference: string,
  instancetype?: string,
): Operation[] => {
  const ops: Operation[] = [];
  if (!dataSource.metadata?.labels) ops.push({ op: 'add', path: '/metadata/labels', value: {} });
  ops.push({ op: 'add', path: labelPath(DEFAULT_PREFERENCE_LABEL), value: preference });
  if (instancetype) {
    ops.push({ op: 'add', path: labelPath(DEFAULT_INSTANCETYPE_LABEL), value: instancetype });
  }
  return ops;
};
