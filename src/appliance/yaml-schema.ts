import * as jsyaml from 'js-yaml';

// js-yaml 4 exports its built-in types at run time, but @types/js-yaml does not declare them.
const { merge } = (jsyaml as unknown as { types: { merge: jsyaml.Type } }).types;

/**
 * The YAML schema of every Kubernetes document the core reads: YAML 1.2 core types (no
 * timestamps, so `creationTimestamp` stays a string as the API serves it) plus `<<` merge keys,
 * which kubectl's parser accepts. Merged values are shared references: the bounded copy in
 * parse.ts counts them, so a merge cannot be used as a bomb either.
 */
export const KUBE_YAML_SCHEMA = jsyaml.CORE_SCHEMA.extend({ implicit: [merge] });
