import { loadAll, YAMLException } from 'js-yaml';
import { createTreeBuilder, keepTree, TREE_KEPT_FROM, TREE_KEPT_UP_TO } from './yaml-tree';
import { KUBE_YAML_SCHEMA } from './yaml-schema';
import { isObject, utf8Length, type JsonObject } from './json';

/**
 * The one entry point through which the core, the command line and the browser read YAML or JSON
 * (semantics §5 "Input limits"). Every bound is checked before the work it guards: size before
 * parsing, nesting depth while parsing (before js-yaml's recursion can overflow the stack), alias
 * count while parsing, and the expanded size (nodes and characters) while copying, because
 * js-yaml resolves aliases to shared references that only explode when copied or serialised.
 */
export interface YamlLimits {
  /** UTF-8 bytes of the whole text. */
  maxBytes: number;
  /** Nesting levels, written or reached through aliases. */
  maxDepth: number;
  /** Alias nodes (`*name`) in the whole text. */
  maxAliases: number;
  /** `last` reads duplicated keys as cloud-init does (the last one wins); else they are an error. */
  duplicateKeys?: 'error' | 'last';
  /** Refuse control characters (binary input) before parsing. */
  refuseBinary?: boolean;
  /**
   * Keep a long text's YAML tree for its markers (yaml-tree.ts): texts an editor shows. Other
   * readers (bundles, command-line files) would only pay for building it.
   */
  keepTree?: boolean;
}

export const MAX_NESTING_DEPTH = 100;
export const MAX_ALIASES = 1000;
/** A real VirtualMachine has a few hundred nodes and a few KiB of text. */
export const MIN_NODE_BUDGET = 50_000;
const MIN_CHAR_BUDGET = 1024 * 1024;

export const limitsFor = (maxBytes: number, extra: Partial<YamlLimits> = {}): YamlLimits => ({
  maxBytes,
  maxDepth: MAX_NESTING_DEPTH,
  maxAliases: MAX_ALIASES,
  ...extra,
});

/**
 * What all the documents of a text may expand to, shared by them (anchors do not cross
 * documents, but the output of a command holds them all). Without aliases a text cannot reach
 * either bound, so only expansion through aliases is refused.
 */
interface Budget {
  /** What is left. */
  nodes: number;
  chars: number;
  readonly maxNodes: number;
  readonly maxChars: number;
}

const budgetFor = (textLength: number): Budget => {
  const maxNodes = Math.max(MIN_NODE_BUDGET, textLength);
  const maxChars = Math.max(MIN_CHAR_BUDGET, 2 * textLength);
  return { nodes: maxNodes, chars: maxChars, maxNodes, maxChars };
};

export type YamlProblemKind =
  | 'TooLarge'
  | 'Binary'
  | 'Syntax'
  | 'TooDeep'
  | 'TooManyAliases'
  | 'TooComplex'
  | 'ForbiddenKey'
  | 'KeyNotText'
  | 'Unreadable';

export interface YamlProblem {
  kind: YamlProblemKind;
  params: Record<string, string | number>;
}

export interface YamlDocuments {
  /** One entry per document, as plain data (undefined for an empty document or one refused). */
  documents: unknown[];
  /** A problem with the whole text: no document is usable. */
  problem?: YamlProblem;
  /** Problems of single documents (expansion, forbidden keys), by document index. */
  documentProblems: Map<number, YamlProblem>;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Control characters other than tab/LF/CR, and replacement characters from a failed decode.
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufffe\uffff]/;

class Refusal extends Error {
  constructor(readonly problem: YamlProblem) {
    super(problem.kind);
  }
}

const refuse = (kind: YamlProblemKind, params: Record<string, string | number> = {}): never => {
  throw new Refusal({ kind, params });
};

const shortPath = (path: string): string =>
  path === '' ? '/' : path.length > 80 ? `${path.slice(0, 80)}...` : path;

/**
 * Checks a parsed value against the limits, and copies it into fresh objects when `copy` is set:
 * only aliases make shared references, so a text without them is kept as parsed (half the
 * allocation for large inputs). The path is built only for a refusal.
 */
const copyWithin = (value: unknown, limits: YamlLimits, budget: Budget, copy = true): unknown => {
  // Indexes stay numbers until a refusal joins them: no string per item of a long list.
  const path: Array<string | number> = [];
  const where = () => shortPath(path.length ? `/${path.join('/')}` : '');
  const walk = (v: unknown, depth: number): unknown => {
    budget.nodes -= 1;
    if (budget.nodes < 0) refuse('TooComplex', { limit: budget.maxNodes, unit: 'nodes' });
    if (depth > limits.maxDepth) refuse('TooDeep', { limit: limits.maxDepth, where: where() });
    if (typeof v === 'string') {
      budget.chars -= v.length;
      if (budget.chars < 0) refuse('TooComplex', { limit: budget.maxChars, unit: 'characters' });
      return v;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = copy ? new Array<unknown>(v.length) : v;
      for (let i = 0; i < v.length; i += 1) {
        path.push(i);
        out[i] = walk(v[i], depth + 1);
        path.pop();
      }
      return out;
    }
    if (isObject(v)) {
      const out: JsonObject = copy ? {} : v;
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) refuse('ForbiddenKey', { key, path: where() });
        // js-yaml turns a mapping used as a key (`? {a: 1}`) into this text.
        if (key === '[object Object]') refuse('KeyNotText', { path: where() });
        budget.chars -= key.length;
        path.push(key);
        out[key] = walk(v[key], depth + 1);
        path.pop();
      }
      return out;
    }
    return v;
  };
  return walk(value, 0);
};

