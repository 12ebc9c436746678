import { finding, formatMessage, msg, type Finding, type FindingSubject } from '../findings';
import type { YamlProblem, YamlProblemKind } from './yaml-read';

/** One message per bound or rule, so a refusal always says which one was hit. */
const MESSAGES: Record<YamlProblemKind, string> = {
  TooLarge: msg('The text is {{size}} bytes; at most {{limit}} bytes are read. Shorten it.'),
  Binary: msg('The text contains binary or control characters; it must be YAML text.'),
  Syntax: msg('The YAML is not valid (line {{line}}, column {{column}}): {{reason}}'),
  TooDeep: msg('The YAML is nested deeper than {{limit}} levels (at {{where}}); flatten it.'),
  TooManyAliases: msg(
    'The YAML uses more than {{limit}} aliases (line {{line}}); write the values out plainly.',
  ),
  TooComplex: msg(
    'The YAML expands to more than {{limit}} {{unit}} through its aliases; write the values out plainly.',
  ),
  ForbiddenKey: msg('The key {{key}} at {{path}} is not allowed; remove it.'),
  KeyNotText: msg('A mapping key at {{path}} is itself a mapping; keys must be text.'),
  Unreadable: msg('The text could not be read: {{reason}}'),
};

/**
 * A reading problem as a finding: code `<prefix><kind>` (e.g. `BoilerplateTooDeep`, `YamlSyntax`),
 * so each reader keeps the codes its users already know.
 */
export const problemFinding = (
  problem: YamlProblem,
  prefix: 'Boilerplate' | 'Yaml',
  subject: FindingSubject,
  extraParams: Record<string, string | number> = {},
): Finding =>
  finding(
    'error',
    `${prefix}${problem.kind}`,
    '',
    MESSAGES[problem.kind],
    { ...problem.params, ...extraParams },
    { subject },
  );

/** The English sentence of a problem, for the command line's one-line refusals. */
export const problemMessage = (problem: YamlProblem): string =>
  formatMessage(MESSAGES[problem.kind], problem.params);
