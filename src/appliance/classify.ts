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
import { asObject, asString, display, getIn, isObject, type JsonObject } from './json';
import { hasIdentityFields, summarize } from './boilerplate';
import { parseBoilerplate } from './parse';
import type { RefField } from './instancetype';
import type { Classification, KindName, KubeObject, Readiness } from './types';

/** The DataSource's Ready condition, when it reports one. */
const readyConditionOf = (ds: KubeObject): JsonObject | undefined => {
  const conditions = getIn(ds, 'status', 'conditions');
  if (!Array.isArray(conditions)) return undefined;
  for (const c of conditions) if (isObject(c) && c.type === 'Ready') return c;
  return undefined;
};

const readinessOf = (ds: KubeObject): Readiness => {
  const ready = readyConditionOf(ds);
  if (!ready) return { ready: false, reason: 'Unknown' };
  const r: Readiness = {
    ready: ready.status === 'True',
    reason: asString(ready.reason) ?? (ready.status === 'True' ? 'Ready' : 'Unknown'),
  };
  const message = asString(ready.message);
  if (message) r.message = message;
  return r;
};

type BootSourceKind = NonNullable<Classification['source']>['kind'];

/** In this order: a DataSource naming several sources boots from the first. */
const SOURCE_KINDS: readonly BootSourceKind[] = ['pvc', 'snapshot', 'dataSource'];

const sourceKindOf = (source: JsonObject | undefined): BootSourceKind | undefined =>
  source && SOURCE_KINDS.find((kind) => isObject(source[kind]));

const sourceOf = (ds: KubeObject): Classification['source'] => {
  const source = asObject(getIn(ds, 'spec', 'source'));
  const kind = sourceKindOf(source);
  if (!source || !kind) return undefined;
  const ref = source[kind] as JsonObject;
  const out: NonNullable<Classification['source']> = { kind, name: asString(ref.name) ?? '' };
  const ns = asString(ref.namespace);
  if (ns) out.namespace = ns;
  return out;
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
 * What a DataSource says of itself in its labels, annotations and status, read without parsing a
 * boilerplate and without building anything nested: enough for a catalog to list, sort and filter
 * tens of thousands at once. Classification starts from it, so both read each rule the same way.
 */
export interface DataSourceFacts {
  /** An appliance carries a boilerplate (parsed or not); a golden image names a default preference. */
  kind: Classification['kind'];
  name: string;
  namespace: string;
  /** `openshift.io/display-name`, else the name. */
  displayName: string;
  /** `description`, else `openshift.io/description`; `''` when neither says anything. */
  description: string;
  ready: boolean;
  /** The default preference label's name; `''` when there is none. */
  preference: string;
  /** Which boot source `spec.source` names, when it names one. */
  sourceKind?: BootSourceKind;
}

export const dataSourceFacts = (ds: KubeObject): DataSourceFacts => {
  const meta = ds.metadata ?? {};
  const labels = meta.labels ?? {};
  const annotations = meta.annotations ?? {};
  const name = meta.name ?? '';
  const preference = labels[LABEL_DEFAULT_PREFERENCE] || '';
  return {
    kind:
      annotations[ANNOTATION_VM_SPEC] !== undefined
        ? 'appliance'
        : preference
          ? 'golden-image'
          : 'other',
    name,
    namespace: meta.namespace ?? '',
    displayName: annotations[ANNOTATION_DISPLAY_NAME] || name,
    description: annotations.description ?? annotations['openshift.io/description'] ?? '',
    ready: readyConditionOf(ds)?.status === 'True',
    preference,
    sourceKind: sourceKindOf(asObject(getIn(ds, 'spec', 'source'))),
  };
};

/**
 * The classification from the DataSource's metadata alone. For an appliance it is provisional:
 * its boilerplate is not parsed, so its flavor comes from its source only and its OS from its
 * labels. A catalog shows this while the boilerplates of thousands are parsed in the background.
 */
export const classifyMetadata = (
  ds: KubeObject,
  facts: DataSourceFacts = dataSourceFacts(ds),
): Classification => {
  const labels = ds.metadata?.labels ?? {};
  const c: Classification = {
    kind: facts.kind,
    name: facts.name,
    namespace: facts.namespace,
    displayName: facts.displayName,
    readiness: readinessOf(ds),
    findings: [],
  };
  const uid = ds.metadata?.uid;
  if (uid) c.uid = uid;
  if (facts.description) c.description = facts.description;
  const source = sourceOf(ds);
  if (source) c.source = source;
  const it = fromLabel(labels, 'instancetype');
  const pref = fromLabel(labels, 'preference');
  if (it) c.defaultInstancetype = it;
  if (pref) c.defaultPreference = pref;
  if (facts.kind === 'appliance')
    c.flavor = facts.sourceKind === 'snapshot' ? 'identity' : 'agnostic';
  if (facts.kind !== 'other' && pref) c.os = pref.name;
  return c;
};

/**
 * Classifies a DataSource as golden image, appliance or other (semantics §1). Pure and fast:
 * the boilerplate parse is memoized by annotation text.
 */
export const classifyDataSource = (ds: KubeObject): Classification => {
  const c = classifyMetadata(ds);
  if (c.kind !== 'appliance') return c;
  const parsed = parseBoilerplate(ds.metadata?.annotations?.[ANNOTATION_VM_SPEC] ?? '');
  c.findings = [...parsed.findings];
  const vm = parsed.value;
  if (vm) {
    if (hasIdentityFields(vm)) c.flavor = 'identity';
    c.summary = summarize(vm);
    const bIt = refFrom(vm, 'instancetype');
    const bPref = refFrom(vm, 'preference');
    if (bIt) c.boilerplateInstancetype = bIt;
    if (bPref) {
      c.boilerplatePreference = bPref;
      c.os = bPref.name;
    }
    c.findings.push(...boilerplateFindings(vm));
  }
  return c;
};