/** Copies one already parsed value within `limits`; for data that did not come from text. */
export const copyParsedWithin = (
  value: unknown,
  limits: YamlLimits,
): { value?: unknown; problem?: YamlProblem } => {
  try {
    return { value: copyWithin(value, limits, budgetFor(limits.maxBytes)) };
  } catch (e) {
    if (e instanceof Refusal) return { problem: e.problem };
    throw e;
  }
};

/**
 * js-yaml builds a quoted or folded scalar with `+=`, one piece per escape or line, and V8 keeps
 * such a string as a tree of its pieces until it is first read. Kept so, the trees of a large
 * text (a bundle of boilerplate annotations: one piece every few characters) survive every
 * scavenge while the rest parses, and the collector spent most of the parse copying them.
 * Reading one character flattens the string into one copy there, and the pieces die young.
 */
export const flatten = (s: string): void => {
  if (s.length > 1) s.charCodeAt(0);
};

const parseAll = (text: string, limits: YamlLimits): { raw: unknown[]; aliases: number } => {
  let depth = 0;
  let aliases = 0;
  const raw: unknown[] = [];
  // A long text read as the markers' reader reads it (same duplicate keys rule, no deeper) leaves
  // its tree for them (yaml-tree.ts).
  const tree =
    limits.keepTree &&
    text.length >= TREE_KEPT_FROM &&
    text.length <= TREE_KEPT_UP_TO &&
    limits.duplicateKeys !== 'last' &&
    limits.maxDepth <= MAX_NESTING_DEPTH
      ? createTreeBuilder()
      : undefined;
  try {
    loadAll(text, (doc) => raw.push(doc), {
      schema: KUBE_YAML_SCHEMA,
      json: limits.duplicateKeys === 'last',
      listener(event, state) {
        tree?.[event](state);
        if (event === 'open') {
          depth += 1;
          // composeNode recurses once per level (plus the root): refusing here keeps the stack
          // far from its end, where js-yaml would fail with a bare RangeError.
          if (depth > limits.maxDepth + 1)
            refuse('TooDeep', {
              limit: limits.maxDepth,
              where: `line ${state.line + 1}`,
              line: state.line + 1,
            });
          return;
        }
        depth -= 1;
        if (typeof state.result === 'string') flatten(state.result);
        // An alias node is the only node that closes with content but no kind.
        if (state.kind === null && state.result !== null && state.result !== undefined) {
          aliases += 1;
          if (aliases > limits.maxAliases)
            refuse('TooManyAliases', { limit: limits.maxAliases, line: state.line + 1 });
        }
      },
    });
  } catch (e) {
    if (e instanceof Refusal) throw e;
    if (e instanceof YAMLException)
      refuse('Syntax', {
        line: (e.mark?.line ?? 0) + 1,
        column: (e.mark?.column ?? 0) + 1,
        reason: e.reason ?? e.message,
      });
    if (e instanceof RangeError) refuse('TooDeep', { limit: limits.maxDepth, where: '/' });
    refuse('Unreadable', { reason: e instanceof Error ? e.message : String(e) });
  }
  if (tree) keepTree(text, tree.roots);
  return { raw, aliases };
};

/** Reads every document of `text` within `limits`. Never throws. */
export const readYamlDocuments = (text: unknown, limits: YamlLimits): YamlDocuments => {
  const result: YamlDocuments = { documents: [], documentProblems: new Map() };
  try {
    if (typeof text !== 'string') refuse('Unreadable', { reason: 'not text' });
    const source = text as string;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: short texts need no byte count.
    const tooLarge =
      source.length > limits.maxBytes ||
      (source.length * 3 > limits.maxBytes && utf8Length(source) > limits.maxBytes);
    if (tooLarge) refuse('TooLarge', { size: utf8Length(source), limit: limits.maxBytes });
    if (limits.refuseBinary && BINARY.test(source)) refuse('Binary');
    const { raw, aliases } = parseAll(source, limits);
    const budget = budgetFor(source.length);
    raw.forEach((doc, index) => {
      if (doc === null || doc === undefined) {
        result.documents.push(undefined);
        return;
      }
      try {
        result.documents.push(copyWithin(doc, limits, budget, aliases > 0));
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;
        result.documents.push(undefined);
        result.documentProblems.set(index, e.problem);
      }
    });
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    result.problem = e.problem;
    result.documents = [];
  }
  return result;
};
