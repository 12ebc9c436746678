/**
 * Performance marks around the debounced check of an edited text, which test/bench/editor.bench.js
 * measures between: the debounce firing, then the findings list and the editor's markers showing
 * the check's findings.
 */
export const EDITOR_VALIDATE = 'kv-editor:validate';
export const EDITOR_FINDINGS = 'kv-editor:findings';
export const EDITOR_MARKERS = 'kv-editor:markers';

// Some hosts (and jsdom) lack the User Timing API; the marks are only for measuring.
export const benchMark = (name: string): void => {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
};
