import type { Finding } from '../findings';
import { bundledSchema, type CompiledValidator } from './bundled';
import { compileSchema } from './cluster';
import { findingsFromErrors } from './errors';
import { SchemaNavigator, type JsonSchema } from './navigator';

export { SCHEMA_CODES, type SchemaCode } from './codes';

interface ActiveSchema {
  validate: CompiledValidator;
  navigator: SchemaNavigator;
}

const fromBundle = (): ActiveSchema => ({
  validate: bundledSchema.validate,
  navigator: new SchemaNavigator(bundledSchema.schema),
});

const bundled = fromBundle();
let active: ActiveSchema = bundled;

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
 * Replaces the bundled validator with one compiled from `schema` (e.g. the
 * cluster's OpenAPI schema for VirtualMachine, with local `$ref`s resolvable
 * from its root); `null` restores the bundled one. Throws, keeping the
 * current validator, when the schema does not compile.
 */
export const setVirtualMachineSchema = (schema: object | null): void => {
  if (schema === null) {
    active = bundled;
    return;
  }
  active = {
    validate: compileSchema(schema),
    navigator: new SchemaNavigator(schema as JsonSchema),
  };
};
