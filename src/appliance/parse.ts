import { load, YAMLException } from 'js-yaml';
import { KUBE_YAML_SCHEMA } from './yaml-schema';
import { finding, msg, type Finding } from '../findings';
import { isObject, utf8Length, type JsonObject } from './json';
import { MAX_BOILERPLATE_BYTES } from './constants';

export interface ParseResult {
  /** The boilerplate as a plain mapping; absent when the text is unusable. Shared: do not mutate. */
  value?: JsonObject;
  /** At most one error finding (subject `boilerplate`). */
  findings: Finding[];
}

export const MAX_NESTING_DEPTH = 100;
/**
 * js-yaml resolves aliases to shared references and has no expansion limit, so a "billion laughs"
 * document parses instantly but explodes when copied or serialised. Copying with a node budget
 * measures the expanded size; a real VirtualMachine has a few hundred nodes.
 */
export const MAX_EXPANDED_NODES = 50_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Control characters other than tab/LF/CR, and replacement characters from a failed decode.
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufffe\uffff]/;

class Rejected extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
  }
}

const reject = (code: string, message: string, params?: Record<string, string | number>): never => {
  throw new Rejected(finding('error', code, '', message, params, { subject: 'boilerplate' }));
};

const copyBounded = (value: unknown): unknown => {
  let nodes = 0;
  const walk = (v: unknown, depth: number, path: string): unknown => {
    nodes += 1;
    if (nodes > MAX_EXPANDED_NODES)
      reject(
        'BoilerplateTooComplex',
        msg(
          'The boilerplate expands to more than {{limit}} nodes (too many or nested aliases); write it out plainly.',
        ),
        { limit: MAX_EXPANDED_NODES },
      );
    if (depth > MAX_NESTING_DEPTH)
      reject(
        'BoilerplateTooDeep',
        msg('The boilerplate is nested deeper than {{limit}} levels at {{path}}; flatten it.'),
        { limit: MAX_NESTING_DEPTH, path: path.length > 60 ? `${path.slice(0, 60)}...` : path },
      );
    if (Array.isArray(v)) return v.map((item, i) => walk(item, depth + 1, `${path}/${i}`));
    if (isObject(v)) {
      const out: JsonObject = {};
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key))
          reject(
            'BoilerplateForbiddenKey',
            msg('The key {{key}} at {{path}} is not allowed in a boilerplate; remove it.'),
            { key, path: path || '/' },
          );
        out[key] = walk(v[key], depth + 1, `${path}/${key}`);
      }
      return out;
    }
    return v;
  };
  return walk(value, 0, '');
};

/**
 * Copies one parsed YAML document into plain objects with the same limits as a boilerplate
 * (expanded size, depth, forbidden keys); for other multi-document readers.
 */
export const copyParsedSafely = (doc: unknown): { value?: unknown; finding?: Finding } => {
  try {
    return { value: copyBounded(doc) };
  } catch (e) {
    if (e instanceof Rejected) return { finding: e.finding };
    throw e;
  }
};

const parseUncached = (text: string): ParseResult => {
  try {
    if (typeof text !== 'string')
      reject('BoilerplateNotText', msg('The boilerplate annotation must be a string of YAML.'));
    if (text.length > MAX_BOILERPLATE_BYTES || utf8Length(text) > MAX_BOILERPLATE_BYTES)
      reject(
        'BoilerplateTooLarge',
        msg(
          'The boilerplate is {{size}} bytes; annotations may hold at most {{limit}} bytes together. Shorten it.',
        ),
        { size: utf8Length(text), limit: MAX_BOILERPLATE_BYTES },
      );
    if (BINARY.test(text))
      reject(
        'BoilerplateBinary',
        msg('The boilerplate contains binary or control characters; it must be YAML text.'),
      );
    if (text.trim() === '')
      reject(
        'BoilerplateEmpty',
        msg('The boilerplate annotation is empty; put a VirtualMachine in it.'),
      );
    let doc: unknown;
    try {
      // See KUBE_YAML_SCHEMA: no timestamps, merge keys allowed.
      doc = load(text, { schema: KUBE_YAML_SCHEMA, json: false });
    } catch (e) {
      if (e instanceof YAMLException) {
        reject(
          'BoilerplateSyntax',
          msg('The boilerplate is not valid YAML (line {{line}}, column {{column}}): {{reason}}'),
          {
            line: (e.mark?.line ?? 0) + 1,
            column: (e.mark?.column ?? 0) + 1,
            reason: e.reason ?? e.message,
          },
        );
      }
      if (e instanceof RangeError)
        reject(
          'BoilerplateTooDeep',
          msg('The boilerplate is nested deeper than {{limit}} levels at {{path}}; flatten it.'),
          { limit: MAX_NESTING_DEPTH, path: '/' },
        );
      throw e;
    }
    if (!isObject(doc))
      reject(
        'BoilerplateNotMapping',
        msg('The boilerplate must be a YAML mapping (a VirtualMachine), not {{type}}.'),
        { type: doc === null ? 'null' : Array.isArray(doc) ? 'a list' : `a ${typeof doc}` },
      );
    return { value: copyBounded(doc) as JsonObject, findings: [] };
  } catch (e) {
    if (e instanceof Rejected) return { findings: [e.finding] };
    // Anything js-yaml throws that we did not anticipate is still one clear finding, not a crash.
    return {
      findings: [
        finding(
          'error',
          'BoilerplateUnreadable',
          '',
          msg('The boilerplate could not be read: {{reason}}'),
          { reason: e instanceof Error ? e.message : String(e) },
          { subject: 'boilerplate' },
        ),
      ],
    };
  }
};

const cache = new Map<string, ParseResult>();
const CACHE_LIMIT = 2000;

/**
 * Parses an `appliance.kubevirt.io/vm-spec` annotation safely (semantics §3.1). Memoized by text
 * because the catalog classifies thousands of DataSources that often share a boilerplate; the
 * returned value is shared, so callers copy before changing it.
 */
export const parseBoilerplate = (text: string): ParseResult => {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  if (typeof text === 'string' && text.length < 64 * 1024) cache.set(text, result);
  return result;
};
