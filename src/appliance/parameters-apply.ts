import { finding, msg, type Finding } from '../findings';
import { ANNOTATION_PARAMETERS } from './constants';
import { ensureObject, type JsonObject } from './json';
import {
  BUILT_IN_PARAMETERS,
  parametersOf,
  type ParameterDeclaration,
  type ParameterValue,
} from './parameters';
import { checkCloudInitShape } from './parameters-cloudinit';
import { findReferences, substituteParameters, type Reference } from './parameters-substitute';
import { resolveParameters } from './parameters-values';
import type { KubeObject } from './types';

/** Completion's parameter step and the authoring checks built on it (semantics §9). */

const at = (name: string) => `/${name}`;

/**
 * How the boilerplate uses the declarations: an undeclared `${X}` (info: cloud-init scripts use
 * shell variables), a declaration never used (warning), a secret outside cloud-init data (error).
 * One finding per name.
 */
export const referenceFindings = (
  references: readonly Reference[],
  declarations: readonly ParameterDeclaration[],
): Finding[] => {
  const out: Finding[] = [];
  const declared = new Map(declarations.map((d) => [d.name, d]));
  const builtIn = new Set<string>(BUILT_IN_PARAMETERS);
  const used = new Set<string>();
  const reported = new Set<string>();
  for (const r of references) {
    used.add(r.name);
    const decl = declared.get(r.name);
    if (!decl && !builtIn.has(r.name) && !reported.has(r.name)) {
      reported.add(r.name);
      out.push(
        finding(
          'info',
          'ParameterUndeclared',
          at(r.name),
          msg('{{ref}} at {{where}} is not a declared parameter; it is left as it is.'),
          { name: r.name, ref: `\${${r.name}}`, where: r.path },
          { subject: 'parameters' },
        ),
      );
    }
    if (decl?.secret && !r.inCloudInit && !reported.has(r.name)) {
      reported.add(r.name);
      out.push(
        finding(
          'error',
          'ParameterSecretOutsideCloudInit',
          at(r.name),
          msg(
            '{{name}} is secret and may be used only in cloud-init user or network data (kept in a Secret), not at {{where}}.',
          ),
          { name: r.name, where: r.path },
          { subject: 'parameters' },
        ),
      );
    }
  }
  for (const d of declarations)
    if (!used.has(d.name))
      out.push(
        finding(
          'warning',
          'ParameterUnused',
          at(d.name),
          msg('{{name}} is declared but the boilerplate never uses it.'),
          { name: d.name },
          { subject: 'parameters' },
        ),
      );
  return out;
};

/** The authoring check: declarations and their use in a boilerplate, together. */
export const checkParameterAuthoring = (
  boilerplate: unknown,
  dataSource: KubeObject | undefined,
): Finding[] => {
  const parsed = parametersOf(dataSource);
  // Every `${X}` would read as undeclared: one finding about the list says more.
  if (parsed.unreadable) return parsed.findings;
  return [
    ...parsed.findings,
    ...referenceFindings(findReferences(boilerplate), parsed.declarations),
  ];
};

export interface AppliedParameters {
  findings: Finding[];
  /** Values that must end up only inside a Secret. */
  secretValues: string[];
  /** Names of passwords generated here. */
  generated: string[];
}

/**
 * Resolves the values, substitutes them into `vm` in place, checks cloud-init's shape and records
 * the provenance annotation (secret values left out).
 */
export const applyParameters = (
  vm: JsonObject,
  dataSource: KubeObject,
  given: Readonly<Record<string, unknown>>,
  context: { vmName: string; namespace: string; random: () => number },
): AppliedParameters => {
  const parsed = parametersOf(dataSource);
  const resolved = resolveParameters(parsed.declarations, given, context);
  const declared = new Set<string>([
    ...parsed.declarations.map((d) => d.name),
    ...BUILT_IN_PARAMETERS,
  ]);
  const sub = substituteParameters(vm, declared, resolved.values, resolved.secret);
  const findings = [
    ...parsed.findings,
    ...resolved.findings,
    ...referenceFindings(sub.references, parsed.declarations),
    ...checkCloudInitShape(sub.cloudInit, declared, resolved.values),
  ];
  const secretValues: string[] = [];
  if (parsed.declarations.length) {
    const record: Record<string, ParameterValue> = {};
    for (const d of parsed.declarations) {
      const v = resolved.values.get(d.name);
      if (v === undefined) continue;
      if (d.secret) secretValues.push(String(v));
      else record[d.name] = v;
    }
    ensureObject(vm, 'metadata', 'annotations')[ANNOTATION_PARAMETERS] = JSON.stringify(record);
  }
  return { findings, secretValues, generated: resolved.generated };
};

/** Sample values for previews and checks: the defaults, else a plausible value of each type. */
export const sampleParameterValues = (
  declarations: readonly ParameterDeclaration[],
): Record<string, ParameterValue> => {
  const SAMPLES: Record<string, ParameterValue> = {
    string: 'sample',
    integer: 1,
    boolean: false,
    hostname: 'sample',
    ipv4: '192.0.2.10',
    'ipv4-cidr': '192.0.2.0/24',
    quantity: '1Gi',
    'ssh-public-key':
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq1nT0pS3C9bHbS4Wq9H7iWmP3hYw8m1m0m6qQx3y3Z sample',
  };
  const out: Record<string, ParameterValue> = {};
  for (const d of declarations) {
    if (d.default !== undefined || (d.type === 'password' && d.generate)) continue;
    if (d.type === 'enum') out[d.name] = d.values?.[0] ?? '';
    else if (d.type === 'integer' || d.type === 'quantity') out[d.name] = d.min ?? SAMPLES[d.type];
    else if (d.type === 'password') out[d.name] = 'sample-password'.padEnd(Number(d.min ?? 0), '-');
    else out[d.name] = SAMPLES[d.type];
  }
  return out;
};
