import type { KindName } from '../../appliance/types';

/** `name` alone for the default cluster kinds, `Kind/name` otherwise. */
export const kindNameText = (k: KindName | undefined): string => {
  if (!k) return '';
  const clusterDefault = /^VirtualMachineCluster(Instancetype|Preference)$/i.test(k.kind);
  return clusterDefault ? k.name : `${k.kind}/${k.name}`;
};
