import { finding, msg, type Finding, type MessageParams } from '../findings';
import { ptr } from '../findings/pointer';
import { ANNOTATION_PARAMETERS, MAX_BOILERPLATE_BYTES } from './constants';
import { display, isObject } from './json';
import { checkPattern } from './parameters-pattern';
import { quantityValue, valueProblem } from './parameters-values';
import { limitsFor, readYamlDocuments } from './yaml-read';
import { problemFinding } from './yaml-problems';
import type { KubeObject } from './types';

/** Declarations of per-instance values on an appliance (semantics §9). */

export const PARAMETER_TYPES = [
  'string',
  'integer',
  'boolean',
  'enum',
  'password',
  'ssh-public-key',
  'hostname',
  'ipv4',
  'ipv4-cidr',
  'quantity',
] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** A value as completion uses it: integers are numbers, booleans booleans, the rest text. */
export type ParameterValue = string | number | boolean;

export interface ParameterDeclaration {
  name: string;
  type: ParameterType;
  displayName?: string;
  description?: string;
  category?: string;
  required: boolean;
  default?: ParameterValue;
  /** integer: a number; quantity: a quantity's text; string/password: a length. */
  min?: number | string;
  max?: number | string;
  values?: string[];
  pattern?: string;
  generate: boolean;
  secret: boolean;
}

/** Always set, never declared: the VM's own name and namespace. */
export const BUILT_IN_PARAMETERS = ['VM_NAME', 'VM_NAMESPACE'] as const;
export const PARAMETER_NAME = /^[A-Z][A-Z0-9_]*$/;
const FIELDS = new Set([
  'name',
  'type',
  'displayName',
  'description',
  'category',
  'required',
  'default',
  'min',
  'max',
  'values',
  'pattern',
  'generate',
  'secret',
]);

export interface ParsedParameters {
  /** The valid declarations, in list order; an invalid entry is left out (and reported). */
  declarations: ParameterDeclaration[];
  findings: Finding[];
  /** The list itself could not be read: what is declared is unknown, not "nothing". */
  unreadable?: true;
}

const PARAMETER_LIMITS = limitsFor(MAX_BOILERPLATE_BYTES, { refuseBinary: true });

const declError = (
  index: number,
  field: string | undefined,
  message: string,
  params: MessageParams = {},
): Finding =>
  finding(
    'error',
    'ParameterDeclarationInvalid',
    field === undefined ? ptr(index) : ptr(index, field),
    message,
    { index, ...params },
    { subject: 'parameters' },
  );

const isLength = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** min/max by type; returns the problems and the bounds as kept. */
const checkBounds = (
  entry: Record<string, unknown>,
  type: ParameterType,
  index: number,
  findings: Finding[],
): Pick<ParameterDeclaration, 'min' | 'max'> => {
  const out: Pick<ParameterDeclaration, 'min' | 'max'> = {};
  const numeric: Partial<Record<'min' | 'max', number>> = {};
  for (const field of ['min', 'max'] as const) {
    const v = entry[field];
    if (v === undefined) continue;
    if (type === 'integer') {
      if (!Number.isSafeInteger(v))
        findings.push(declError(index, field, msg('{{field}} must be a whole number.'), { field }));
      else numeric[field] = out[field] = v as number;
    } else if (type === 'string' || type === 'password') {
      if (!isLength(v))
        findings.push(
          declError(index, field, msg('{{field}} must be a length: a whole number, 0 or more.'), {
            field,
          }),
        );
      else numeric[field] = out[field] = v;
    } else if (type === 'quantity') {
      const text = typeof v === 'number' ? String(v) : v;
      const q = typeof text === 'string' ? quantityValue(text) : undefined;
      if (q === undefined)
        findings.push(
          declError(
            index,
            field,
            msg('{{field}} must be a Kubernetes quantity such as 512Mi or 2Gi.'),
            { field },
          ),
        );
      else {
        out[field] = text as string;
        numeric[field] = q;
      }
    } else
      findings.push(
        declError(
          index,
          field,
          msg('{{field}} applies only to integer, quantity, string and password parameters.'),
          { field },
        ),
      );
  }
  if (numeric.min !== undefined && numeric.max !== undefined && numeric.min > numeric.max)
    findings.push(declError(index, 'max', msg('max is smaller than min.')));
  return out;
};

const optionalText = (
  entry: Record<string, unknown>,
  field: 'displayName' | 'description' | 'category' | 'pattern',
  index: number,
  findings: Finding[],
): string | undefined => {
  const v = entry[field];
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  findings.push(declError(index, field, msg('{{field}} must be text.'), { field }));
  return undefined;
};

const optionalFlag = (
  entry: Record<string, unknown>,
  field: 'required' | 'generate' | 'secret',
  index: number,
  findings: Finding[],
): boolean | undefined => {
  const v = entry[field];
  if (v === undefined) return undefined;
  if (typeof v === 'boolean') return v;
  findings.push(declError(index, field, msg('{{field}} must be true or false.'), { field }));
  return undefined;
};

const PATTERN_MESSAGES = {
  'too-long': msg('The pattern is longer than {{limit}} characters.'),
  syntax: msg('The pattern is not a valid regular expression.'),
  unsafe: msg(
    'The pattern can take super-linear time on some values (catastrophic backtracking); it is never run. Simplify it.',
  ),
};

