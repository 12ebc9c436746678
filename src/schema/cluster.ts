import {
  dereference,
  validate as interpret,
  type OutputUnit,
  type Schema,
} from '@cfworker/json-schema';
import { createIncrementalValidator } from './incremental';
import type { ErrorObject } from 'ajv';
import type { CompiledValidator } from './bundled';
import type { JsonSchema } from './navigator';

/**
 * A validator for a schema handed in at run time (the cluster's). It interprets the schema with
 * @cfworker/json-schema instead of generating code, so it works under the console's
 * Content-Security-Policy, which forbids `eval` and `new Function`. Its output is rewritten into
 * ajv's error objects, so `findingsFromErrors` serves both validators.
 */

const TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
/** Keywords that only say "something below failed"; the errors below say what. */
const WRAPPERS = new Set([
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
  'allOf',
  '$ref',
  '$recursiveRef',
  'dependentSchemas',
  'propertyNames',
  'then',
  'else',
]);
const MAX_CHECKED_NODES = 1_000_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `#/a/b~1c` as the segments `a`, `b/c` (the validator also percent-encodes). */
const segmentsOf = (location: string): string[] =>
  location
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((s) => {
      let decoded = s;
      try {
        decoded = decodeURIComponent(s);
      } catch {
        // not percent-encoded after all
      }
      return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
    });

const escapeSegment = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
const toPointer = (location: string): string =>
  segmentsOf(location)
    .map(escapeSegment)
    .map((s) => `/${s}`)
    .join('');

const lookupRef = (root: JsonSchema, ref: string): unknown => {
  let node: unknown = root;
  for (const segment of segmentsOf(ref)) {
    if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
};

/**
 * A copy of `schema` the interpreter can run: every `$ref` local and resolvable, every `type`
 * known, every pattern readable; `format` dropped (the bundled validator ignores it too).
 * Throws with the first problem.
 */
const normalise = (schema: JsonSchema): JsonSchema => {
  let count = 0;
  const copy = (node: unknown, where: string): unknown => {
    if (++count > MAX_CHECKED_NODES) throw new Error('the schema is too large');
    if (Array.isArray(node)) return node.map((n, i) => copy(n, `${where}/${i}`));
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const at = `${where}/${escapeSegment(key)}`;
      // Names of properties and definitions are data, never keywords.
      if (
        key === 'properties' ||
        key === 'definitions' ||
        key === '$defs' ||
        key === 'patternProperties'
      ) {
        if (!isObject(value)) throw new Error(`${key} at ${where || '/'} is not an object`);
        const map: Record<string, unknown> = {};
        for (const [name, sub] of Object.entries(value)) {
          if (key === 'patternProperties') checkPattern(name, at);
          map[name] = copy(sub, `${at}/${escapeSegment(name)}`);
        }
        out[key] = map;
        continue;
      }
      if (
        key === 'enum' ||
        key === 'const' ||
        key === 'default' ||
        key === 'examples' ||
        key === 'required'
      ) {
        out[key] = value;
        continue;
      }
      if (key === 'format' || key === '$id' || key === 'id' || key === '$schema') continue;
      if (key === 'type') checkType(value, at);
      if (key === 'pattern') checkPattern(value, at);
      if (key === '$ref') checkRef(value, at);
      out[key] = copy(value, at);
    }
    return out;
  };
  const checkType = (value: unknown, at: string) => {
    const types = Array.isArray(value) ? value : [value];
    const bad = types.find((t) => typeof t !== 'string' || !TYPES.has(t));
    if (bad !== undefined) throw new Error(`unknown type ${JSON.stringify(bad)} at ${at}`);
  };
  const checkPattern = (value: unknown, at: string) => {
    try {
      new RegExp(String(value), 'u');
    } catch {
      throw new Error(`unreadable pattern at ${at}`);
    }
  };
  const checkRef = (value: unknown, at: string) => {
    if (typeof value !== 'string' || !value.startsWith('#')) {
      throw new Error(`$ref at ${at} is not local`);
    }
    if (lookupRef(schema, value) === undefined) {
      throw new Error(`$ref ${value.slice(0, 100)} at ${at} does not resolve`);
    }
  };
  if (!isObject(schema)) throw new Error('the schema is not an object');
  return copy(schema, '') as JsonSchema;
};

/** The schema node an output unit's keyword location names, following `$ref`s on the way. */
const atKeyword = (root: JsonSchema, location: string): unknown => {
  let node: unknown = root;
  for (const segment of segmentsOf(location)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    const here = node as Record<string, unknown>;
    node =
      segment === '$ref' && typeof here.$ref === 'string'
        ? lookupRef(root, here.$ref)
        : here[segment];
  }
  return node;
};

