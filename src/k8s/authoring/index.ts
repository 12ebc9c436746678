export { applyImport, findExisting, type ImportResult } from './import-bundle';
export { saveBoilerplate, type SaveResult } from './save';
