import { MAX_BUNDLE_BYTES, parseMultiDocument, type Bundle } from './bundle';
import { DATASOURCE_API_VERSION } from './constants';
import { finding, hasErrors, msg, type Finding, type MessageParams } from '../findings';
import { asArray, asObject, display, getIn, isObject } from './json';
import { isDnsSubdomain } from './names';
import { completeAppliance } from './complete';
import { classifyDataSource } from './classify';
import type { KubeObject } from './types';
import { parametersOf } from './parameters';
import { sampleParameterValues } from './parameters-apply';

/**
 * Kinds an import may create next to the DataSource, with the apiVersion they must carry. A
 * closed list: the console needs a model for each, and a bundle is no place for RBAC or workloads.
 */
export const IMPORTABLE_COMPANIONS: Readonly<Record<string, string>> = {
  PersistentVolumeClaim: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
  Service: 'v1',
  DataVolume: 'cdi.kubevirt.io/v1beta1',
  VolumeSnapshot: 'snapshot.storage.k8s.io/v1',
};

export interface ObjectKey {
  kind: string;
  name: string;
}

export const objectKey = (o: ObjectKey): string => `${o.kind}/${o.name}`;

export const docErr = (
  severity: 'error' | 'warning' | 'info',
  code: string,
  document: number,
  path: string,
  message: string,
  params: MessageParams = {},
): Finding =>
  finding(severity, code, path, message, { document, ...params }, { subject: 'document' });

const checkDocument = (obj: KubeObject, index: number): Finding[] => {
  const out: Finding[] = [];
  const name = obj.metadata?.name;
  if (typeof obj.kind !== 'string' || !obj.kind)
    out.push(
      docErr(
        'error',
        'DocumentKindMissing',
        index,
        '/kind',
        msg('Document {{document}} has no kind.'),
      ),
    );
  if (typeof obj.apiVersion !== 'string' || !obj.apiVersion)
    out.push(
      docErr(
        'error',
        'DocumentApiVersionMissing',
        index,
        '/apiVersion',
        msg('Document {{document}} ({{kind}}) has no apiVersion.'),
        { kind: display(obj.kind ?? '') },
      ),
    );
  if (typeof name !== 'string' || !isDnsSubdomain(name))
    out.push(
      docErr(
        'error',
        'DocumentNameInvalid',
        index,
        '/metadata/name',
        msg(
          'Document {{document}} ({{kind}}) needs metadata.name: lowercase letters, digits, "-" and "." (got {{name}}).',
        ),
        { kind: display(obj.kind ?? ''), name: display(name ?? '') },
      ),
    );
  return out;
};

const checkDataSource = (ds: KubeObject, index: number): Finding[] => {
  const out: Finding[] = [];
  if (ds.apiVersion !== DATASOURCE_API_VERSION)
    out.push(
      docErr(
        'error',
        'DataSourceApiVersion',
        index,
        '/apiVersion',
        msg('The DataSource has apiVersion {{value}}; it must be {{expected}}.'),
        { value: display(ds.apiVersion ?? ''), expected: DATASOURCE_API_VERSION },
      ),
    );
  const source = asObject(getIn(ds, 'spec', 'source'));
  const kinds = source ? ['pvc', 'snapshot', 'dataSource'].filter((k) => isObject(source[k])) : [];
  if (kinds.length !== 1)
    out.push(
      docErr(
        'error',
        'DataSourceSourceInvalid',
        index,
        '/spec/source',
        msg('spec.source must name exactly one of pvc, snapshot or dataSource (found {{found}}).'),
        { found: kinds.length ? kinds.join(', ') : 'none' },
      ),
    );
  const c = classifyDataSource(ds);
  if (c.kind === 'other')
    out.push(
      docErr(
        'warning',
        'NotAnAppliance',
        index,
        '/metadata',
        msg(
          'The DataSource is neither an appliance nor a golden image (no boilerplate annotation, no preference label); it will not be offered for VMs.',
        ),
      ),
    );
  // The annotation must at least be readable; its content is checked as a sample completion.
  for (const f of c.findings)
    if (f.severity === 'error' && f.code.startsWith('Boilerplate'))
      out.push({ ...f, params: { ...f.params, document: index } });
  // The parameter declarations travel in their annotation: an invalid one is refused alike.
  for (const f of parametersOf(ds).findings)
    if (f.severity === 'error') out.push({ ...f, params: { ...f.params, document: index } });
  return out;
};

