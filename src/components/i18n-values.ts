/** Characters i18next's escaping would change; without any, escaping is the identity. */
const ESCAPED = /[&<>"'/]/;

/**
 * Interpolation values that must reach the text unescaped (React escapes them itself). Passing
 * `interpolation` to `t()` makes i18next rebuild its interpolation regular expressions on every
 * call, a cost that adds up over a page of tiles; the option is added only when it changes the text.
 */
export const rawValues = <T extends Record<string, unknown>>(
  values: T,
): T & { interpolation?: { escapeValue: false } } =>
  Object.values(values).some((v) => typeof v === 'string' && ESCAPED.test(v))
    ? { ...values, interpolation: { escapeValue: false } }
    : values;
