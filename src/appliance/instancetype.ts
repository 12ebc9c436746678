import {
  CLUSTER_INSTANCETYPE,
  CLUSTER_PREFERENCE,
  NAMESPACED_INSTANCETYPE,
  NAMESPACED_PREFERENCE,
} from './constants';
import { finding, msg, type Finding, type FindingSubject } from './findings';
import { display, getIn, isObject } from './json';
import { nearestInstancetypes, nearestNames } from './nearest';
import type { KindName, KubeObject } from './types';

export type RefField = 'instancetype' | 'preference';

const objectKindFor = (field: RefField, kind: string): string => {
  if (field === 'instancetype')
    return kind === NAMESPACED_INSTANCETYPE ? NAMESPACED_INSTANCETYPE : CLUSTER_INSTANCETYPE;
  return kind === NAMESPACED_PREFERENCE ? NAMESPACED_PREFERENCE : CLUSTER_PREFERENCE;
};

/** Objects of the list that a reference of this kind can name (namespaced kinds: target namespace). */
const candidatesFor = (
  objects: readonly KubeObject[],
  field: RefField,
  kind: string,
  namespace: string,
): KubeObject[] => {
  const wanted = objectKindFor(field, kind);
  const cluster = wanted === CLUSTER_INSTANCETYPE || wanted === CLUSTER_PREFERENCE;
  return objects.filter(
    (o) =>
      (o.kind ?? (cluster ? wanted : '')) === wanted &&
      (cluster || !o.metadata?.namespace || o.metadata.namespace === namespace),
  );
};

/** The named object from the list, if the caller knows the cluster's objects. */
export const findKnown = (
  objects: readonly KubeObject[] | undefined,
  field: RefField,
  ref: KindName,
  namespace: string,
): KubeObject | undefined =>
  objects
    ? candidatesFor(objects, field, ref.kind, namespace).find((o) => o.metadata?.name === ref.name)
    : undefined;

/**
 * A reference to a name the cluster does not have is an error offering the nearest names
 * (semantics §3.6); without a list of known objects nothing can be said.
 */
export const checkKnownRef = (
  objects: readonly KubeObject[] | undefined,
  field: RefField,
  ref: KindName,
  namespace: string,
  path: string,
  opts: { severity?: 'error' | 'warning'; subject?: FindingSubject; fixable?: boolean } = {},
): Finding[] => {
  if (!objects) return [];
  const candidates = candidatesFor(objects, field, ref.kind, namespace)
    .map((o) => o.metadata?.name ?? '')
    .filter(Boolean);
  if (candidates.includes(ref.name)) return [];
  const nearest = (field === 'instancetype' ? nearestInstancetypes : nearestNames)(
    ref.name,
    candidates,
  );
  const params = { field, kind: ref.kind, name: ref.name, nearest: nearest.join(', ') || '-' };
  const fix =
    opts.fixable !== false && nearest.length
      ? {
          title: msg('Use {{name}}'),
          params: { name: nearest[0] },
          patch: [{ op: 'replace' as const, path: `${path}/name`, value: nearest[0] }],
        }
      : undefined;
  return [
    finding(
      opts.severity ?? 'error',
      field === 'instancetype' ? 'InstancetypeNotFound' : 'PreferenceNotFound',
      `${path}/name`,
      msg('The cluster has no {{kind}} {{name}}; nearest: {{nearest}}.'),
      params,
      { fix, subject: opts.subject },
    ),
  ];
};

/** Notes that an instancetype needs dedicated node resources (the seed's `n1.*`). */
export const instancetypeNeeds = (it: KubeObject | undefined, name: string): Finding[] => {
  if (!it) return [];
  const needs: string[] = [];
  if (getIn(it, 'spec', 'cpu', 'dedicatedCPUPlacement') === true) needs.push('dedicated CPUs');
  if (isObject(getIn(it, 'spec', 'memory', 'hugepages'))) needs.push('hugepages');
  if (!needs.length) return [];
  return [
    finding(
      'warning',
      'InstancetypeNeedsDedicatedResources',
      '/spec/instancetype/name',
      msg('Instancetype {{name}} needs {{needs}}; the VM starts only on nodes that provide them.'),
      { name, needs: needs.join(' and ') },
    ),
  ];
};

const CONFLICTS: Array<{ keys: string[]; label: string }> = [
  { keys: ['resources', 'requests', 'cpu'], label: 'domain.resources.requests.cpu' },
  { keys: ['resources', 'requests', 'memory'], label: 'domain.resources.requests.memory' },
  { keys: ['resources', 'limits', 'cpu'], label: 'domain.resources.limits.cpu' },
  { keys: ['resources', 'limits', 'memory'], label: 'domain.resources.limits.memory' },
  { keys: ['cpu', 'sockets'], label: 'domain.cpu.sockets' },
  { keys: ['cpu', 'cores'], label: 'domain.cpu.cores' },
  { keys: ['cpu', 'threads'], label: 'domain.cpu.threads' },
  { keys: ['memory', 'guest'], label: 'domain.memory.guest' },
];

/**
 * With an instancetype, KubeVirt rejects VM fields the instancetype owns (semantics §3.6).
 * `domain.memory.guest` is reported as a warning only when validating a manifest whose
 * instancetype is unknown here: upstream's own examples (vm-cirros-csmall) carry it.
 */
export const checkInstancetypeConflicts = (
  vm: unknown,
  mode: 'complete' | 'validate',
  instancetypeKnown: boolean,
): Finding[] => {
  if (!isObject(getIn(vm, 'spec', 'instancetype'))) return [];
  const domain = getIn(vm, 'spec', 'template', 'spec', 'domain');
  if (!isObject(domain)) return [];
  const name = display(getIn(vm, 'spec', 'instancetype', 'name') ?? '');
  const out: Finding[] = [];
  for (const c of CONFLICTS) {
    if (getIn(domain, ...c.keys) === undefined) continue;
    const path = `/spec/template/spec/domain/${c.keys.join('/')}`;
    const soft = c.label === 'domain.memory.guest' && mode === 'validate' && !instancetypeKnown;
    out.push(
      finding(
        soft ? 'warning' : 'error',
        'InstancetypeConflict',
        path,
        msg(
          '{{field}} conflicts with instancetype {{name}}, which sets it; KubeVirt rejects both together. Remove it.',
        ),
        { field: c.label, name },
        {
          fix: {
            title: msg('Remove {{field}}'),
            params: { field: c.label },
            patch: [{ op: 'remove', path }],
          },
        },
      ),
    );
  }
  return out;
};
