import type { KubeObject } from '../../appliance/types';

export interface InstancetypeOption {
  name: string;
  cpu?: number;
  memory?: string;
}

export interface InstancetypeSeries {
  /** `u1` of `u1.medium`; names without a dot form their own series. */
  series: string;
  /** The class label, e.g. `general.purpose`, when the cluster's objects carry one. */
  className?: string;
  options: InstancetypeOption[];
}

const memoryBytes = (q?: string): number => {
  const m = /^(\d+(?:\.\d+)?)([KMGTPE]i?)?$/.exec(q ?? '');
  if (!m) return 0;
  const pow = { K: 1, M: 2, G: 3, T: 4, P: 5, E: 6 }[(m[2] ?? ' ')[0] as 'K'] ?? 0;
  return Number(m[1]) * (m[2]?.endsWith('i') ? 1024 : 1000) ** pow;
};

const specOf = (o: KubeObject) =>
  (o.spec ?? {}) as { cpu?: { guest?: unknown }; memory?: { guest?: unknown } };

/**
 * Cluster instancetypes grouped by series (`u1`, `o1`, `n1`...), each size with its CPU count and
 * memory, smallest first; series in name order.
 */
export const groupInstancetypes = (items: readonly KubeObject[]): InstancetypeSeries[] => {
  const groups = new Map<string, InstancetypeSeries>();
  for (const it of items) {
    const name = it.metadata?.name;
    if (!name) continue;
    const series = name.includes('.') ? name.slice(0, name.indexOf('.')) : name;
    const spec = specOf(it);
    const cpu = typeof spec.cpu?.guest === 'number' ? spec.cpu.guest : undefined;
    const memory = typeof spec.memory?.guest === 'string' ? spec.memory.guest : undefined;
    const group = groups.get(series) ?? {
      series,
      className: it.metadata?.labels?.['instancetype.kubevirt.io/class'],
      options: [],
    };
    group.options.push({ name, cpu, memory });
    groups.set(series, group);
  }
  const out = [...groups.values()].sort((a, b) => a.series.localeCompare(b.series));
  out.forEach((g) =>
    g.options.sort(
      (a, b) =>
        (a.cpu ?? 0) - (b.cpu ?? 0) ||
        memoryBytes(a.memory) - memoryBytes(b.memory) ||
        a.name.localeCompare(b.name),
    ),
  );
  return out;
};
