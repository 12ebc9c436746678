import { validateVirtualMachine } from '../schema/validate';
import {
  ANNOTATION_SOURCE,
  ANNOTATION_SOURCE_UID,
  canonicalInstancetypeKind,
  canonicalPreferenceKind,
  LABEL_DEFAULT_INSTANCETYPE,
  LABEL_DEFAULT_PREFERENCE,
} from './constants';
import { finding, msg, type Finding } from './findings';
import { asObject, asString, ensureObject, getIn, type JsonObject } from './json';
import {
  checkInstancetypeConflicts,
  checkKnownRef,
  findKnown,
  instancetypeNeeds,
  type RefField,
} from './instancetype';
import { isDnsSubdomain } from './names';
import { ptr } from './pointer';
import { refFrom } from './classify';
import type { Classification, InstantiateInput, KindName, KubeObject } from './types';

/** Where the DataSource lives; a DataSource read from a file may not say (then: the target). */
export const sourceNamespace = (input: InstantiateInput, findings: Finding[]): string => {
  const ns = input.dataSource.metadata?.namespace;
  if (ns) return ns;
  findings.push(
    finding(
      'info',
      'DataSourceNamespaceAssumed',
      '/metadata/namespace',
      msg('The DataSource names no namespace; {{namespace}} (the target namespace) is assumed.'),
      { namespace: input.namespace },
      { subject: 'datasource' },
    ),
  );
  return input.namespace;
};

export const checkTarget = (input: InstantiateInput): Finding[] => {
  const out: Finding[] = [];
  if (!input.name || !isDnsSubdomain(input.name) || input.name.length > 63)
    out.push(
      finding(
        'error',
        'VmNameInvalid',
        '/metadata/name',
        msg(
          'The VM name {{name}} is not valid: use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit.',
        ),
        { name: input.name ?? '' },
      ),
    );
  if (
    !input.namespace ||
    !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(input.namespace) ||
    input.namespace.length > 63
  )
    out.push(
      finding(
        'error',
        'NamespaceInvalid',
        '/metadata/namespace',
        msg('The namespace {{namespace}} is not a valid namespace name.'),
        { namespace: input.namespace ?? '' },
      ),
    );
  return out;
};

/** Name, namespace and provenance annotations (semantics §3.3). */
export const setIdentity = (vm: JsonObject, input: InstantiateInput, dsNamespace: string): void => {
  const meta = ensureObject(vm, 'metadata');
  delete meta.generateName;
  meta.name = input.name;
  meta.namespace = input.namespace;
  const annotations = ensureObject(meta, 'annotations');
  annotations[ANNOTATION_SOURCE] = `${dsNamespace}/${input.dataSource.metadata?.name ?? ''}`;
  const uid = input.dataSource.metadata?.uid;
  if (uid) annotations[ANNOTATION_SOURCE_UID] = uid;
  else delete annotations[ANNOTATION_SOURCE_UID];
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
  out.push(...checkInstancetypeConflicts(vm, 'complete', !!input.known?.instancetypes));
  return out;
};

/** Stable output: apiVersion, kind, metadata, spec first, then whatever else the boilerplate had. */
export const orderKeys = (vm: JsonObject): KubeObject => {
  const ordered: JsonObject = {};
  for (const k of ['apiVersion', 'kind', 'metadata', 'spec']) if (k in vm) ordered[k] = vm[k];
  for (const k of Object.keys(vm)) if (!(k in ordered)) ordered[k] = vm[k];
  return ordered as KubeObject;
};

/** Schema check of the final VM (semantics §3.11); findings point into the final VM. */
export const schemaFindings = (vm: unknown): Finding[] => validateVirtualMachine(vm);

export const dataSourceRef = (name: string, namespace: string): JsonObject => ({
  kind: 'DataSource',
  name,
  namespace,
});

export const readName = (o: unknown): string => asString(getIn(o, 'metadata', 'name')) ?? '';
