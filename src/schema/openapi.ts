import type { JsonSchema } from './navigator';

/**
 * Turns the Kubernetes OpenAPI v3 document of the group version kubevirt.io/v1 (what
 * `GET /openapi/v3/apis/kubevirt.io/v1` answers) into a self-contained JSON schema for
 * VirtualMachine that says what the API server's strict field validation accepts.
 * Pure: no I/O. Throws an Error with a one-line reason when the document cannot be used.
 */

/** The largest OpenAPI document read, in characters (the real one is a few MiB). */
export const MAX_OPENAPI_CHARS = 16 * 1024 * 1024;
/** How many `$ref`s deep a chain of definitions may go before the document is refused. */
export const MAX_REF_DEPTH = 64;
/** How many schema nodes are prepared at most. */
const MAX_NODES = 500_000;

export const VM_SCHEMA_NAME = 'io.kubevirt.v1.VirtualMachine';
const COMPONENTS_PREFIX = '#/components/schemas/';
const DEFINITIONS_PREFIX = '#/definitions/';

/** Kubernetes quantity syntax, written exactly as the bundled schema writes it (errors.ts knows it). */
export const QUANTITY_PATTERN =
  '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|[numkMGTPE]|[KMGTPE]i)?$';
const QUANTITY_DEFINITION = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
const INT_OR_STRING_DEFINITION = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';