const unit = (
  u: OutputUnit,
  keyword: string,
  params: Record<string, unknown>,
  message?: string,
): ErrorObject => ({
  instancePath: toPointer(u.instanceLocation),
  schemaPath: u.keywordLocation,
  keyword,
  params,
  message,
});

/**
 * The interpreter's output units as ajv error objects: wrappers dropped, `additionalProperties:
 * false` as ajv's unknown property, and each anyOf/oneOf after its branches' errors, where ajv
 * puts it.
 */
export const ajvErrorsFromUnits = (raw: readonly OutputUnit[], root: JsonSchema): ErrorObject[] => {
  // A `false` schema's unit carries the instance location as its keyword location; the keyword
  // that led to it has the real one, which keeps it inside its anyOf/oneOf branch.
  const units = raw.map((u, i) =>
    u.keyword === 'false' && raw[i - 1]?.keyword === 'additionalProperties'
      ? { ...u, keywordLocation: raw[i - 1].keywordLocation }
      : u,
  );
  const out: ErrorObject[] = [];
  const convert = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const u = units[i];
      const value = atKeyword(root, u.keywordLocation);
      switch (u.keyword) {
        case 'anyOf':
        case 'oneOf': {
          let end = i + 1;
          const prefix = `${u.keywordLocation}/`;
          while (end < to && units[end].keywordLocation.startsWith(prefix)) end++;
          convert(i + 1, end);
          out.push(unit(u, u.keyword, {}, u.error));
          i = end - 1;
          break;
        }
        case 'additionalProperties': {
          const next = units[i + 1];
          if (next?.keyword === 'false') {
            const segments = segmentsOf(next.instanceLocation);
            out.push(
              unit(u, 'additionalProperties', {
                additionalProperty: segments[segments.length - 1],
              }),
            );
            i += 1;
          }
          break;
        }
        case 'required': {
          const match = /required property "(.*)"\.$/.exec(u.error);
          out.push(unit(u, 'required', { missingProperty: match ? match[1] : '' }));
          break;
        }
        case 'type':
          out.push(unit(u, 'type', { type: value }));
          break;
        case 'enum':
          out.push(unit(u, 'enum', { allowedValues: Array.isArray(value) ? value : [] }));
          break;
        case 'const':
          out.push(unit(u, 'const', { allowedValue: value }));
          break;
        case 'pattern':
          out.push(unit(u, 'pattern', { pattern: value }, 'must match the pattern'));
          break;
        case 'false':
          out.push(unit(u, 'false', {}, 'no value is allowed here'));
          break;
        default:
          if (!WRAPPERS.has(u.keyword)) {
            out.push(unit(u, u.keyword, { limit: value }, u.error.replace(/\.$/, '')));
          }
      }
    }
  };
  convert(0, units.length);
  return out;
};

/**
 * A validator for `schema` that interprets it, with ajv's interface. Throws, naming the first
 * problem, when the schema cannot be used (a `$ref` that does not resolve, an unknown type).
 */
export const compileSchema = (schema: object): CompiledValidator => {
  let root: JsonSchema;
  let lookup: ReturnType<typeof dereference>;
  try {
    root = normalise(schema as JsonSchema);
    lookup = dereference(root as Schema);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The VirtualMachine schema could not be used: ${reason.split('\n')[0].slice(0, 200)}`,
    );
  }
  const run = (data: unknown) => {
    try {
      return interpret(data, root as Schema, '2019-09', lookup, false);
    } catch {
      // Values JSON cannot hold (undefined, functions) stop the interpreter; JSON's copy cannot.
      return interpret(
        JSON.parse(JSON.stringify(data) ?? 'null'),
        root as Schema,
        '2019-09',
        lookup,
        false,
      );
    }
  };
  // An editor checks a 200-disk VM on every pause in typing: what did not change is not checked
  // again (incremental.ts).
  const check = createIncrementalValidator(root as Schema, lookup, run);
  const validate: CompiledValidator = (data: unknown): boolean => {
    try {
      const result = check(data);
      validate.errors = result.valid ? null : ajvErrorsFromUnits(result.errors, root);
      return result.valid;
    } catch (error) {
      // A cycle, a BigInt, or a document too deep to walk: one error at the root says so.
      validate.errors = [
        {
          instancePath: '',
          schemaPath: '#',
          keyword: 'unreadable',
          params: {},
          message: `the document cannot be checked (${error instanceof Error ? error.message.slice(0, 80) : 'error'})`,
        },
      ];
      return false;
    }
  };
  return validate;
};
