export type { AuthoringClient } from './client';
export { AUTHORING_MODELS, authoringModelFor } from './models';
export { applyImport, findExisting, type ImportResult } from './import-bundle';
export { saveBoilerplate, type SaveResult } from './save';
