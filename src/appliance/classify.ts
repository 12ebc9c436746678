import {
  ANNOTATION_DISPLAY_NAME,
  ANNOTATION_VM_SPEC,
  canonicalInstancetypeKind,
  canonicalPreferenceKind,
  CLUSTER_INSTANCETYPE,
  CLUSTER_PREFERENCE,
  LABEL_DEFAULT_INSTANCETYPE,
  LABEL_DEFAULT_INSTANCETYPE_KIND,
  LABEL_DEFAULT_PREFERENCE,
  LABEL_DEFAULT_PREFERENCE_KIND,
  VM_API_VERSION,
  VM_KIND,
} from './constants';
import { finding, msg, type Finding, type FindingSubject } from '../findings';
import { asArray, asObject, asString, display, getIn, isObject, type JsonObject } from './json';
import { hasIdentityFields, summarize } from './boilerplate';
import { parseBoilerplate } from './parse';
import type { RefField } from './instancetype';
import type { Classification, KindName, KubeObject, Readiness } from './types';

const readinessOf = (ds: KubeObject): Readiness => {
  const ready = asArray(getIn(ds, 'status', 'conditions')).find(
    (c) => isObject(c) && c.type === 'Ready',
  ) as JsonObject | undefined;
  if (!ready) return { ready: false, reason: 'Unknown' };
  const r: Readiness = {
    ready: ready.status === 'True',
    reason: asString(ready.reason) ?? (ready.status === 'True' ? 'Ready' : 'Unknown'),
  };
  const message = asString(ready.message);
  if (message) r.message = message;
  return r;
};

const sourceOf = (ds: KubeObject): Classification['source'] => {
  const source = asObject(getIn(ds, 'spec', 'source'));
  if (!source) return undefined;
  for (const kind of ['pvc', 'snapshot', 'dataSource'] as const) {
    const ref = asObject(source[kind]);
    if (ref) {
      const out: NonNullable<Classification['source']> = { kind, name: asString(ref.name) ?? '' };
      const ns = asString(ref.namespace);
      if (ns) out.namespace = ns;
      return out;
    }
  }
  return undefined;
};

const CANONICAL_KIND: Record<RefField, (kind: string | undefined) => string | undefined> = {
  instancetype: canonicalInstancetypeKind,
  preference: canonicalPreferenceKind,
};

/** The DataSource labels naming a default; the kind label is left out for the cluster kind. */
const DEFAULT_LABELS: Record<RefField, { name: string; kind: string; clusterKind: string }> = {
  instancetype: {
    name: LABEL_DEFAULT_INSTANCETYPE,
    kind: LABEL_DEFAULT_INSTANCETYPE_KIND,
    clusterKind: CLUSTER_INSTANCETYPE,
  },
  preference: {
    name: LABEL_DEFAULT_PREFERENCE,
    kind: LABEL_DEFAULT_PREFERENCE_KIND,
    clusterKind: CLUSTER_PREFERENCE,
  },
};

const fromLabel = (labels: Record<string, string>, field: RefField): KindName | undefined => {
  const keys = DEFAULT_LABELS[field];
  const name = labels[keys.name];
  if (!name) return undefined;
  return { kind: CANONICAL_KIND[field](labels[keys.kind]) ?? labels[keys.kind], name };
};

/** The boilerplate's own `spec.instancetype`/`spec.preference` (kind canonicalised when known). */
export const refFrom = (vm: unknown, field: RefField): KindName | undefined => {
  const ref = asObject(getIn(vm, 'spec', field));
  const name = asString(ref?.name);
  if (!ref || !name) return undefined;
  const kind = asString(ref.kind);
  return { kind: CANONICAL_KIND[field](kind) ?? kind ?? '', name };
};

