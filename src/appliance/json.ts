/** Small helpers over parsed JSON/YAML values (plain data only: no classes, no cycles). */

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const asObject = (v: unknown): JsonObject | undefined => (isObject(v) ? v : undefined);

export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Deep copy of plain data; faster than structuredClone for the small trees the core handles. */
export const cloneJson = <T>(v: T): T => {
  if (Array.isArray(v)) return v.map(cloneJson) as unknown as T;
  if (isObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) out[k] = cloneJson(v[k]);
    return out as T;
  }
  return v;
};

/** Walks (creating) nested objects: `ensureObject(vm, 'spec', 'template')`. Replaces non-objects. */
export const ensureObject = (root: JsonObject, ...keys: string[]): JsonObject => {
  let cur = root;
  for (const k of keys) {
    let next = cur[k];
    if (!isObject(next)) {
      next = {};
      cur[k] = next;
    }
    cur = next as JsonObject;
  }
  return cur;
};

/** Reads a nested value without creating anything. */
export const getIn = (root: unknown, ...keys: Array<string | number>): unknown => {
  let cur: unknown = root;
  for (const k of keys) {
    if (typeof k === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[k];
    } else {
      if (!isObject(cur)) return undefined;
      cur = cur[k];
    }
  }
  return cur;
};

// eslint-disable-next-line no-control-regex -- any unit outside ASCII, controls included
const NON_ASCII = /[^\u0000-\u007f]/;

/** UTF-8 byte length without Buffer (the core also runs in the browser). */
export const utf8Length = (s: string): number => {
  // One regular-expression scan is several times faster than the loop below on megabytes of
  // text, and nearly every input (YAML, JSON) is ASCII, where bytes and units are the same.
  if (!NON_ASCII.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
};

/**
 * Text for a value from user YAML in a message. `String(v)` is not safe here: a mapping such as
 * `{toString: false}` makes it throw, and objects would read as `[object Object]`.
 */
export const display = (v: unknown): string => {
  if (v === null || v === undefined || typeof v !== 'object') return String(v);
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return Object.prototype.toString.call(v);
  }
};

/**
 * Whether plain data would serialise to at most about `limit` characters, without serialising
 * it: strings and keys are counted and the walk stops at the limit, so shared references to one
 * huge string (what a YAML alias becomes) cost nothing to refuse.
 */
export const fitsWithin = (value: unknown, limit: number): boolean => {
  let left = limit;
  const walk = (v: unknown): boolean => {
    left -= typeof v === 'string' ? v.length + 2 : 4;
    if (left < 0) return false;
    if (Array.isArray(v)) return v.every(walk);
    if (isObject(v))
      return Object.keys(v).every((k) => {
        left -= k.length + 2;
        return left >= 0 && walk(v[k]);
      });
    return true;
  };
  return walk(value);
};
