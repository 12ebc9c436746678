/** Authoring (issue 7): save as appliance, bundles, boilerplate save and text-preserving fixes. */
export {
  applianceFromVirtualMachine,
  parseBootSource,
  BOOT_SOURCE_SYNTAX,
  dataSourceSource,
  toYaml,
  type BootSource,
  type BootSourceKind,
  type FromVmInput,
  type FromVmResult,
} from './from-vm';
export { applianceFromGoldenImage, type FromGoldenImageInput } from './from-golden-image';
export { exportBundle, exportObject, bundleFileName, type ExportedBundle } from './bundle-export';
export {
  validateBundle,
  planBundleImport,
  withOwnerUid,
  objectKey,
  IMPORTABLE_COMPANIONS,
  type ImportPlan,
  type ImportStep,
  type ImportOptions,
  type ObjectKey,
} from './bundle-import';
export {
  authoredOf,
  boilerplateSavePatch,
  boilerplateOf,
  describeConflict,
  decideSave,
  parametersTextOf,
  type AuthoredTexts,
  type SaveConflict,
  type SaveDecision,
} from './boilerplate-save';
export {
  applyPatchToText,
  applyPatchToDocumentText,
  minimalEdit,
  type TextFixResult,
  type TextEdit,
} from './text-fix';
