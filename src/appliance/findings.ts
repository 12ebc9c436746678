import type { Operation } from 'fast-json-patch';

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
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');
