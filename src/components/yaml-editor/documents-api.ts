/** The editor's text operations without React or Monaco, for callers and tests that need no DOM. */
export * from './documents';
export { applyFindingFix } from './fix';
