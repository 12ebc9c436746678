import { finding, msg, type Finding } from '../findings';
import { asArray, asObject, asString, display, isObject } from './json';
import { limitsFor, readYamlDocuments } from './yaml-read';
import { problemFinding } from './yaml-problems';
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
 * Reads multi-document YAML (`---` separated) within the limits of yaml-read.ts (`maxBytes`: the
 * browser's 4 MiB unless a caller such as the command line reads more): each document a mapping.
 * Checks the companions' ownerReferences to the DataSource (the seed's PVC lacks the owner's
 * uid, which an import must fill in after creating the DataSource).
 */
export const parseMultiDocument = (text: string, maxBytes = MAX_BUNDLE_BYTES): Bundle => {
  const bundle: Bundle = { documents: [], companions: [], findings: [] };
  const read = readYamlDocuments(text, limitsFor(maxBytes));
  if (read.problem) {
    bundle.findings.push(problemFinding(read.problem, 'Yaml', 'document', { document: 0 }));
    return bundle;
  }
  read.documents.forEach((doc, index) => {
    const entry: BundleDocument = { index };
    bundle.documents.push(entry);
    const problem = read.documentProblems.get(index);
    if (problem) {
      bundle.findings.push(problemFinding(problem, 'Yaml', 'document', { document: index }));
      return;
    }
    if (doc === null || doc === undefined) return;
    if (!isObject(doc)) {
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
    const obj = doc as KubeObject;
    entry.object = obj;
    if (!bundle.dataSource && obj.kind === 'DataSource') bundle.dataSource = obj;
    else bundle.companions.push(obj);
  });
  const ds = bundle.dataSource;
  if (ds) {
    const dsName = ds.metadata?.name;
    for (const { index, object } of bundle.documents) {
      if (!object || object === ds) continue;
      // Input is untrusted: any of these may be missing, null or of another type.
      const meta = asObject(object.metadata);
      asArray(meta?.ownerReferences).forEach((ref, i) => {
        if (!isObject(ref) || ref.kind !== 'DataSource' || ref.name !== dsName) return;
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
              {
                kind: display(object.kind ?? ''),
                name: display(meta?.name ?? ''),
                owner: display(dsName ?? ''),
              },
            ),
          );
      });
      const ns = asString(meta?.namespace);
      const dsNamespace = asString(asObject(ds.metadata)?.namespace);
      if (ns && dsNamespace && ns !== dsNamespace)
        bundle.findings.push(
          docFinding(
            'warning',
            'CompanionNamespace',
            index,
            '/metadata/namespace',
            msg(
              '{{name}} is in namespace {{namespace}}, not in the DataSource namespace {{dsNamespace}}; companions live with their appliance.',
            ),
            { name: display(meta?.name ?? ''), namespace: ns, dsNamespace },
          ),
        );
    }
  }
  return bundle;
};
