import {
  ANNOTATION_DISPLAY_NAME,
  ANNOTATION_VM_SPEC,
  canonicalInstancetypeKind,
  canonicalPreferenceKind,
  LABEL_DEFAULT_INSTANCETYPE,
  LABEL_DEFAULT_INSTANCETYPE_KIND,
  LABEL_DEFAULT_PREFERENCE,
  LABEL_DEFAULT_PREFERENCE_KIND,
  VM_API_VERSION,
  VM_KIND,
} from './constants';
import { finding, msg, type Finding } from '../findings';
import { asArray, asObject, asString, display, getIn, isObject, type JsonObject } from './json';
import { hasIdentityFields, summarize } from './boilerplate';
import { parseBoilerplate } from './parse';
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

const fromLabel = (
  labels: Record<string, string>,
  nameKey: string,
  kindKey: string,
  canonical: (k: string | undefined) => string | undefined,
): KindName | undefined => {
  const name = labels[nameKey];
  if (!name) return undefined;
  return { kind: canonical(labels[kindKey]) ?? labels[kindKey], name };
};

/** The boilerplate's own `spec.instancetype`/`spec.preference` (kind canonicalised when known). */
export const refFrom = (
  vm: unknown,
  field: 'instancetype' | 'preference',
): KindName | undefined => {
  const ref = asObject(getIn(vm, 'spec', field));
  const name = asString(ref?.name);
  if (!ref || !name) return undefined;
  const canonical = field === 'instancetype' ? canonicalInstancetypeKind : canonicalPreferenceKind;
  const kind = asString(ref.kind);
  return { kind: canonical(kind) ?? kind ?? '', name };
};

/** Cheap structural findings, so the catalog can flag a broken appliance without completing it. */
const boilerplateFindings = (vm: JsonObject): Finding[] => {
  const out: Finding[] = [];
  const s = { subject: 'boilerplate' as const };
  if (vm.apiVersion !== undefined && vm.apiVersion !== VM_API_VERSION)
    out.push(
      finding(
        'error',
        'BoilerplateApiVersion',
        '/apiVersion',
        msg('The boilerplate has apiVersion {{value}}; it must be {{expected}}.'),
        { value: display(vm.apiVersion), expected: VM_API_VERSION },
        s,
      ),
    );
  if (vm.kind !== undefined && vm.kind !== VM_KIND)
    out.push(
      finding(
        'error',
        'BoilerplateKind',
        '/kind',
        msg('The boilerplate is a {{value}}; it must be a {{expected}}.'),
        { value: display(vm.kind), expected: VM_KIND },
        s,
      ),
    );
  if (!isObject(getIn(vm, 'spec', 'template')))
    out.push(
      finding(
        'error',
        'BoilerplateNoTemplate',
        '/spec/template',
        msg('The boilerplate has no spec.template; a VirtualMachine needs one.'),
        undefined,
        s,
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
  const it = fromLabel(
    labels,
    LABEL_DEFAULT_INSTANCETYPE,
    LABEL_DEFAULT_INSTANCETYPE_KIND,
    canonicalInstancetypeKind,
  );
  const pref = fromLabel(
    labels,
    LABEL_DEFAULT_PREFERENCE,
    LABEL_DEFAULT_PREFERENCE_KIND,
    canonicalPreferenceKind,
  );
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
