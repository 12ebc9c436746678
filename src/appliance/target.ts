import { ANNOTATION_SOURCE, ANNOTATION_SOURCE_UID } from './constants';
import { finding, msg, type Finding, type FindingSubject } from '../findings';
import { display, ensureObject, type JsonObject } from './json';
import { isDnsLabel, isDnsSubdomain } from './names';
import { vmNameFindings } from './names-check';
import type { InstantiateInput } from './types';

/** Where the DataSource lives; a DataSource read from a file may not say (then: the target). */
export const sourceNamespace = (input: InstantiateInput, findings: Finding[]): string => {
  const ns: unknown = input.dataSource.metadata?.namespace;
  if (typeof ns === 'string' && ns) return ns;
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

/** The namespace a new object goes to; `subject` says which object the finding's path is in. */
export const checkNamespace = (
  namespace: string | undefined,
  subject?: FindingSubject,
): Finding[] =>
  namespace && isDnsLabel(namespace)
    ? []
    : [
        finding(
          'error',
          'NamespaceInvalid',
          '/metadata/namespace',
          msg('The namespace {{namespace}} is not a valid namespace name.'),
          { namespace: namespace ?? '' },
          { subject },
        ),
      ];

export const checkTarget = (input: InstantiateInput): Finding[] => {
  const out: Finding[] = [];
  out.push(...vmNameFindings(input.name));
  out.push(...checkNamespace(input.namespace));
  // The source's name and namespace are copied into the VM (provenance, sourceRef): checked too.
  const meta = input.dataSource.metadata;
  const dsName: unknown = meta?.name;
  const dsNamespace: unknown = meta?.namespace;
  if (typeof dsName !== 'string' || !isDnsSubdomain(dsName))
    out.push(
      finding(
        'error',
        'DataSourceNameInvalid',
        '/metadata/name',
        msg('The DataSource name {{name}} is not a valid Kubernetes name.'),
        { name: display(dsName ?? '') },
        { subject: 'datasource' },
      ),
    );
  if (dsNamespace !== undefined && (typeof dsNamespace !== 'string' || !isDnsLabel(dsNamespace)))
    out.push(
      finding(
        'error',
        'DataSourceNamespaceInvalid',
        '/metadata/namespace',
        msg('The DataSource namespace {{namespace}} is not a valid namespace name.'),
        { namespace: display(dsNamespace) },
        { subject: 'datasource' },
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
