/** At most this many characters of any one value from the input appear in a message. */
export const MAX_VALUE_CHARS = 200;

// C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides: each can
// start a forged line, move the cursor or reorder what a terminal or a page shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same class without `g`: `test` on a global expression would move its `lastIndex`.
const HAS_UNSAFE = new RegExp(UNSAFE.source);

const escapeChar = (c: string): string => {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
};

/** Control characters written as escapes, so a value can never start a line of its own. */
export const escapeControls = (text: string): string =>
  // Nearly every value is clean: a test is cheaper than a replace that finds nothing.
  HAS_UNSAFE.test(text) ? text.replace(UNSAFE, escapeChar) : text;

/**
 * A value from the input as it may appear in a message: control characters escaped and at most
 * `max` characters (the rest counted, not shown).
 */
export const safeText = (value: string, max = MAX_VALUE_CHARS): string => {
  const cut = value.length > max ? value.slice(0, max) : value;
  const rest = value.length - cut.length;
  return rest > 0 ? `${escapeControls(cut)}... (${rest} more characters)` : escapeControls(cut);
};
