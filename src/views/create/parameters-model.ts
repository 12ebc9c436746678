import { msg } from '../../findings';
import type { ParameterDeclaration } from '../../appliance/parameters';
import { valueProblem } from '../../appliance/parameters-values';
import { generatePassword } from '../../appliance/random';
import type { FieldProblem } from './model';

/** The Parameters step's checks: the core's value rules (semantics §9), per field, as the user types. */

type Values = Readonly<Record<string, string | boolean>>;

/** What is wrong with one field, if anything; an empty field falls back to its default or generation. */
export const parameterProblem = (
  decl: ParameterDeclaration,
  values: Values,
): FieldProblem | undefined => {
  const raw = values[decl.name];
  if (raw === undefined || raw === '') {
    if (decl.required && decl.default === undefined && !(decl.type === 'password' && decl.generate))
      return { message: msg('A value is required.') };
    return undefined;
  }
  const checked = valueProblem(decl, raw);
  return checked.problem && { message: checked.problem.message, params: checked.problem.params };
};

export const parameterProblems = (
  declarations: readonly ParameterDeclaration[],
  values: Values,
): Map<string, FieldProblem> => {
  const out = new Map<string, FieldProblem>();
  for (const d of declarations) {
    const p = parameterProblem(d, values);
    if (p) out.set(d.name, p);
  }
  return out;
};

/** The field's text as shown: the value, else the default (so the user sees what will be used). */
export const shownValue = (decl: ParameterDeclaration, values: Values): string | boolean => {
  const v = values[decl.name];
  if (v !== undefined) return v;
  if (decl.type === 'boolean') return decl.default === true;
  return decl.default === undefined ? '' : String(decl.default);
};

/** A password from the browser's cryptographic random source. */
export const newPassword = (): string =>
  generatePassword(() => crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32);