/** One entry of the list; undefined when it cannot be used. */
const checkEntry = (
  entry: unknown,
  index: number,
  seen: Set<string>,
  findings: Finding[],
): ParameterDeclaration | undefined => {
  if (!isObject(entry)) {
    findings.push(declError(index, undefined, msg('A parameter must be a mapping with a name.')));
    return undefined;
  }
  const before = findings.length;
  const { name, type } = entry;
  if (typeof name !== 'string' || !PARAMETER_NAME.test(name))
    findings.push(
      declError(
        index,
        'name',
        msg(
          'The name {{name}} is not valid: use capital letters, digits and "_", starting with a letter.',
        ),
        { name: display(name) },
      ),
    );
  else if ((BUILT_IN_PARAMETERS as readonly string[]).includes(name))
    findings.push(
      declError(index, 'name', msg('{{name}} is built in and always set; choose another name.'), {
        name,
      }),
    );
  else if (seen.has(name))
    findings.push(declError(index, 'name', msg('{{name}} is declared twice.'), { name }));
  if (typeof name === 'string') seen.add(name);
  if (typeof type !== 'string' || !(PARAMETER_TYPES as readonly string[]).includes(type)) {
    findings.push(
      declError(index, 'type', msg('The type {{type}} is not one of: {{types}}.'), {
        type: display(type),
        types: PARAMETER_TYPES.join(', '),
      }),
    );
    return undefined;
  }
  const t = type as ParameterType;
  for (const key of Object.keys(entry))
    if (!FIELDS.has(key))
      findings.push(
        declError(index, key, msg('{{field}} is not a parameter field.'), { field: key }),
      );
  const decl: ParameterDeclaration = {
    name: name as string,
    type: t,
    required: optionalFlag(entry, 'required', index, findings) ?? false,
    generate: optionalFlag(entry, 'generate', index, findings) ?? false,
    secret: optionalFlag(entry, 'secret', index, findings) ?? t === 'password',
  };
  for (const field of ['displayName', 'description', 'category'] as const) {
    const v = optionalText(entry, field, index, findings);
    if (v !== undefined) decl[field] = v;
  }
  Object.assign(decl, checkBounds(entry, t, index, findings));
  if (decl.generate && t !== 'password')
    findings.push(
      declError(index, 'generate', msg('generate applies only to password parameters.')),
    );
  if (t === 'password' && entry.secret === false)
    findings.push(declError(index, 'secret', msg('A password is always secret.')));
  if (entry.values !== undefined || t === 'enum') {
    const values = entry.values;
    if (t !== 'enum')
      findings.push(declError(index, 'values', msg('values applies only to enum parameters.')));
    else if (
      !Array.isArray(values) ||
      values.length === 0 ||
      !values.every((v) => typeof v === 'string') ||
      new Set(values).size !== values.length
    )
      findings.push(
        declError(index, 'values', msg('An enum needs values: a list of different texts.')),
      );
    else decl.values = values as string[];
  }
  const pattern = optionalText(entry, 'pattern', index, findings);
  if (pattern !== undefined) {
    if (t !== 'string')
      findings.push(declError(index, 'pattern', msg('pattern applies only to string parameters.')));
    else {
      const problem = checkPattern(pattern).problem;
      if (problem)
        findings.push(declError(index, 'pattern', PATTERN_MESSAGES[problem], { limit: 500 }));
      else decl.pattern = pattern;
    }
  }
  if (entry.default !== undefined) {
    if (t === 'password')
      findings.push(
        declError(index, 'default', msg('A password has no default; use generate: true instead.')),
      );
    else {
      const checked = valueProblem(decl, entry.default);
      if (checked.problem)
        findings.push(
          declError(index, 'default', msg('The default is not valid: {{reason}}'), {
            reason: checked.problem.english,
          }),
        );
      else decl.default = checked.value;
    }
  }
  return findings.length === before ? decl : undefined;
};

const cache = new Map<string, ParsedParameters>();
const CACHE_LIMIT = 500;

/** Parses and checks the declarations (the annotation's text); memoized like the boilerplate. */
export const parseParameters = (text: string | undefined): ParsedParameters => {
  if (text === undefined) return { declarations: [], findings: [] };
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  if (text.length < 64 * 1024) cache.set(text, result);
  return result;
};

const parseUncached = (text: string): ParsedParameters => {
  const read = readYamlDocuments(text, PARAMETER_LIMITS);
  const problem = read.problem ?? read.documentProblems.get(0);
  if (problem)
    return {
      declarations: [],
      findings: [problemFinding(problem, 'Yaml', 'parameters')],
      unreadable: true,
    };
  const doc = read.documents.length === 1 ? read.documents[0] : undefined;
  if (text.trim() !== '' && !Array.isArray(doc))
    return {
      declarations: [],
      findings: [
        finding(
          'error',
          'ParameterDeclarationInvalid',
          '',
          msg('The {{annotation}} annotation must hold one YAML list of parameters.'),
          { annotation: ANNOTATION_PARAMETERS },
          { subject: 'parameters' },
        ),
      ],
      unreadable: true,
    };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const declarations: ParameterDeclaration[] = [];
  (Array.isArray(doc) ? doc : []).forEach((entry, index) => {
    const decl = checkEntry(entry, index, seen, findings);
    if (decl) declarations.push(decl);
  });
  return { declarations, findings };
};

/** The declarations of a DataSource (none when it declares none). */
export const parametersOf = (dataSource: KubeObject | undefined): ParsedParameters =>
  parseParameters(dataSource?.metadata?.annotations?.[ANNOTATION_PARAMETERS]);

/** Declarations grouped by `category`, in list order of each group's first entry. */
export const groupByCategory = (
  declarations: readonly ParameterDeclaration[],
): Array<{ category: string; declarations: ParameterDeclaration[] }> => {
  const groups = new Map<string, ParameterDeclaration[]>();
  for (const d of declarations) {
    const key = d.category ?? '';
    const list = groups.get(key) ?? [];
    list.push(d);
    groups.set(key, list);
  }
  return [...groups].map(([category, list]) => ({ category, declarations: list }));
};
