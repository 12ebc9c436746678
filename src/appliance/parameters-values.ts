import { parseQuantity } from './quantity';
import { finding, formatMessage, msg, type Finding, type MessageParams } from '../findings';
import { isSshPublicKey } from './credentials';
import { isDnsLabel } from './names';
import { matchesPattern } from './parameters-pattern';
import { generatePassword } from './random';
import type { ParameterDeclaration, ParameterValue } from './parameters';

/** Values of parameters: typed checks (semantics §9), shared by completion, the CLI and the wizard. */

export interface ValueProblem {
  /** English i18n key. */
  message: string;
  params?: MessageParams;
  /** The same in English, for a message that nests it. */
  english: string;
}

const problem = (message: string, params?: MessageParams): { problem: ValueProblem } => ({
  problem: { message, ...(params ? { params } : {}), english: formatMessage(message, params) },
});

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const IPV4_PART = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${IPV4_PART}(\\.${IPV4_PART}){3}$`);
const IPV4_CIDR = new RegExp(`^${IPV4_PART}(\\.${IPV4_PART}){3}/(3[0-2]|[12]?[0-9])$`);
/** A Kubernetes resource quantity as a number (close enough to compare), or undefined. */
export const quantityValue = (text: string): number | undefined => parseQuantity(text);

const codePoints = (s: string): number => [...s].length;

/** Text form of a raw value; numbers pass for the text types (YAML reads `512` as a number). */
const asText = (raw: unknown): string | undefined =>
  typeof raw === 'string'
    ? raw
    : typeof raw === 'number' && Number.isFinite(raw)
      ? String(raw)
      : undefined;

const lengthProblem = (decl: ParameterDeclaration, text: string) => {
  const n = codePoints(text);
  const min = decl.min as number | undefined;
  const max = decl.max as number | undefined;
  if ((min !== undefined && n < min) || (max !== undefined && n > max))
    return problem(
      min !== undefined && max !== undefined
        ? msg('Enter {{min}} to {{max}} characters.')
        : min !== undefined
          ? msg('Enter at least {{min}} characters.')
          : msg('Enter at most {{max}} characters.'),
      { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) },
    );
  return undefined;
};

const rangeProblem = (
  decl: ParameterDeclaration,
  n: number,
  toNumber: (b: number | string) => number | undefined,
) => {
  const min = decl.min === undefined ? undefined : toNumber(decl.min);
  const max = decl.max === undefined ? undefined : toNumber(decl.max);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const params = {
      ...(decl.min !== undefined ? { min: decl.min } : {}),
      ...(decl.max !== undefined ? { max: decl.max } : {}),
    };
    return problem(
      min !== undefined && max !== undefined
        ? msg('Enter a value from {{min}} to {{max}}.')
        : min !== undefined
          ? msg('Enter a value of at least {{min}}.')
          : msg('Enter a value of at most {{max}}.'),
      params,
    );
  }
  return undefined;
};

/**
 * Checks one raw value (text from a form or the command line, or a typed value from a YAML file)
 * against its declaration; the value as completion uses it, or the problem. A problem never
 * quotes the value: it may be secret.
 */
export const valueProblem = (
  decl: ParameterDeclaration,
  raw: unknown,
): { value?: ParameterValue; problem?: ValueProblem } => {
  if (decl.type === 'boolean') {
    if (typeof raw === 'boolean') return { value: raw };
    if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
    return problem(msg('Enter true or false.'));
  }
  if (decl.type === 'integer') {
    const n =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && /^-?[0-9]{1,16}$/.test(raw.trim())
          ? Number(raw.trim())
          : NaN;
    if (!Number.isSafeInteger(n)) return problem(msg('Enter a whole number.'));
    return rangeProblem(decl, n, (b) => (typeof b === 'number' ? b : undefined)) ?? { value: n };
  }
  const text = asText(raw);
  if (text === undefined) return problem(msg('Enter text.'));
  if (CONTROL.test(text))
    return problem(
      msg('The value holds a line break or another control character; enter one line.'),
    );
  switch (decl.type) {
    case 'string': {
      const bad = lengthProblem(decl, text);
      if (bad) return bad;
      if (decl.pattern !== undefined && matchesPattern(decl.pattern, text) !== true)
        return problem(msg('The value does not match the pattern {{pattern}}.'), {
          pattern: decl.pattern,
        });
      return { value: text };
    }
    case 'password':
      return lengthProblem(decl, text) ?? { value: text };
    case 'enum':
      return decl.values?.includes(text)
        ? { value: text }
        : problem(msg('Choose one of: {{values}}.'), { values: (decl.values ?? []).join(', ') });
    case 'hostname':
      return isDnsLabel(text)
        ? { value: text }
        : problem(
            msg(
              'Enter a hostname: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit.',
            ),
          );
    case 'ipv4':
      return IPV4.test(text)
        ? { value: text }
        : problem(msg('Enter an IPv4 address such as 192.0.2.10.'));
    case 'ipv4-cidr':
      return IPV4_CIDR.test(text)
        ? { value: text }
        : problem(msg('Enter an IPv4 network such as 192.0.2.0/24.'));
    case 'ssh-public-key':
      return isSshPublicKey(text)
        ? { value: text.trim() }
        : problem(msg('Enter one OpenSSH public key line, e.g. "ssh-ed25519 AAAA... user@host".'));
    case 'quantity': {
      const q = quantityValue(text);
      if (q === undefined) return problem(msg('Enter a quantity such as 512Mi or 2Gi.'));
      return rangeProblem(decl, q, (b) => quantityValue(String(b))) ?? { value: text };
    }
    default:
      return problem(msg('Enter text.'));
  }
};

export interface ResolvedParameters {
  /** Every declared parameter that has a value, plus the built-ins. */
  values: Map<string, ParameterValue>;
  /** Names whose value is secret. */
  secret: Set<string>;
  /** Names whose value was generated here (a `generate` password left empty). */
  generated: string[];
  findings: Finding[];
}

const valueFinding = (code: string, name: string, message: string, params?: MessageParams) =>
  finding('error', code, `/${name}`, message, { name, ...params }, { subject: 'parameters' });

/** An empty text from a form means "no value" (a default or generation applies). */
const isEmpty = (raw: unknown) => raw === undefined || raw === null || raw === '';

/**
 * The values completion uses: what was given, else the default, else a generated password; every
 * given name must be declared and every value valid (semantics §9, findings at `parameters#/NAME`).
 */