const checkOwners = (obj: KubeObject, index: number, dsName: string | undefined): Finding[] => {
  const out: Finding[] = [];
  // Untrusted input: the list or its items may be anything.
  const refs = asArray(asObject(obj.metadata)?.ownerReferences).map(asObject);
  refs.forEach((ref, i) => {
    if (ref?.kind === 'DataSource' && ref.name === dsName) return;
    if (!ref) {
      out.push(
        docErr(
          'error',
          'OwnerReferenceInvalid',
          index,
          `/metadata/ownerReferences/${i}`,
          msg('An owner reference must be an object with apiVersion, kind, name and uid.'),
        ),
      );
      return;
    }
    out.push(
      docErr(
        'warning',
        'CompanionForeignOwner',
        index,
        `/metadata/ownerReferences/${i}`,
        msg(
          '{{name}} names owner {{owner}}, which is not in the bundle; that reference is dropped on import.',
        ),
        {
          name: display(obj.metadata?.name ?? ''),
          owner: `${display(ref?.kind)}/${display(ref?.name)}`,
        },
      ),
    );
  });
  if (dsName && !refs.some((r) => r?.kind === 'DataSource' && r.name === dsName))
    out.push(
      docErr(
        'info',
        'CompanionOwnerAdded',
        index,
        '/metadata/ownerReferences',
        msg(
          '{{name}} does not name the appliance as owner; the import adds it, so it goes when the appliance is deleted.',
        ),
        { name: display(obj.metadata?.name ?? '') },
      ),
    );
  return out;
};

/** Validates every document of a bundle (semantics §1: a DataSource and its companions). */
export const validateBundle = (
  text: string,
  namespace = 'default',
  maxBytes = MAX_BUNDLE_BYTES,
): { bundle: Bundle; findings: Finding[]; boilerplateFindings: Finding[] } => {
  const bundle = parseMultiDocument(text, maxBytes);
  const findings = [...bundle.findings];
  let boilerplateFindings: Finding[] = [];
  // A text refused as a whole (syntax, a bound) has no documents to check.
  if (!bundle.documents.length && hasErrors(findings))
    return { bundle, findings, boilerplateFindings };
  const keys = new Set<string>();
  for (const { index, object } of bundle.documents) {
    if (!object) continue;
    findings.push(...checkDocument(object, index));
    const key = objectKey({ kind: display(object.kind), name: display(object.metadata?.name) });
    if (keys.has(key))
      findings.push(
        docErr(
          'error',
          'DocumentDuplicate',
          index,
          '/metadata/name',
          msg('{{key}} appears twice in the bundle.'),
          { key },
        ),
      );
    keys.add(key);
    if (object === bundle.dataSource) {
      findings.push(...checkDataSource(object, index));
      continue;
    }
    if (object.kind === 'DataSource')
      findings.push(
        docErr(
          'error',
          'SecondDataSource',
          index,
          '/kind',
          msg('A bundle holds one appliance; document {{document}} is a second DataSource.'),
        ),
      );
    else if (typeof object.kind === 'string' && object.kind) {
      const apiVersion = IMPORTABLE_COMPANIONS[object.kind];
      if (!apiVersion)
        findings.push(
          docErr(
            'error',
            'CompanionKindUnsupported',
            index,
            '/kind',
            msg('{{kind}} cannot be imported with an appliance; allowed kinds: {{allowed}}.'),
            { kind: object.kind, allowed: Object.keys(IMPORTABLE_COMPANIONS).join(', ') },
          ),
        );
      else if (object.apiVersion !== apiVersion)
        findings.push(
          docErr(
            'error',
            'CompanionApiVersion',
            index,
            '/apiVersion',
            msg('{{kind}} needs apiVersion {{expected}}, not {{value}}.'),
            { kind: object.kind, expected: apiVersion, value: display(object.apiVersion ?? '') },
          ),
        );
      if (object.kind === 'Secret')
        findings.push(
          docErr(
            'warning',
            'CompanionSecret',
            index,
            '',
            msg(
              'Secret {{name}} travels in the bundle file: anyone with the file can read it. Prefer creating it separately.',
            ),
            { name: display(object.metadata?.name ?? '') },
          ),
        );
    }
    findings.push(...checkOwners(object, index, bundle.dataSource?.metadata?.name));
  }
  if (!bundle.dataSource && bundle.documents.some((d) => d.object))
    findings.push(
      docErr(
        'error',
        'BundleWithoutDataSource',
        0,
        '',
        msg('The bundle has no DataSource (kind: DataSource, apiVersion cdi.kubevirt.io/v1beta1).'),
      ),
    );
  else if (!bundle.documents.some((d) => d.object))
    findings.push(docErr('error', 'BundleEmpty', 0, '', msg('The bundle holds no objects.')));
  const ds = bundle.dataSource;
  if (ds && !hasErrors(findings) && classifyDataSource(ds).kind === 'appliance') {
    const sample = completeAppliance({
      dataSource: { ...ds, metadata: { ...ds.metadata, namespace } },
      companions: bundle.companions.map((c) => ({
        ...c,
        metadata: { ...c.metadata, namespace },
      })),
      namespace,
      name: 'sample-vm',
      random: () => 0.5,
      choices: { parameters: sampleParameterValues(parametersOf(ds).declarations) },
    });
    // Declarations were checked above; the sample adds how the boilerplate uses them.
    boilerplateFindings = sample.findings.filter((f) => f.code !== 'ParameterDeclarationInvalid');
    // Unlike the sample's other findings, a private key travels in the file itself: refused.
    for (const f of sample.findings)
      if (f.code === 'PrivateKeyInBoilerplate')
        findings.push({
          ...f,
          params: { ...f.params, document: bundle.documents.findIndex((d) => d.object === ds) },
        });
  }
  return { bundle, findings, boilerplateFindings };
};
