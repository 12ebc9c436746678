import type { ErrorObject } from 'ajv';
import { displayPointer, msg, splitPointer, type Finding } from '../findings';
import { SCHEMA_CODES } from './codes';
import type { SchemaNavigator } from './navigator';
import { unknownFieldFinding } from './unknown-field';
import { suggestNearest } from './suggest';

/** Kubernetes quantity syntax, as the generator writes it into the schema. */
const QUANTITY_PATTERN = '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|[numkMGTPE]|[KMGTPE]i)?$';

/** Unknown fields reported one by one; the rest are counted in one finding. */
export const MAX_DETAILED_UNKNOWN_FIELDS = 50;

const COMBINATOR_KEYWORDS = new Set(['anyOf', 'oneOf']);
// Keywords whose failure is always explained by another error of the same validation.
const NOISE_KEYWORDS = new Set(['if', 'then', 'else', '$ref', 'not']);

const typeName = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
};

const expectedTypes = (type: unknown): string =>
  (Array.isArray(type) ? type : [type]).map(String).join(' or ');

/** Reads the value an error is about; ajv without `verbose` does not carry it. */
const valueAt = (doc: unknown, segments: string[]): unknown => {
  let node = doc;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
};

const shortValue = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const wrongType = (path: string, expected: string, actual: unknown): Finding => ({
  severity: 'error',
  code: SCHEMA_CODES.wrongType,
  path,
  message: msg('Wrong type at {{path}}: expected {{expected}}, found {{actual}}'),
  params: { path: displayPointer(path), expected, actual: typeName(actual) },
});

const enumFinding = (path: string, value: unknown, allowed: unknown[]): Finding => {
  const names = allowed.map((a) => String(a));
  const finding: Finding = {
    severity: 'error',
    code: SCHEMA_CODES.invalidValue,
    path,
    message: msg('Invalid value {{value}} at {{path}}; allowed values: {{allowed}}'),
    params: { value: shortValue(value), path: displayPointer(path), allowed: names.join(', ') },
  };
  const suggestion = typeof value === 'string' ? suggestNearest(value, names) : undefined;
  if (suggestion !== undefined && suggestion !== value && allowed.includes(suggestion)) {
    finding.fix = {
      title: msg('Replace {{value}} with {{suggestion}}'),
      params: { value: shortValue(value), suggestion },
      patch: [{ op: 'replace', path, value: suggestion }],
    };
  }
  return finding;
};

const otherFinding = (error: ErrorObject, path: string): Finding => {
  if (error.keyword === 'pattern' && error.params.pattern === QUANTITY_PATTERN) {
    return {
      severity: 'error',
      code: SCHEMA_CODES.invalidValue,
      path,
      message: msg(
        '{{path}} is not a valid quantity; write a number with an optional unit, e.g. 2Gi, 500m or 1024',
      ),
      params: { path: displayPointer(path) },
    };
  }
  const detail = error.message ?? `${error.keyword} ${JSON.stringify(error.params)}`;
  return {
    severity: 'error',
    code: SCHEMA_CODES.invalidValue,
    path,
    message: msg('Invalid value at {{path}}: {{detail}}'),
    params: { path: displayPointer(path), detail },
  };
};

/** One finding for a failed anyOf/oneOf, instead of one per branch. */
const combinatorFinding = (
  error: ErrorObject,
  branchErrors: ErrorObject[],
  doc: unknown,
): Finding => {
  const path = error.instancePath;
  const sameSpot = branchErrors.filter((e) => e.instancePath === path);
  if (sameSpot.length && sameSpot.every((e) => e.keyword === 'type')) {
    const types = [...new Set(sameSpot.flatMap((e) => [e.params.type].flat().map(String)))];
    return wrongType(path, types.join(' or '), valueAt(doc, splitPointer(path)));
  }
  return {
    severity: 'error',
    code: SCHEMA_CODES.invalidValue,
    path,
    message: msg('Invalid value at {{path}}: it matches none of the allowed forms'),
    params: { path: displayPointer(path) },
  };
};

