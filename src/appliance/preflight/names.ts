import { finding, msg, type Finding } from '../../findings';
import { asArray, asString, getIn } from '../json';
import { shortenName } from '../names';
import type { KubeObject } from '../types';
import { result, skipped } from './state';
import type { CheckResult, ClusterSnapshot } from './types';

const namesOf = (list: readonly KubeObject[] | undefined): Set<string> =>
  new Set((list ?? []).map((o) => asString(o?.metadata?.name)).filter((n): n is string => !!n));

/** The first `<name>-<n>` (n from 2) that is not taken, within 63 characters. */
export const nextFreeName = (name: string, taken: ReadonlySet<string>): string => {
  for (let n = 2; ; n += 1) {
    const candidate = shortenName(`${name}-${n}`);
    if (!taken.has(candidate)) return candidate;
  }
};

/**
 * Semantics §10.2: the VM, each per-VM DataVolume and each Secret must not exist yet in the
 * target namespace. A taken VM name comes with the next free one.
 */
export const checkNames = (
  objects: readonly KubeObject[],
  snapshot: ClusterSnapshot,
): CheckResult => {
  const { virtualMachines, dataVolumes, persistentVolumeClaims, secrets } = snapshot;
  if (!virtualMachines || !dataVolumes || !secrets) return skipped('names');
  const vms = namesOf(virtualMachines);
  // A DataVolume's PVC has its name: either one existing blocks the clone.
  const volumes = new Set([...namesOf(dataVolumes), ...namesOf(persistentVolumeClaims)]);
  const secretNames = namesOf(secrets);
  const out: Finding[] = [];
  for (const o of objects) {
    const name = asString(o.metadata?.name);
    if (!name) continue;
    if (o.kind === 'VirtualMachine') {
      if (vms.has(name))
        out.push(
          finding(
            'error',
            'NameTaken',
            '/metadata/name',
            msg('A VirtualMachine named {{name}} already exists here; {{suggestion}} is free.'),
            { name, kind: 'VirtualMachine', suggestion: nextFreeName(name, vms) },
          ),
        );
      asArray(getIn(o, 'spec', 'dataVolumeTemplates')).forEach((t, i) => {
        const dv = asString(getIn(t, 'metadata', 'name'));
        if (dv && volumes.has(dv))
          out.push(
            finding(
              'error',
              'DataVolumeNameTaken',
              `/spec/dataVolumeTemplates/${i}/metadata/name`,
              msg(
                'A DataVolume or PVC named {{name}} already exists here: choose another VM name, so its disks get other names.',
              ),
              { name: dv },
            ),
          );
      });
    } else if (o.kind === 'Secret' && secretNames.has(name))
      out.push(
        finding(
          'error',
          'SecretNameTaken',
          '',
          msg('A Secret named {{name}} already exists here: choose another VM name.'),
          { name },
        ),
      );
  }
  return result('names', out);
};
