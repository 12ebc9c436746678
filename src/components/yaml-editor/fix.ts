import type { Finding } from '../../findings';
import { applyPatchToText, documentOf, type FixOutcome } from './documents';

/**
 * Applies a finding's fix to a (multi-document) text: the same code path as the editor's quick
 * fix, for "Fix" buttons next to a findings list. `defaultDocument` is the VirtualMachine's.
 */
export const applyFindingFix = (text: string, f: Finding, defaultDocument = 0): FixOutcome => {
  if (!f.fix) return { ok: false, reason: 'the finding has no fix' };
  const doc = documentOf(f, defaultDocument);
  if (doc === undefined) return { ok: false, reason: 'the fix is not about this text' };
  return applyPatchToText(text, f.fix.patch, doc);
};
