import { applyPatch, type Operation } from 'fast-json-patch';
import { dump } from 'js-yaml';
import { parseMultiDocument } from '../../appliance/bundle';
import { formatMessage, type Finding, type Severity } from '../../findings';
import { createLocator, type TextRange } from '../../appliance/locate';
import {
  applyPatchToDocumentText,
  countDocuments,
  type TextFixResult,
} from '../../appliance/text-fix';
import type { KubeObject } from '../../appliance/types';

/** The objects of a multi-document YAML text; a syntax error comes back as a finding. */
export interface ParsedDocuments {
  /** One entry per document; undefined for an empty or unusable document. */
  objects: Array<KubeObject | undefined>;
  findings: Finding[];
}

export const parseDocuments = (text: string): ParsedDocuments => {
  const bundle = parseMultiDocument(text);
  return { objects: bundle.documents.map((d) => d.object), findings: bundle.findings };
};

/** Documents as YAML again, `---` between them; readable key order, no anchors. */
export const dumpDocuments = (objects: readonly unknown[]): string =>
  objects.map((o) => dump(o, { noRefs: true, lineWidth: -1 })).join('---\n');

/**
 * Which document of the text a finding is about: `params.document` for subject `document`,
 * `defaultDocument` (the VirtualMachine) for findings without a subject, none for findings about
 * the boilerplate or the DataSource (they are not in the text).
 */
export const documentOf = (f: Finding, defaultDocument: number): number | undefined => {
  if (!f.subject) return defaultDocument;
  if (f.subject === 'document') {
    const d = Number(f.params?.document);
    return Number.isInteger(d) && d >= 0 ? d : undefined;
  }
  return undefined;
};

/** Parsed YAML is plain JSON data (the safe parser guarantees it), so a JSON copy is exact. */
const jsonCopy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// The in-place path hands back text-fix's result as is, so the two must stay one shape.
export type FixOutcome = TextFixResult;

/**
 * Applies a JSON patch to one document of the text. Never throws: a text that does not parse, a
 * missing document or a patch that does not apply leave the user's text alone and say why. The
 * fix edits the text in place, so the user's comments and layout survive; only when the two YAML
 * parsers disagree on where the documents are is the text written again from the objects.
 */
export const applyPatchToText = (
  text: string,
  patch: readonly Operation[],
  documentIndex: number,
): FixOutcome => {
  const parsed = parseDocuments(text);
  const refused = parsed.objects.length ? undefined : parsed.findings[0];
  if (refused) return { ok: false, reason: formatMessage(refused.message, refused.params ?? {}) };
  const target = parsed.objects[documentIndex];
  if (!target) return { ok: false, reason: `document ${documentIndex} is not an object` };
  if (countDocuments(text) === parsed.objects.length)
    return applyPatchToDocumentText(text, patch, documentIndex);
  try {
    const next = applyPatch(jsonCopy(target), jsonCopy([...patch]), true, false)
      .newDocument as KubeObject;
    const objects = parsed.objects.map((o, i) => (i === documentIndex ? next : o));
    return { ok: true, text: dumpDocuments(objects.filter((o) => o !== undefined)) };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
};

export interface FindingMarker extends TextRange {
  severity: Severity;
  code: string;
  message: string;
  /** Index into the findings array the marker came from (to find its fix). */
  findingIndex: number;
}

/**
 * Where each finding is written in the text, for the editor's markers. Findings whose path the
 * text does not contain are placed on the deepest existing parent (see createLocator); a text that
 * does not parse puts its syntax error on the reported line.
 */
export const markersFor = (
  text: string,
  findings: readonly Finding[],
  defaultDocument: number,
  translate: (f: Finding) => string,
): FindingMarker[] => {
  const out: FindingMarker[] = [];
  // One parse for all the findings: a text with thousands of them stays linear.
  const locate = createLocator(text);
  findings.forEach((f, findingIndex) => {
    const base = { severity: f.severity, code: f.code, message: translate(f), findingIndex };
    // A text refused while reading (syntax, a bound) is marked on the line the reader names.
    if (f.code.startsWith('Yaml')) {
      const line = Math.max(1, Number(f.params?.line) || 1);
      out.push({ ...base, line, column: 1, endLine: line, endColumn: 1000 });
      return;
    }
    const doc = documentOf(f, defaultDocument);
    if (doc === undefined) return;
    const range = locate(f.path, doc);
    if (range) out.push({ ...base, ...range });
  });
  return out;
};
