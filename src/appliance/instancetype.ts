import {
  canonicalInstancetypeKind,
  canonicalPreferenceKind,
  CLUSTER_INSTANCETYPE,
  CLUSTER_PREFERENCE,
  LABEL_DEFAULT_INSTANCETYPE,
  LABEL_DEFAULT_PREFERENCE,
  NAMESPACED_INSTANCETYPE,
  NAMESPACED_PREFERENCE,
} from './constants';
import { finding, msg, ptr, type Finding, type FindingSubject } from '../findings';
import {
  asObject,
  asString,
  display,
  ensureObject,
  getIn,
  isObject,
  type JsonObject,
} from './json';
import { nearestInstancetypes, nearestPreferences } from './nearest';
import { successorOf } from './successors';
import { refFrom } from './classify';
import type { Classification, InstantiateInput, KindName, KubeObject } from './types';

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
  const nearest = (field === 'instancetype' ? nearestInstancetypes : nearestPreferences)(
    ref.name,
    candidates,
  );
  const successor = successorOf(field, ref.name, new Set(candidates));
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
      successor
        ? msg(
            'The cluster has no {{kind}} {{name}}; common-instancetypes retired it, its successor is {{successor}} (nearest: {{nearest}}).',
          )
        : msg('The cluster has no {{kind}} {{name}}; nearest: {{nearest}}.'),
      successor ? { ...params, successor } : params,
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
 * With an instancetype, KubeVirt rejects VM fields the instancetype owns (semantics §3.6; upstream
 * pkg/instancetype/apply validateCPU/validateMemory: these eight conflict whatever the instancetype
 * says). One severity everywhere (validation, completion, save as appliance): error, with a fix
 * that removes the field. A CPU count of 0 is Go's "unset" and no conflict.
 */
export const checkInstancetypeConflicts = (vm: unknown): Finding[] => {
  if (!isObject(getIn(vm, 'spec', 'instancetype'))) return [];
  const domain = getIn(vm, 'spec', 'template', 'spec', 'domain');
  if (!isObject(domain)) return [];
  const name = display(getIn(vm, 'spec', 'instancetype', 'name') ?? '');
  const out: Finding[] = [];
  for (const c of CONFLICTS) {
    const value = getIn(domain, ...c.keys);
    if (value === undefined || value === null || (c.keys[0] === 'cpu' && value === 0)) continue;
    const path = `/spec/template/spec/domain/${c.keys.join('/')}`;
    out.push(
      finding(
        'error',
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

const labelPath = (key: string) => ptr('metadata', 'labels', key);

/**
 * Instancetype and preference (semantics §2.1-2, §3.6): the user's choice beats the boilerplate,
 * the boilerplate beats the DataSource labels; unknown names are errors when the cluster's
 * objects are known; conflicts with the instancetype are errors with a removing fix.
 */
export const applyRefs = (
  vm: JsonObject,
  input: InstantiateInput,
  c: Classification,
): Finding[] => {
  const out: Finding[] = [];
  const spec = ensureObject(vm, 'spec');
  const fields: Array<{ field: RefField; label?: KindName; labelKey: string; choice?: KindName }> =
    [
      {
        field: 'instancetype',
        label: c.defaultInstancetype,
        labelKey: LABEL_DEFAULT_INSTANCETYPE,
        choice: input.choices?.instancetype,
      },
      {
        field: 'preference',
        label: c.defaultPreference,
        labelKey: LABEL_DEFAULT_PREFERENCE,
        choice: input.choices?.preference,
      },
    ];
  for (const { field, label, labelKey, choice } of fields) {
    const canonical =
      field === 'instancetype' ? canonicalInstancetypeKind : canonicalPreferenceKind;
    const objects =
      field === 'instancetype' ? input.known?.instancetypes : input.known?.preferences;
    const written = asObject(spec[field]);
    const boiler = refFrom(vm, field);
    const path = `/spec/${field}`;
    // KubeVirt can infer the instancetype/preference from a volume's labels: nothing to resolve.
    if (written && !boiler && written.inferFromVolume !== undefined && !choice) continue;
    if (written && !boiler && !choice && !label)
      out.push(
        finding(
          'error',
          field === 'instancetype' ? 'InstancetypeNameMissing' : 'PreferenceNameMissing',
          `${path}/name`,
          msg('spec.{{field}} names no {{field}}.'),
          { field },
        ),
      );
    if (boiler && label && (boiler.name !== label.name || boiler.kind !== label.kind))
      out.push(
        finding(
          'warning',
          field === 'instancetype' ? 'InstancetypeLabelMismatch' : 'PreferenceLabelMismatch',
          `${path}/name`,
          msg(
            'The boilerplate names {{field}} {{boilerplate}} but the DataSource label says {{label}}; the boilerplate wins.',
          ),
          { field, boilerplate: boiler.name, label: label.name },
        ),
      );
    const chosen = choice ?? boiler ?? label;
    if (!chosen) continue;
    const kind = canonical(chosen.kind);
    if (!kind) {
      out.push(
        finding(
          'error',
          field === 'instancetype' ? 'InstancetypeKindInvalid' : 'PreferenceKindInvalid',
          `${path}/kind`,
          msg('{{kind}} is not a {{field}} kind.'),
          { kind: chosen.kind, field },
        ),
      );
    }
    const writtenKind = asString(written?.kind);
    if (chosen === boiler && writtenKind && kind && writtenKind !== kind)
      out.push(
        finding(
          'info',
          'KindNormalized',
          `${path}/kind`,
          msg('{{field}} kind {{written}} was written as {{kind}}.'),
          { field, written: writtenKind, kind },
        ),
      );
    if (written && 'revisionName' in written)
      out.push(
        finding(
          'info',
          'RevisionNameDropped',
          `${path}/revisionName`,
          msg(
            'spec.{{field}}.revisionName names a revision of the source cluster; it was dropped.',
          ),
          { field },
          { subject: 'boilerplate' },
        ),
      );
    const ref: KindName = { kind: kind ?? chosen.kind, name: chosen.name };
    const next: JsonObject = { kind: ref.kind, name: ref.name };
    // Other fields (e.g. inferFromVolumeFailurePolicy) only belong to the boilerplate's own choice.
    if (written && chosen === boiler)
      for (const [k, v] of Object.entries(written))
        if (!(k in next) && k !== 'revisionName') next[k] = v;
    spec[field] = next;
    out.push(...checkKnownRef(objects, field, ref, input.namespace, path, { fixable: true }));
    if (label && chosen !== label && (label.name !== ref.name || label.kind !== ref.kind))
      out.push(
        ...checkKnownRef(objects, field, label, input.namespace, labelPath(labelKey), {
          severity: 'warning',
          subject: 'datasource',
          fixable: false,
        }),
      );
    if (field === 'instancetype')
      out.push(...instancetypeNeeds(findKnown(objects, field, ref, input.namespace), ref.name));
  }
  out.push(...checkInstancetypeConflicts(vm));
  return out;
};
