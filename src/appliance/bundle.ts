import { loadAll, YAMLException } from 'js-yaml';
import { KUBE_YAML_SCHEMA } from './yaml-schema';
import { finding, msg, type Finding } from '../findings';
import { isObject } from './json';
import { copyParsedSafely } from './parse';
import type { KubeObject } from './types';

export interface BundleDocument {
  index: number;
  /** The document as an object; absent for empty or unusable documents. */
  object?: KubeObject;
}

export interface Bundle {
  documents: BundleDocument[];
  /** The first DataSource of the text (the seed's form: a DataSource followed by companions). */
  dataSource?: KubeObject;
  /** Every other object, in order. */
  companions: KubeObject[];
  /** Paths are relative to a document (subject `document`, `params.document` = its index). */
  findings: Finding[];
}

/** Bundles are several objects; far above any real appliance, far below a memory problem. */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;

const docFinding = (
  severity: 'error' | 'warning',
  code: string,
  index: number,
  path: string,
  message: string,
  params: Record<string, string | number> = {},
): Finding =>
  finding(severity, code, path, message, { document: index, ...params }, { subject: 'document' });

/**
 * Reads multi-document YAML (`---` separated) safely: each document a mapping with the same
 * limits as a boilerplate. Checks the companions' ownerReferences to the DataSource (the seed's
 * PVC lacks the owner's uid, which an import must fill in after creating the DataSource).
 */
export const parseMultiDocument = (text: string): Bundle => {
  const bundle: Bundle = { documents: [], companions: [], findings: [] };
  if (text.length > MAX_BUNDLE_BYTES) {
    bundle.findings.push(
      docFinding(
        'error',
        'BundleTooLarge',
        0,
        '',
        msg('The file is larger than {{limit}} bytes.'),
        { limit: MAX_BUNDLE_BYTES },
      ),
    );
    return bundle;
  }
  let raw: unknown[];
  try {
    raw = loadAll(text, undefined, { schema: KUBE_YAML_SCHEMA }) as unknown[];
  } catch (e) {
    const reason =
      e instanceof YAMLException
        ? (e.reason ?? e.message)
        : e instanceof Error
          ? e.message
          : String(e);
    const line = e instanceof YAMLException ? (e.mark?.line ?? 0) + 1 : 0;
    bundle.findings.push(
      docFinding(
        'error',
        'YamlSyntax',
        0,
        '',
        msg('The YAML is not valid (line {{line}}): {{reason}}'),
        { line, reason },
      ),
    );
    return bundle;
  }
  raw.forEach((doc, index) => {
    const entry: BundleDocument = { index };
    bundle.documents.push(entry);
    if (doc === null || doc === undefined) return;
    const copied = copyParsedSafely(doc);
    if (copied.finding) {
      bundle.findings.push({
        ...copied.finding,
        subject: 'document',
        params: { ...copied.finding.params, document: index },
      });
      return;
    }
    if (!isObject(copied.value)) {
      bundle.findings.push(
        docFinding(
          'error',
          'DocumentNotMapping',
          index,
          '',
          msg('Document {{document}} is not a Kubernetes object (a mapping).'),
        ),
      );
      return;
    }
    const obj = copied.value as KubeObject;
    entry.object = obj;
    if (!bundle.dataSource && obj.kind === 'DataSource') bundle.dataSource = obj;
    else bundle.companions.push(obj);
  });
  const ds = bundle.dataSource;
  if (ds) {
    const dsName = ds.metadata?.name;
    for (const { index, object } of bundle.documents) {
      if (!object || object === ds) continue;
      (object.metadata?.ownerReferences ?? []).forEach((ref, i) => {
        if (ref.kind !== 'DataSource' || ref.name !== dsName) return;
        if (!ref.uid)
          bundle.findings.push(
            docFinding(
              'warning',
              'CompanionOwnerUidMissing',
              index,
              `/metadata/ownerReferences/${i}/uid`,
              msg(
                '{{kind}} {{name}} names its owner DataSource {{owner}} without a uid (Kubernetes requires one); fill it in after creating the DataSource.',
              ),
              { kind: object.kind ?? '', name: object.metadata?.name ?? '', owner: dsName ?? '' },
            ),
          );
      });
      const ns = object.metadata?.namespace;
      if (ns && ds.metadata?.namespace && ns !== ds.metadata.namespace)
        bundle.findings.push(
          docFinding(
            'warning',
            'CompanionNamespace',
            index,
            '/metadata/namespace',
            msg(
              '{{name}} is in namespace {{namespace}}, not in the DataSource namespace {{dsNamespace}}; companions live with their appliance.',
            ),
            {
              name: object.metadata?.name ?? '',
              namespace: ns,
              dsNamespace: ds.metadata.namespace,
            },
          ),
        );
    }
  }
  return bundle;
};
