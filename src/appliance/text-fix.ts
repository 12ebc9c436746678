import type { Operation } from 'fast-json-patch';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { splitPointer } from './pointer';

/**
 * One-click fixes applied to the YAML text itself (issue 7: the user's comments survive). The
 * `yaml` package keeps comments and styles in its Document model; js-yaml (used everywhere else)
 * has none, so re-serialising a parsed object would lose them.
 */

export type TextFixResult = { ok: true; text: string } | { ok: false; reason: string };

type Path = Array<string | number>;

const toPath = (doc: Document, pointer: string): Path => {
  const out: Path = [];
  let node: unknown = doc.contents;
  for (const segment of splitPointer(pointer)) {
    if (isSeq(node)) {
      const index = segment === '-' ? node.items.length : Number(segment);
      out.push(index);
      node = node.items[index];
    } else {
      out.push(segment);
      node = isMap(node) ? node.get(segment, true) : undefined;
    }
  }
  return out;
};

const parentOf = (doc: Document, path: Path) => doc.getIn(path.slice(0, -1), true);

const add = (doc: Document, path: Path, value: unknown): void => {
  const parent = path.length ? parentOf(doc, path) : undefined;
  const last = path[path.length - 1];
  if (isSeq(parent) && typeof last === 'number') {
    // JSON patch `add` into a list inserts; Document.setIn would replace.
    if (last > parent.items.length) throw new Error(`index ${last} is past the end of the list`);
    parent.items.splice(last, 0, doc.createNode(value));
    return;
  }
  if (path.length === 0) {
    doc.contents = doc.createNode(value) as typeof doc.contents;
    return;
  }
  doc.setIn(path, value);
};

const applyOne = (doc: Document, op: Operation): void => {
  const path = toPath(doc, op.path);
  switch (op.op) {
    case 'add':
      add(doc, path, op.value);
      return;
    case 'replace':
      if (!doc.hasIn(path)) throw new Error(`nothing to replace at ${op.path}`);
      doc.setIn(path, op.value);
      return;
    case 'remove':
      if (!doc.hasIn(path)) throw new Error(`nothing to remove at ${op.path}`);
      doc.deleteIn(path);
      return;
    case 'move':
    case 'copy': {
      const from = toPath(doc, op.from);
      const node = doc.getIn(from, true);
      if (node === undefined) throw new Error(`nothing at ${op.from}`);
      const fromParent = parentOf(doc, from);
      const sameMap =
        op.op === 'move' &&
        isMap(fromParent) &&
        path.length === from.length &&
        JSON.stringify(path.slice(0, -1)) === JSON.stringify(from.slice(0, -1)) &&
        !fromParent.has(path[path.length - 1]);
      if (sameMap) {
        // A renamed key stays where it was written, with its value's comments.
        const pair = fromParent.items.find(
          (p) =>
            String((p.key as { value?: unknown })?.value ?? p.key) ===
            String(from[from.length - 1]),
        );
        if (pair) {
          pair.key = doc.createNode(path[path.length - 1]);
          return;
        }
      }
      const value = op.op === 'copy' ? doc.getIn(from) : node;
      if (op.op === 'move') doc.deleteIn(from);
      add(doc, toPath(doc, op.path), value);
      return;
    }
    case 'test': {
      const actual = JSON.stringify(doc.getIn(path) ?? null);
      if (actual !== JSON.stringify(op.value ?? null)) throw new Error(`test failed at ${op.path}`);
      return;
    }
    default:
      throw new Error(`unsupported operation ${(op as { op: string }).op}`);
  }
};

const lines = (s: string) => s.split('\n');

/**
 * Puts `after` (a re-serialisation) back into the user's `original` text touching only the lines
 * that changed against `baseline` (the re-serialisation of the unchanged text), so spacing and
 * quoting elsewhere stay exactly as the user wrote them.
 */
const spliceChangedLines = (original: string, baseline: string, after: string): string => {
  const o = lines(original);
  const b = lines(baseline);
  const a = lines(after);
  if (o.length !== b.length) return after;
  let head = 0;
  while (head < b.length && head < a.length && b[head] === a[head]) head += 1;
  let tail = 0;
  while (
    tail < b.length - head &&
    tail < a.length - head &&
    b[b.length - 1 - tail] === a[a.length - 1 - tail]
  )
    tail += 1;
  return [...o.slice(0, head), ...a.slice(head, a.length - tail), ...o.slice(o.length - tail)].join(
    '\n',
  );
};

const OPTIONS = { lineWidth: 0 } as const;

/** Applies a fix's JSON patch to YAML text, keeping comments; a clear reason when it cannot. */
export const applyPatchToText = (text: string, patch: readonly Operation[]): TextFixResult => {
  const doc = parseDocument(text);
  if (doc.errors.length) return { ok: false, reason: doc.errors[0].message.split('\n')[0] };
  const baseline = doc.toString(OPTIONS);
  try {
    for (const op of patch) applyOne(doc, op);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  return { ok: true, text: spliceChangedLines(text, baseline, doc.toString(OPTIONS)) };
};

export interface TextEdit {
  /** Offsets into the old text; replace [start, end) with `text`. */
  start: number;
  end: number;
  text: string;
}

/** The smallest single replacement turning `before` into `after` (for an editor's undo stack). */
export const minimalEdit = (before: string, after: string): TextEdit => {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start += 1;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail += 1;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
};
