import { finding, msg, type Finding } from '../../findings';
import { asArray, asObject, asString, getIn } from '../json';
import { formatBytes, parseQuantity } from '../quantity';
import type { KubeObject } from '../types';
import { result, skipped } from './state';
import type { CheckResult, ClusterSnapshot } from './types';

/** What one VM takes from a namespace's quota, at least (the launcher pod adds overhead). */
export interface VmNeeds {
  cpu?: number;
  memory?: number;
  storage: number;
  pvcs: number;
  secrets: number;
}

const product = (...values: unknown[]): number =>
  values.reduce<number>((p, v) => p * (typeof v === 'number' && v > 0 ? v : 1), 1);

export const needsOf = (objects: readonly KubeObject[], snapshot: ClusterSnapshot): VmNeeds => {
  const vm = objects.find((o) => o.kind === 'VirtualMachine');
  const domain = getIn(vm, 'spec', 'template', 'spec', 'domain');
  const itName = asString(getIn(vm, 'spec', 'instancetype', 'name'));
  const it = itName
    ? (snapshot.instancetypes ?? []).find((i) => i.metadata?.name === itName)
    : undefined;
  const cpuDomain = asObject(getIn(domain, 'cpu'));
  const cpu = it
    ? parseQuantity(getIn(it, 'spec', 'cpu', 'guest'))
    : (parseQuantity(getIn(domain, 'resources', 'requests', 'cpu')) ??
      (cpuDomain ? product(cpuDomain.sockets, cpuDomain.cores, cpuDomain.threads) : undefined));
  const memory = it
    ? parseQuantity(getIn(it, 'spec', 'memory', 'guest'))
    : (parseQuantity(getIn(domain, 'resources', 'requests', 'memory')) ??
      parseQuantity(getIn(domain, 'memory', 'guest')));
  const templates = asArray(getIn(vm, 'spec', 'dataVolumeTemplates'));
  const storage = templates.reduce<number>(
    (sum, t) =>
      sum +
      (parseQuantity(
        getIn(t, 'spec', 'storage', 'resources', 'requests', 'storage') ??
          getIn(t, 'spec', 'pvc', 'resources', 'requests', 'storage'),
      ) ?? 0),
    0,
  );
  return {
    cpu,
    memory,
    storage,
    pvcs: templates.length,
    secrets: objects.filter((o) => o.kind === 'Secret').length,
  };
};

type Measure = 'cpu' | 'memory' | 'storage' | 'count';

/** Which need a quota key limits, and how its numbers read. */
const KEYS: Record<string, { need: (n: VmNeeds) => number | undefined; measure: Measure }> = {
  cpu: { need: (n) => n.cpu, measure: 'cpu' },
  'requests.cpu': { need: (n) => n.cpu, measure: 'cpu' },
  'limits.cpu': { need: (n) => n.cpu, measure: 'cpu' },
  memory: { need: (n) => n.memory, measure: 'memory' },
  'requests.memory': { need: (n) => n.memory, measure: 'memory' },
  'limits.memory': { need: (n) => n.memory, measure: 'memory' },
  'requests.storage': { need: (n) => n.storage, measure: 'storage' },
  persistentvolumeclaims: { need: (n) => n.pvcs, measure: 'count' },
  'count/persistentvolumeclaims': { need: (n) => n.pvcs, measure: 'count' },
  secrets: { need: (n) => n.secrets, measure: 'count' },
  'count/secrets': { need: (n) => n.secrets, measure: 'count' },
  'count/virtualmachines.kubevirt.io': { need: () => 1, measure: 'count' },
};

const show = (value: number, measure: Measure): string =>
  measure === 'memory' || measure === 'storage'
    ? formatBytes(value)
    : String(Math.round(value * 1000) / 1000);

/**
 * Semantics §10.5: with a ResourceQuota in the target namespace, what the VM needs against what
 * the quota has left; a warning per exhausted resource, with the numbers.
 */
export const checkQuota = (
  objects: readonly KubeObject[],
  snapshot: ClusterSnapshot,
): CheckResult => {
  if (!snapshot.resourceQuotas) return skipped('quota');
  const needs = needsOf(objects, snapshot);
  const out: Finding[] = [];
  for (const q of snapshot.resourceQuotas) {
    const hard = asObject(getIn(q, 'spec', 'hard')) ?? {};
    const used = asObject(getIn(q, 'status', 'used')) ?? {};
    for (const [key, limit] of Object.entries(hard)) {
      const rule = Object.prototype.hasOwnProperty.call(KEYS, key) ? KEYS[key] : undefined;
      const need = rule?.need(needs);
      const max = parseQuantity(limit);
      if (!rule || need === undefined || need === 0 || max === undefined) continue;
      const left = max - (parseQuantity(used[key]) ?? 0);
      if (need <= left) continue;
      out.push(
        finding(
          'warning',
          'QuotaExceeded',
          '',
          msg(
            'Quota {{quota}} has {{left}} of {{resource}} left, and this VM needs {{need}}: it will not start until the quota has room.',
          ),
          {
            quota: asString(q.metadata?.name) ?? '',
            resource: key,
            left: show(Math.max(0, left), rule.measure),
            need: show(need, rule.measure),
          },
        ),
      );
    }
  }
  return result('quota', out);
};
