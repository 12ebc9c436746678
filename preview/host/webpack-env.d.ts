// The few webpack runtime globals the host uses (no @types/webpack-env dependency for four lines).
declare function __webpack_init_sharing__(scope: string): Promise<void>;
declare const __webpack_share_scopes__: Record<string, Record<string, unknown>>;

interface WebpackContext {
  keys(): string[];
  (id: string): unknown;
}
declare namespace NodeJS {
  interface Require {
    context(directory: string, useSubdirectories: boolean, regExp: RegExp): WebpackContext;
  }
}

declare module '*.css';
declare module 'monaco-editor/esm/vs/editor/edcore.main.js';
declare module 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
