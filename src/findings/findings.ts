import type { Operation } from 'fast-json-patch';
import { displayPointer } from './pointer';
import { escapeControls, safeText } from './text';

export type Severity = 'error' | 'warning' | 'info';

/** Parameters interpolated into a message as `{{name}}` (i18next syntax). */
export type MessageParams = Record<string, string | number>;

/**
 * A one-click repair. `patch` is a JSON patch (RFC 6902) against the object the
 * finding's path is relative to (the VirtualMachine, or the boilerplate).
 */
export interface Fix {
  /** English i18n key, see `msg`. */
  title: string;
  params?: MessageParams;
  patch: Operation[];
}

/**
 * What a finding's path points into when it is not the checked/produced VirtualMachine: the
 * boilerplate as written in the annotation, the DataSource itself, a document of a bundle
 * (`document` index in `params.document`), or the appliance's parameters (`/NAME` for a value,
 * `/N/field` for a declaration, semantics §9). Absent means the VM (the completion's final VM, or
 * the manifest being validated), so the editor can place a marker and apply the fix.
 */
export type FindingSubject = 'boilerplate' | 'datasource' | 'document' | 'parameters' | 'batch';

/** One result of a check, shared by the core, the CLI and the editor. */
export interface Finding {
  severity: Severity;
  /** Stable machine-readable code, e.g. `RunStrategyInvalid`. */
  code: string;
  /** JSON pointer (RFC 6901) into the checked object, `''` for the whole object. */
  path: string;
  /** English i18n key with `{{param}}` placeholders, see `msg`. */
  message: string;
  params?: MessageParams;
  fix?: Fix;
  /** See FindingSubject; absent means the VirtualMachine. */
  subject?: FindingSubject;
}

/**
 * Marks a string literal as a message key of the plugin's i18n namespace, so
 * `npm run i18n` extracts it although the core never calls `t()` (the core has
 * no React and no i18next). Views translate it with `t(finding.message, finding.params)`.
 */
export const msg = (key: string): string => key;

/** English rendering of a message, for the CLI and logs. */
export const formatMessage = (message: string, params: MessageParams = {}): string =>
  message.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? safeText(String(params[name])) : whole,
  );

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');

/** Values from the input are shown escaped and shortened wherever a finding is displayed. */
const safeParams = (params: MessageParams): MessageParams => {
  const out: MessageParams = {};
  // Not Object.entries: a pair array per parameter adds up when a check reports 10,000 findings.
  for (const k of Object.keys(params)) {
    const v = params[k];
    out[k] = typeof v === 'string' ? safeText(v) : v;
  }
  return out;
};

/** Shorthand constructor; keeps call sites to one line per finding. */
export const finding = (
  severity: Severity,
  code: string,
  path: string,
  message: string,
  params?: MessageParams,
  extra?: { fix?: Fix; subject?: FindingSubject },
): Finding => {
  const f: Finding = { severity, code, path, message };
  if (params) f.params = safeParams(params);
  if (extra?.fix) f.fix = extra.fix;
  if (extra?.subject) f.subject = extra.subject;
  return f;
};

/**
 * A finding's path as one token: the JSON pointer into the VM (`/` for its root), or
 * `<subject>#<pointer>` (a URI fragment) when it points elsewhere, e.g. `boilerplate#/status`,
 * `document[1]#/metadata/ownerReferences/0/uid`.
 */
export const findingLocation = (f: Finding): string => {
  if (!f.subject) return displayPointer(f.path);
  const subject = f.subject === 'document' ? `document[${f.params?.document ?? 0}]` : f.subject;
  return `${subject}#${f.path}`;
};

const MAX_PATH_CHARS = 100;

/**
 * `SEVERITY CODE PATH: message`, the CLI's one-line form. Paths hold keys from the input, and
 * findings built without `finding()` may hold raw values: the line is escaped as a whole, so it
 * stays one line whatever the input was.
 */
export const formatFinding = (f: Finding): string =>
  escapeControls(
    `${f.severity.toUpperCase()} ${f.code} ${safeText(findingLocation(f), 2 * MAX_PATH_CHARS)}: ${formatMessage(f.message, f.params)}`,
  );