/** The labels that offer a boilerplate's instancetype and preference as the DataSource's defaults. */
export const defaultLabelsFor = (vm: unknown): Record<string, string> => {
  const labels: Record<string, string> = {};
  for (const field of ['instancetype', 'preference'] as const) {
    const ref = refFrom(vm, field);
    if (!ref) continue;
    const keys = DEFAULT_LABELS[field];
    labels[keys.name] = ref.name;
    if (ref.kind && ref.kind !== keys.clusterKind) labels[keys.kind] = ref.kind;
  }
  return labels;
};

const TYPE_FIELDS = [
  {
    field: 'apiVersion',
    expected: VM_API_VERSION,
    code: 'BoilerplateApiVersion',
    message: msg('The boilerplate has apiVersion {{value}}; it must be {{expected}}.'),
  },
  {
    field: 'kind',
    expected: VM_KIND,
    code: 'BoilerplateKind',
    message: msg('The boilerplate is a {{value}}; it must be a {{expected}}.'),
  },
] as const;

/** A boilerplate may leave apiVersion and kind out (completion fills them in), not get them wrong. */
export const boilerplateTypeFindings = (vm: JsonObject, subject?: FindingSubject): Finding[] =>
  TYPE_FIELDS.filter(
    ({ field, expected }) => vm[field] !== undefined && vm[field] !== expected,
  ).map(({ field, expected, code, message }) =>
    finding(
      'error',
      code,
      `/${field}`,
      message,
      { value: display(vm[field]), expected },
      { subject },
    ),
  );

/** Cheap structural findings, so the catalog can flag a broken appliance without completing it. */
const boilerplateFindings = (vm: JsonObject): Finding[] => {
  const out = boilerplateTypeFindings(vm, 'boilerplate');
  if (!isObject(getIn(vm, 'spec', 'template')))
    out.push(
      finding(
        'error',
        'BoilerplateNoTemplate',
        '/spec/template',
        msg('The boilerplate has no spec.template; a VirtualMachine needs one.'),
        undefined,
        { subject: 'boilerplate' },
      ),
    );
  return out;
};

/**
 * Classifies a DataSource as golden image, appliance or other (semantics §1). Pure and fast:
 * the boilerplate parse is memoized by annotation text.
 */
export const classifyDataSource = (ds: KubeObject): Classification => {
  const meta = ds.metadata ?? {};
  const labels = meta.labels ?? {};
  const annotations = meta.annotations ?? {};
  const name = meta.name ?? '';
  const c: Classification = {
    kind: 'other',
    name,
    namespace: meta.namespace ?? '',
    displayName: annotations[ANNOTATION_DISPLAY_NAME] || name,
    readiness: readinessOf(ds),
    findings: [],
  };
  if (meta.uid) c.uid = meta.uid;
  const description = annotations.description ?? annotations['openshift.io/description'];
  if (description) c.description = description;
  const source = sourceOf(ds);
  if (source) c.source = source;
  const it = fromLabel(labels, 'instancetype');
  const pref = fromLabel(labels, 'preference');
  if (it) c.defaultInstancetype = it;
  if (pref) c.defaultPreference = pref;

  const spec = annotations[ANNOTATION_VM_SPEC];
  if (spec !== undefined) {
    c.kind = 'appliance';
    const parsed = parseBoilerplate(spec);
    c.findings = [...parsed.findings];
    const vm = parsed.value;
    c.flavor =
      source?.kind === 'snapshot' || (vm && hasIdentityFields(vm)) ? 'identity' : 'agnostic';
    if (vm) {
      c.summary = summarize(vm);
      const bIt = refFrom(vm, 'instancetype');
      const bPref = refFrom(vm, 'preference');
      if (bIt) c.boilerplateInstancetype = bIt;
      if (bPref) c.boilerplatePreference = bPref;
      c.findings.push(...boilerplateFindings(vm));
    }
    const os = c.boilerplatePreference?.name ?? pref?.name;
    if (os) c.os = os;
  } else if (pref) {
    c.kind = 'golden-image';
    c.os = pref.name;
  }
  return c;
};
