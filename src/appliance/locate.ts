import { loadAll } from 'js-yaml';
import { KUBE_YAML_SCHEMA } from './yaml-schema';
import { splitPointer } from '../findings';
import { display } from './json';
import { flatten, MAX_NESTING_DEPTH } from './yaml-read';
import { createTreeBuilder, keptTree, type YamlNode } from './yaml-tree';

/** The command line reads files up to 32 MiB; nothing larger is ever located. */
const MAX_LOCATE_BYTES = 32 * 1024 * 1024;

export interface TextRange {
  /** 1-based, as Monaco markers want them; `endColumn` is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * js-yaml has no AST, but its `listener` reports every composed node (open/close with
 * offsets). Nesting those events rebuilds a tree good enough to find where a path was written
 * (yaml-tree.ts). A long text the readers just read comes with its tree already.
 */
const buildDocuments = (text: string, maxBytes: number): YamlNode[] | undefined => {
  // The same bounds as the readers: a text they refuse gets no markers, and cannot hang here.
  if (text.length > maxBytes) return undefined;
  const kept = keptTree(text);
  if (kept) return kept;
  const tree = createTreeBuilder();
  try {
    loadAll(text, () => undefined, {
      schema: KUBE_YAML_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          if (tree.depth() > MAX_NESTING_DEPTH + 1) throw new RangeError('too deep');
          tree.open(state);
          return;
        }
        if (typeof state.result === 'string') flatten(state.result);
        tree.close(state);
      },
    });
  } catch {
    return undefined;
  }
  return tree.roots;
};

/** An explicit `? key` wraps the key node once more; unwrap to compare the key text. */
const keyText = (n: YamlNode): string => {
  let cur = n;
  while (cur.children.length === 1 && cur.kind === 'scalar') cur = cur.children[0];
  return cur.result === null || cur.result === undefined ? '' : display(cur.result);
};

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

const trimmed = (text: string, start: number, end: number): [number, number] => {
  let s = start;
  let e = Math.max(start, end);
  while (s < e && (isSpace(text[s]) || (text[s] === '-' && isSpace(text[s + 1] ?? ' ')))) s += 1;
  while (e > s && isSpace(text[e - 1])) e -= 1;
  return [s, e];
};

/** The 1-based line and column of an offset, by binary search over the line starts. */
const position = (lineStarts: number[], offset: number) => {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
};

const toRange = (lineStarts: number[], s: number, e: number): TextRange => {
  const a = position(lineStarts, s);
  const b = position(lineStarts, e);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
};

/** Where each path is written, for one text: built with one parse, then each lookup is cheap. */
export type Locator = (pointer: string, documentIndex?: number) => TextRange | undefined;

/** Keys of a mapping node to their key and value nodes, built on first use (last key wins). */
const keyIndex = new WeakMap<YamlNode, Map<string, [YamlNode, YamlNode]>>();
const keysOf = (node: YamlNode): Map<string, [YamlNode, YamlNode]> => {
  let index = keyIndex.get(node);
  if (!index) {
    index = new Map();
    for (let i = 0; i + 1 < node.children.length; i += 2)
      index.set(keyText(node.children[i]), [node.children[i], node.children[i + 1]]);
    keyIndex.set(node, index);
  }
  return index;
};

/**
 * Parses `yamlText` once, on the first lookup (within the same limits as every other reader),
 * and returns a function mapping a JSON pointer to where it was written in document
 * `documentIndex`. A key's range runs from the key to the end of a scalar value (block values:
 * the key only). When the path does not exist, the deepest existing ancestor is returned, so
 * "missing field" findings still get a marker; undefined when the text does not parse.
 */
export const createLocator = (yamlText: string, maxBytes = MAX_LOCATE_BYTES): Locator => {
  // A text without findings to place (most of them) is then never parsed a second time.
  let docs: YamlNode[] | undefined | null = null;
  let starts: number[] | undefined;
  return (pointer, documentIndex = 0) => {
    if (docs === null) docs = buildDocuments(yamlText, maxBytes);
    const root = docs?.[documentIndex];
    if (!root) return undefined;
    if (!starts) {
      starts = [0];
      for (let i = 0; i < yamlText.length; i += 1)
        if (yamlText.charCodeAt(i) === 10) starts.push(i + 1);
    }
    const lineStarts = starts;
    let span = trimmed(yamlText, root.start, root.end);
    let node = root;
    for (const segment of splitPointer(pointer)) {
      if (node.kind === 'mapping') {
        const pair = keysOf(node).get(segment);
        if (!pair) break;
        const [key, found] = pair;
        const k = trimmed(yamlText, key.start, key.end);
        const v = trimmed(yamlText, found.start, found.end);
        const sameLine = position(lineStarts, k[0]).line === position(lineStarts, v[1]).line;
        span = found.kind === 'scalar' && sameLine ? [k[0], v[1]] : k;
        node = found;
      } else if (node.kind === 'sequence') {
        const index = Number(segment);
        const item = Number.isInteger(index) ? node.children[index] : undefined;
        if (!item) break;
        span = trimmed(yamlText, item.start, item.end);
        node = item;
      } else break;
    }
    return toRange(lineStarts, span[0], span[1]);
  };
};

/** One lookup; for many paths into the same text, use createLocator once. */
export const locatePath = (
  yamlText: string,
  pointer: string,
  documentIndex = 0,
): TextRange | undefined => createLocator(yamlText)(pointer, documentIndex);
