import type { Finding } from '../findings';
import { bundledSchema, type CompiledValidator } from './bundled';
import { compileSchema } from './cluster';
import { findingsFromErrors } from './errors';
import { SchemaNavigator, type JsonSchema } from './navigator';

export { SCHEMA_CODES, type SchemaCode } from './codes';

/** The KubeVirt release whose API types the bundled schema is generated from. */
export const BUNDLED_KUBEVIRT_VERSION = '1.7';

/**
 * Which schema validates: the bundled one (with why, when the cluster's could not be used) or
 * the cluster's (with the KubeVirt version, when the cluster says it).
 */
export type SchemaSource =
  | { source: 'bundled'; kubevirtVersion: string; reason?: string }
  | { source: 'cluster'; kubevirtVersion?: string };

interface ActiveSchema {
  validate: CompiledValidator;
  navigator: SchemaNavigator;
  origin: SchemaSource;
}

const fromBundle = (reason?: string): ActiveSchema => ({
  validate: bundledSchema.validate,
  navigator: bundledNavigator,
  origin: {
    source: 'bundled',
    kubevirtVersion: BUNDLED_KUBEVIRT_VERSION,
    ...(reason ? { reason } : {}),
  },
});

const bundledNavigator = new SchemaNavigator(bundledSchema.schema);
let active: ActiveSchema = fromBundle();
const listeners = new Set<() => void>();

/** The schema in use now; a new object each time it changes. */
export const activeSchemaSource = (): SchemaSource => active.origin;

/** Calls `listener` after every switch of schema; returns the unsubscribe. */
export const onSchemaChange = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/**
 * Checks a VirtualMachine against the bundled schema (generated at build time
 * from @kubevirt-ui-ext/kubevirt-api) or the one set by `setVirtualMachineSchema`.
 * Pure: no I/O, never throws on any input. Every finding has severity `error`
 * and one of the codes `SchemaUnknownField`, `SchemaWrongType`,
 * `SchemaRequired`, `SchemaInvalidValue`; `path` is a JSON pointer into `vm`.
 */
export const validateVirtualMachine = (vm: unknown): Finding[] => {
  const { validate, navigator } = active;
  if (validate(vm)) return [];
  return findingsFromErrors(validate.errors ?? [], vm, navigator);
};

/**
 * Valid property names at a JSON pointer into a VirtualMachine (`''` is the
 * root; array indices may be numbers, `-` or `*`), sorted. Empty for a free
 * map (labels, annotations), a scalar, or a place the schema does not know.
 */
export const knownFieldsAt = (pointer: string): string[] => {
  const schema = active.navigator.at(pointer);
  return schema ? active.navigator.propertiesOf(schema) : [];
};

/**
 * Replaces the bundled validator with one for `schema` (e.g. the cluster's VirtualMachine schema
 * prepared by `virtualMachineSchemaFromOpenApi`, with local `$ref`s resolvable from its root),
 * interpreted at run time without generating code; `null` restores the bundled one. `origin`
 * says where it came from (default: the cluster, version unknown; with `null`, `reason` says why
 * the bundled schema is used). Throws, keeping the current validator, when the schema cannot be
 * used.
 */
export const setVirtualMachineSchema = (
  schema: object | null,
  origin: { kubevirtVersion?: string; reason?: string } = {},
): void => {
  if (schema === null) {
    active = fromBundle(origin.reason);
  } else {
    active = {
      validate: compileSchema(schema),
      navigator: new SchemaNavigator(schema as JsonSchema),
      origin: {
        source: 'cluster',
        ...(origin.kubevirtVersion ? { kubevirtVersion: origin.kubevirtVersion } : {}),
      },
    };
  }
  listeners.forEach((listener) => listener());
};
