import { exportObject } from './bundle-export';
import { docErr, objectKey, validateBundle, type ObjectKey } from './bundle-validate';
import { DATASOURCE_API_VERSION } from './constants';
import { finding, hasErrors, msg, type Finding } from '../findings';
import { isDnsLabel } from './names';
import type { KubeObject } from './types';

export {
  IMPORTABLE_COMPANIONS,
  objectKey,
  validateBundle,
  type ObjectKey,
} from './bundle-validate';
import { display } from './json';

export interface ImportStep {
  /** `replace` only when the object exists and the user confirmed overwriting it. */
  action: 'create' | 'replace';
  /** Ready to send: target namespace set, server fields gone; owner uid filled in by `withOwnerUid`. */
  object: KubeObject;
  document: number;
}

export interface ImportPlan {
  dataSource?: KubeObject;
  /** The DataSource first, then the companions in bundle order. */
  steps: ImportStep[];
  /** About the bundle itself; any error blocks the import. */
  findings: Finding[];
  /** The boilerplate as a sample VM would be completed from it: informative, never blocking. */
  boilerplateFindings: Finding[];
  /** Objects that exist already in the target namespace. */
  conflicts: ObjectKey[];
  ready: boolean;
}

export interface ImportOptions {
  namespace: string;
  /** Objects of the target namespace with the bundle's kinds and names that already exist. */
  existing?: ObjectKey[];
  /** The user explicitly confirmed replacing the existing objects. */
  overwrite?: boolean;
}

/**
 * What an import into `namespace` will do (issue 7): validated documents, the DataSource then its
 * companions, owner references ready for the DataSource's uid, and existing objects that need an
 * explicit confirmation before they are replaced.
 */
export const planBundleImport = (text: string, opts: ImportOptions): ImportPlan => {
  const { bundle, findings, boilerplateFindings } = validateBundle(text, opts.namespace);
  if (!opts.namespace || !isDnsLabel(opts.namespace))
    findings.push(
      finding(
        'error',
        'NamespaceInvalid',
        '/metadata/namespace',
        msg('The namespace {{namespace}} is not a valid namespace name.'),
        { namespace: opts.namespace ?? '' },
      ),
    );
  const existing = new Set((opts.existing ?? []).map(objectKey));
  const conflicts: ObjectKey[] = [];
  const steps: ImportStep[] = [];
  const ds = bundle.dataSource;
  const dsName = ds?.metadata?.name ?? '';
  const ordered = bundle.documents.filter((d) => d.object && d.object === ds);
  ordered.push(...bundle.documents.filter((d) => d.object && d.object !== ds));
  for (const { index, object } of ordered) {
    if (!object) continue;
    const isDs = object === ds;
    const clean = exportObject(object, isDs ? undefined : { name: dsName });
    const meta = (clean.metadata ??= {});
    const from = object.metadata?.namespace;
    if (from && from !== opts.namespace)
      findings.push(
        docErr(
          'info',
          'NamespaceChanged',
          index,
          '/metadata/namespace',
          msg('{{kind}} {{name}} is imported into {{namespace}} (the file says {{from}}).'),
          { kind: display(object.kind), name: display(meta.name), namespace: opts.namespace, from },
        ),
      );
    meta.namespace = opts.namespace;
    if (!isDs && ds && !(meta.ownerReferences ?? []).length)
      meta.ownerReferences = [
        { apiVersion: DATASOURCE_API_VERSION, kind: 'DataSource', name: dsName },
      ];
    const key = { kind: display(clean.kind), name: display(meta.name) };
    let action: ImportStep['action'] = 'create';
    if (existing.has(objectKey(key))) {
      conflicts.push(key);
      if (opts.overwrite) {
        action = 'replace';
        findings.push(
          docErr(
            'warning',
            'ObjectReplaced',
            index,
            '/metadata/name',
            msg('{{key}} exists in {{namespace}} and will be replaced, as you confirmed.'),
            { key: objectKey(key), namespace: opts.namespace },
          ),
        );
      } else
        findings.push(
          docErr(
            'error',
            'ObjectExists',
            index,
            '/metadata/name',
            msg(
              '{{key}} already exists in {{namespace}}; choose another namespace, or confirm that it is replaced.',
            ),
            { key: objectKey(key), namespace: opts.namespace },
          ),
        );
    }
    steps.push({ action, object: clean, document: index });
  }
  return {
    ...(ds ? { dataSource: steps[0]?.object } : {}),
    steps,
    findings,
    boilerplateFindings,
    conflicts,
    ready: !hasErrors(findings) && !!ds,
  };
};

/** The companion with the created DataSource's uid in the references that name it. */
export const withOwnerUid = (obj: KubeObject, owner: { name: string; uid: string }): KubeObject => {
  const refs = obj.metadata?.ownerReferences;
  if (!refs) return obj;
  return {
    ...obj,
    metadata: {
      ...obj.metadata,
      ownerReferences: refs.map((r) =>
        r.kind === 'DataSource' && r.name === owner.name ? { ...r, uid: owner.uid } : r,
      ),
    },
  };
};