const toFinding = (error: ErrorObject, doc: unknown, nav: SchemaNavigator): Finding => {
  const path = error.instancePath;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(error.params.additionalProperty);
      return unknownFieldFinding(nav, path, field, valueAt(doc, splitPointer(path)));
    }
    case 'required':
      return {
        severity: 'error',
        code: SCHEMA_CODES.required,
        path,
        message: msg('Required field {{field}} is missing at {{path}}'),
        params: { field: String(error.params.missingProperty), path: displayPointer(path) },
      };
    case 'type':
      return wrongType(path, expectedTypes(error.params.type), valueAt(doc, splitPointer(path)));
    case 'enum':
      return enumFinding(
        path,
        valueAt(doc, splitPointer(path)),
        (error.params.allowedValues as unknown[]) ?? [],
      );
    default:
      return otherFinding(error, path);
  }
};

/**
 * The API server reads `field: null` as an absent field, so null is fine
 * wherever the field is optional (`creationTimestamp: null` is the common case).
 */
const isOptionalNull = (error: ErrorObject, doc: unknown, nav: SchemaNavigator): boolean => {
  const segments = splitPointer(error.instancePath);
  if (!segments.length || valueAt(doc, segments) !== null) return false;
  const parent = valueAt(doc, segments.slice(0, -1));
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return false;
  const parentPath = error.instancePath.slice(0, error.instancePath.lastIndexOf('/'));
  const parentSchema = nav.at(parentPath);
  return !!parentSchema && !nav.requiredOf(parentSchema).includes(segments[segments.length - 1]);
};

const findingKey = (f: Finding): string =>
  `${f.code}\u0000${f.path}\u0000${JSON.stringify(f.params ?? {})}`;

const isUnder = (path: string, base: string): boolean =>
  base === '' || path === base || path.startsWith(`${base}/`);

/**
 * Indexes of the errors that belong to the branches of the anyOf/oneOf error at `at`. ajv reports
 * branch errors just before the combinator; an error from a `$ref`'d branch carries the schema
 * path of the referenced definition, so it is recognised by position and instance path instead.
 */
const branchErrorIndexes = (errors: readonly ErrorObject[], at: number): number[] => {
  const combinator = errors[at];
  const own = `${combinator.schemaPath}/`;
  const parent = combinator.schemaPath.slice(0, combinator.schemaPath.lastIndexOf('/') + 1);
  const indexes: number[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const e = errors[i];
    if (e.schemaPath.startsWith(own)) indexes.push(i);
    else if (isUnder(e.instancePath, combinator.instancePath) && !e.schemaPath.startsWith(parent)) {
      indexes.push(i);
    } else break;
  }
  return indexes.reverse();
};

/** Turns ajv's errors into one finding per problem, sorted by path. */
export const findingsFromErrors = (
  errors: readonly ErrorObject[],
  doc: unknown,
  nav: SchemaNavigator,
): Finding[] => {
  const claimed = new Set<number>();
  const combinatorFindings = new Map<number, Finding>();
  errors.forEach((error, i) => {
    if (!COMBINATOR_KEYWORDS.has(error.keyword)) return;
    const branches = branchErrorIndexes(errors, i);
    branches.forEach((b) => {
      claimed.add(b);
      combinatorFindings.delete(b);
    });
    const branchErrors = branches.map((b) => errors[b]);
    combinatorFindings.set(i, combinatorFinding(error, branchErrors, doc));
  });
  const findings: Finding[] = [];
  let unknownFields = 0;
  let omitted = 0;
  errors.forEach((error, i) => {
    if (claimed.has(i) || NOISE_KEYWORDS.has(error.keyword) || isOptionalNull(error, doc, nav)) {
      return;
    }
    // Suggestions cost a search each: past a screenful, hostile or garbled input gets a count.
    if (error.keyword === 'additionalProperties' && ++unknownFields > MAX_DETAILED_UNKNOWN_FIELDS) {
      omitted += 1;
      return;
    }
    findings.push(combinatorFindings.get(i) ?? toFinding(error, doc, nav));
  });
  if (omitted > 0) {
    findings.push({
      severity: 'error',
      code: SCHEMA_CODES.unknownField,
      path: '',
      message: msg('{{count}} more unknown fields are not listed; fix the ones above first'),
      params: { count: omitted },
    });
  }
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = findingKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // One order for every consumer, whichever schema produced the errors.
  return unique.sort((a, b) =>
    a.path === b.path ? a.code.localeCompare(b.code) : a.path < b.path ? -1 : 1,
  );
};