/** Keywords copied as they are; everything else (descriptions, defaults, lists types, CEL rules) is dropped. */
const KEPT = [
  'type',
  'enum',
  'required',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;

export class OpenApiError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (reason: string): never => {
  throw new OpenApiError(reason);
};

/** Parses the document's text, refusing one past `MAX_OPENAPI_CHARS`. */
export const parseOpenApiText = (text: string): unknown => {
  if (text.length > MAX_OPENAPI_CHARS) {
    fail(`the OpenAPI document is larger than ${MAX_OPENAPI_CHARS / 1024 / 1024} MiB`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail(
      `the OpenAPI document is not JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
};

const compiles = (pattern: string): boolean => {
  try {
    // The validator reads patterns with the `u` flag; one it cannot read is left out.
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
};

/** A Kubernetes quantity pattern as CRDs write it, whatever its exact spelling. */
const isQuantityPattern = (pattern: unknown): boolean =>
  typeof pattern === 'string' && pattern.includes('[KMGTPE]i') && pattern.includes('numkMGTPE');

const quantity = (): JsonSchema => ({ type: ['string', 'number'], pattern: QUANTITY_PATTERN });
const intOrString = (): JsonSchema => ({ type: ['integer', 'string'] });

/** The name of the schema kubevirt.io/v1 VirtualMachine: by its usual name, else by its GVK. */
const findVmName = (schemas: Record<string, unknown>): string => {
  if (isObject(schemas[VM_SCHEMA_NAME])) return VM_SCHEMA_NAME;
  for (const [name, schema] of Object.entries(schemas)) {
    const gvks = isObject(schema) ? schema['x-kubernetes-group-version-kind'] : undefined;
    if (
      Array.isArray(gvks) &&
      gvks.some(
        (g) =>
          isObject(g) &&
          g.group === 'kubevirt.io' &&
          g.version === 'v1' &&
          g.kind === 'VirtualMachine',
      )
    ) {
      return name;
    }
  }
  return fail(`the OpenAPI document has no schema ${VM_SCHEMA_NAME}`);
};

class Preparer {
  private nodes = 0;
  /** Definitions reached so far, prepared or being prepared. */
  readonly definitions: Record<string, JsonSchema> = {};

  constructor(private readonly schemas: Record<string, unknown>) {}

  /** Prepares the definition `name` (once), `depth` `$ref`s away from the root. */
  definition(name: string, depth: number): void {
    if (Object.prototype.hasOwnProperty.call(this.definitions, name)) return;
    if (depth > MAX_REF_DEPTH) fail(`$refs nest deeper than ${MAX_REF_DEPTH} definitions`);
    const source = this.schemas[name];
    if (!isObject(source)) fail(`$ref to a missing schema ${name}`);
    const target: JsonSchema = {};
    // Registered before it is filled, so a definition that refers to itself ends here.
    this.definitions[name] = target;
    if (name === QUANTITY_DEFINITION) Object.assign(target, quantity());
    else if (name === INT_OR_STRING_DEFINITION) Object.assign(target, intOrString());
    else Object.assign(target, this.node(source, { close: true, depth }));
  }

  /**
   * One schema node: `close` says whether an object listing its properties takes no others (the
   * API server's strict field validation), false under `status`, which users do not write.
   */
  node(source: unknown, opts: { close: boolean; depth: number }): JsonSchema | boolean {
    if (typeof source === 'boolean') return source;
    if (!isObject(source))
      return fail('a schema in the document is neither an object nor a boolean');
    if (++this.nodes > MAX_NODES)
      fail(`the VirtualMachine schema has more than ${MAX_NODES} nodes`);

    if (source['x-kubernetes-int-or-string'] === true || source.format === 'int-or-string') {
      return isQuantityPattern(source.pattern) ? quantity() : intOrString();
    }
    if (source.format === 'quantity' || (isQuantityPattern(source.pattern) && !source.type)) {
      return quantity();
    }

    const out: JsonSchema = {};
    const wrapped = this.unwrapSingleAllOf(source);
    if (wrapped) Object.assign(out, this.node(wrapped, opts));

    if (typeof source.$ref === 'string') out.$ref = this.ref(source.$ref, opts.depth);
    for (const key of KEPT) if (source[key] !== undefined) out[key] = source[key];
    if (typeof source.pattern === 'string' && compiles(source.pattern))
      out.pattern = source.pattern;
    if (source.nullable === true && out.type !== undefined) {
      const types = Array.isArray(out.type) ? out.type : [out.type];
      if (!types.includes('null')) out.type = [...types, 'null'];
    }

    for (const key of SCHEMA_LISTS) {
      if (key === 'allOf' && wrapped) continue;
      const list = source[key];
      if (Array.isArray(list)) out[key] = list.map((s) => this.node(s, opts));
    }
    if (source.not !== undefined) out.not = this.node(source.not, opts);
    if (source.items !== undefined && !Array.isArray(source.items)) {
      out.items = this.node(source.items, opts);
    }

    const preserve = source['x-kubernetes-preserve-unknown-fields'] === true;
    if (isObject(source.properties)) {
      const properties: Record<string, JsonSchema | boolean> = {};
      for (const [name, prop] of Object.entries(source.properties)) {
        properties[name] = this.node(prop, opts);
      }
      // An embedded resource has apiVersion, kind and metadata whether or not its schema lists them.
      if (source['x-kubernetes-embedded-resource'] === true) {
        properties.apiVersion ??= { type: 'string' };
        properties.kind ??= { type: 'string' };
        properties.metadata ??= { type: 'object' };
      }
      out.properties = properties;
    }
    if (source.additionalProperties !== undefined) {
      out.additionalProperties = this.node(source.additionalProperties, opts);
    } else if (opts.close && !preserve && isObject(source.properties)) {
      out.additionalProperties = false;
    }
    return out;
  }

  /** The one branch of `allOf: [{$ref}]`, the wrapper Kubernetes puts around a `$ref` with siblings. */
  private unwrapSingleAllOf(source: Record<string, unknown>): unknown {
    const list = source.allOf;
    if (!Array.isArray(list) || list.length !== 1) return undefined;
    if (source.properties !== undefined || source.$ref !== undefined) return undefined;
    return list[0];
  }

  private ref(ref: string, depth: number): string {
    if (!ref.startsWith(COMPONENTS_PREFIX)) fail(`$ref ${ref.slice(0, 100)} is not local`);
    const name = ref.slice(COMPONENTS_PREFIX.length).replace(/~1/g, '/').replace(/~0/g, '~');
    this.definition(name, depth + 1);
    return `${DEFINITIONS_PREFIX}${ref.slice(COMPONENTS_PREFIX.length)}`;
  }
}

/**
 * The VirtualMachine schema of an OpenAPI v3 document: its `$ref`s re-pointed into `definitions`,
 * the `allOf` wrappers unwrapped, objects that list their properties closed (except under
 * `status` and where `x-kubernetes-preserve-unknown-fields` keeps them open), int-or-string and
 * quantity fields written as the bundled schema writes them, and only what validation needs kept.
 */
export const virtualMachineSchemaFromOpenApi = (doc: unknown): JsonSchema => {
  if (!isObject(doc)) return fail('the OpenAPI document is not a JSON object');
  const components = doc.components;
  const schemas = isObject(components) ? components.schemas : undefined;
  if (!isObject(schemas)) return fail('the OpenAPI document has no components.schemas');
  const vmName = findVmName(schemas);
  const vm = schemas[vmName] as Record<string, unknown>;
  const preparer = new Preparer(schemas);
  const root = preparer.node({ ...vm, properties: undefined }, { close: true, depth: 0 });
  if (typeof root === 'boolean' || !isObject(vm.properties)) {
    return fail(`${vmName} lists no properties`);
  }
  const properties: Record<string, JsonSchema | boolean> = {};
  for (const [name, prop] of Object.entries(vm.properties)) {
    properties[name] = preparer.node(prop, { close: name !== 'status', depth: 0 });
  }
  if (!isObject(properties.spec)) return fail(`${vmName} has no spec`);
  return {
    ...root,
    type: 'object',
    properties,
    additionalProperties: false,
    definitions: preparer.definitions,
  };
};
