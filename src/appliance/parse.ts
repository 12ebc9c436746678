import { finding, msg, type Finding } from '../findings';
import { isObject, type JsonObject } from './json';
import { MAX_BOILERPLATE_BYTES } from './constants';
import { copyParsedWithin, limitsFor, readYamlDocuments } from './yaml-read';
import { problemFinding } from './yaml-problems';

export interface ParseResult {
  /** The boilerplate as a plain mapping; absent when the text is unusable. Shared: do not mutate. */
  value?: JsonObject;
  /** At most one error finding (subject `boilerplate`). */
  findings: Finding[];
}

export { MAX_NESTING_DEPTH } from './yaml-read';

/** The limits of an annotation: Kubernetes' own size bound, binary refused, one document. */
export const BOILERPLATE_LIMITS = limitsFor(MAX_BOILERPLATE_BYTES, {
  refuseBinary: true,
  keepTree: true,
});

const boilerplateError = (
  code: string,
  message: string,
  params?: Record<string, string | number>,
) => ({ findings: [finding('error', code, '', message, params, { subject: 'boilerplate' })] });

/**
 * Copies one parsed YAML document into plain objects with the same limits as a boilerplate
 * (expanded size, depth, forbidden keys); for other multi-document readers.
 */
export const copyParsedSafely = (doc: unknown): { value?: unknown; finding?: Finding } => {
  const copied = copyParsedWithin(doc, BOILERPLATE_LIMITS);
  return copied.problem
    ? { finding: problemFinding(copied.problem, 'Boilerplate', 'boilerplate') }
    : { value: copied.value };
};

const parseUncached = (text: string): ParseResult => {
  if (typeof text !== 'string')
    return boilerplateError(
      'BoilerplateNotText',
      msg('The boilerplate annotation must be a string of YAML.'),
    );
  if (text.trim() === '')
    return boilerplateError(
      'BoilerplateEmpty',
      msg('The boilerplate annotation is empty; put a VirtualMachine in it.'),
    );
  const read = readYamlDocuments(text, BOILERPLATE_LIMITS);
  const problem = read.problem ?? read.documentProblems.get(0);
  if (problem) return { findings: [problemFinding(problem, 'Boilerplate', 'boilerplate')] };
  if (read.documents.length > 1)
    return boilerplateError(
      'BoilerplateSyntax',
      msg('The boilerplate holds {{count}} YAML documents; it must be one VirtualMachine.'),
      { count: read.documents.length },
    );
  const doc = read.documents[0];
  if (!isObject(doc))
    return boilerplateError(
      'BoilerplateNotMapping',
      msg('The boilerplate must be a YAML mapping (a VirtualMachine), not {{type}}.'),
      {
        type:
          doc === null || doc === undefined
            ? 'null'
            : Array.isArray(doc)
              ? 'a list'
              : `a ${typeof doc}`,
      },
    );
  return { value: doc, findings: [] };
};

const cache = new Map<string, ParseResult>();
const CACHE_LIMIT = 2000;
/** Texts from this length on stay out of the cache, which would otherwise hold up to 2000 of them. */
const LARGE_TEXT = 64 * 1024;
/**
 * The last large text and its result, alone: one check of a boilerplate in the editor reads it
 * three times (the text, its classification, its completion), and a 200-disk one takes
 * milliseconds to parse each time.
 */
let lastLarge: { text: string; result: ParseResult } | undefined;

/**
 * Parses an `appliance.kubevirt.io/vm-spec` annotation safely (semantics §3.1). Memoized by text
 * because the catalog classifies thousands of DataSources that often share a boilerplate; the
 * returned value is shared, so callers copy before changing it.
 */
export const parseBoilerplate = (text: string): ParseResult => {
  const hit = cache.get(text);
  if (hit) return hit;
  if (lastLarge?.text === text) return lastLarge.result;
  const result = parseUncached(text);
  if (typeof text !== 'string') return result;
  if (text.length < LARGE_TEXT) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
  } else lastLarge = { text, result };
  return result;
};
