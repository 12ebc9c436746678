export { YamlEditor, type YamlEditorProps, type MonacoApi } from './YamlEditor';
export { applyFindingFix } from './fix';
export { FixableFindings, type FixableFindingsProps } from './FixableFindings';
export { DiffView, type DiffViewProps } from './DiffView';
export {
  parseDocuments,
  dumpDocuments,
  documentOf,
  applyPatchToText,
  markersFor,
  type ParsedDocuments,
  type FixOutcome,
  type FindingMarker,
} from './documents';
export { useDebouncedCallback } from './useDebouncedCallback';
