import type { Operation } from 'fast-json-patch';
import { isMap, isSeq, parseAllDocuments, parseDocument, type Document } from 'yaml';
import { splitPointer } from '../findings';

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

// Above this many cells the line alignment is skipped (the whole re-serialisation is used).
const MAX_ALIGN_CELLS = 4_000_000;

/**
 * Longest common subsequence of two line lists as `match[i] = j` (or -1), after trimming the
 * common head and tail; undefined when the middle is too large to align.
 */
const alignLines = (x: string[], y: string[]): number[] | undefined => {
  const match = new Array<number>(x.length).fill(-1);
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) {
    match[head] = head;
    head += 1;
  }
  let tail = 0;
  while (
    tail < x.length - head &&
    tail < y.length - head &&
    x[x.length - 1 - tail] === y[y.length - 1 - tail]
  ) {
    match[x.length - 1 - tail] = y.length - 1 - tail;
    tail += 1;
  }
  const n = x.length - head - tail;
  const m = y.length - head - tail;
  if (n === 0 || m === 0) return match;
  if (n * m > MAX_ALIGN_CELLS) return undefined;
  // lengths[i][j]: LCS of x[head+i..] and y[head+j..], in one flat array.
  const w = m + 1;
  const lengths = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      lengths[i * w + j] =
        x[head + i] === y[head + j]
          ? lengths[(i + 1) * w + j + 1] + 1
          : Math.max(lengths[(i + 1) * w + j], lengths[i * w + j + 1]);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (x[head + i] === y[head + j]) {
      match[head + i] = head + j;
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * w + j] >= lengths[i * w + j + 1]) i += 1;
    else j += 1;
  }
  return match;
};

/**
 * Puts `after` (a re-serialisation) back into the user's `original` text: the serialiser also
 * normalises untouched lines (spacing before comments, flow mappings), so the user's own lines are
 * kept wherever the fix did not change what they normalise to. `baseline` is the re-serialisation
 * of the unchanged text; original and baseline are aligned into blocks, and each block whose
 * baseline lines survive unchanged and contiguous in `after` is written as the user wrote it.
 */
const spliceChangedLines = (original: string, baseline: string, after: string): string => {
  const o = lines(original);
  const b = lines(baseline);
  const a = lines(after);
  const ob = alignLines(o, b);
  const ba = alignLines(b, a);
  if (!ob || !ba) return after;
  // Blocks: runs of baseline lines with the original lines they stand for.
  const blockOf = new Array<number>(b.length).fill(-1);
  const blocks: Array<{ o: string[]; bLines: number[] }> = [];
  let pendingO: string[] = [];
  let bNext = 0;
  const flush = (bEnd: number, oLines: string[]) => {
    const bLines: number[] = [];
    for (; bNext < bEnd; bNext += 1) bLines.push(bNext);
    if (!bLines.length) {
      pendingO.push(...oLines);
      return;
    }
    blocks.push({ o: [...pendingO, ...oLines], bLines });
    pendingO = [];
    for (const j of bLines) blockOf[j] = blocks.length - 1;
  };
  let oUnmatched: string[] = [];
  ob.forEach((j, i) => {
    if (j < 0) {
      oUnmatched.push(o[i]);
      return;
    }
    // Same number of lines on both sides: normalised one for one, so pair them line by line.
    if (oUnmatched.length > 1 && oUnmatched.length === j - bNext)
      oUnmatched.forEach((line) => flush(bNext + 1, [line]));
    else if (j > bNext || oUnmatched.length) flush(j, oUnmatched);
    oUnmatched = [];
    flush(j + 1, [o[i]]);
  });
  if (oUnmatched.length > 1 && oUnmatched.length === b.length - bNext)
    oUnmatched.forEach((line) => flush(bNext + 1, [line]));
  else flush(b.length, oUnmatched);
  const clean = blocks.map(({ bLines }) =>
    bLines.every((j, idx) => ba[j] >= 0 && (idx === 0 || ba[j] === ba[bLines[idx - 1]] + 1)),
  );
  const fromB = new Array<number>(a.length).fill(-1);
  ba.forEach((k, j) => {
    if (k >= 0) fromB[k] = j;
  });
  const out: string[] = [];
  a.forEach((line, k) => {
    const j = fromB[k];
    const block = j >= 0 ? blockOf[j] : -1;
    if (block < 0 || !clean[block]) out.push(line);
    else if (blocks[block].bLines[0] === j) out.push(...blocks[block].o);
  });
  out.push(...pendingO);
  return out.join('\n');
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

/** How many YAML documents the `yaml` package sees in a text (to check it agrees with js-yaml). */
export const countDocuments = (text: string): number => {
  const docs = parseAllDocuments(text);
  return Array.isArray(docs) ? docs.length : 0;
};

/**
 * Applies a fix to one document of a multi-document text (the wizard's objects to create),
 * keeping comments there and leaving every other document exactly as written. The text is cut
 * where each later document starts (its `---`), so each piece stays a YAML document of its own.
 */
export const applyPatchToDocumentText = (
  text: string,
  patch: readonly Operation[],
  documentIndex: number,
): TextFixResult => {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || documentIndex < 0 || documentIndex >= docs.length)
    return { ok: false, reason: `document ${documentIndex} is not in the text` };
  const startOf = (i: number) => (i === 0 ? 0 : docs[i].range[0]);
  const start = startOf(documentIndex);
  const end = documentIndex + 1 < docs.length ? startOf(documentIndex + 1) : text.length;
  const out = applyPatchToText(text.slice(start, end), patch);
  if (!out.ok) return out;
  return { ok: true, text: text.slice(0, start) + out.text + text.slice(end) };
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