export const resolveParameters = (
  declarations: readonly ParameterDeclaration[],
  given: Readonly<Record<string, unknown>>,
  context: { vmName: string; namespace: string; random: () => number },
): ResolvedParameters => {
  const out: ResolvedParameters = {
    values: new Map(),
    secret: new Set(),
    generated: [],
    findings: [],
  };
  const declared = new Map(declarations.map((d) => [d.name, d]));
  for (const name of Object.keys(given))
    if (!declared.has(name))
      out.findings.push(
        valueFinding(
          'ParameterUnknown',
          name,
          name === 'VM_NAME' || name === 'VM_NAMESPACE'
            ? msg("{{name}} is built in: it is always the VM's own; it cannot be given.")
            : msg('The appliance declares no parameter {{name}}.'),
        ),
      );
  for (const decl of declarations) {
    if (decl.secret) out.secret.add(decl.name);
    const raw = Object.prototype.hasOwnProperty.call(given, decl.name)
      ? given[decl.name]
      : undefined;
    if (isEmpty(raw)) {
      if (decl.default !== undefined) out.values.set(decl.name, decl.default);
      else if (decl.type === 'password' && decl.generate) {
        out.values.set(decl.name, generatePassword(context.random));
        out.generated.push(decl.name);
      } else if (decl.required)
        out.findings.push(
          valueFinding(
            'ParameterMissing',
            decl.name,
            msg('{{name}} is required: give it a value.'),
          ),
        );
      continue;
    }
    const checked = valueProblem(decl, raw);
    if (checked.problem)
      out.findings.push(
        valueFinding('ParameterInvalid', decl.name, msg('{{name}}: {{reason}}'), {
          reason: checked.problem.english,
        }),
      );
    else if (checked.value !== undefined) out.values.set(decl.name, checked.value);
  }
  out.values.set('VM_NAME', context.vmName);
  out.values.set('VM_NAMESPACE', context.namespace);
  return out;
};
