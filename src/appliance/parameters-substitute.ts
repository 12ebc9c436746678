import { ptr } from '../findings/pointer';
import { isObject } from './json';
import type { ParameterValue } from './parameters';

/**
 * Substitution on the parsed tree (semantics §9), never on YAML text: a value only ever replaces
 * (part of) a string scalar, so it cannot add a key, an item or a level to the VM. Keys are never
 * touched, nor `metadata.name`/`metadata.namespace` at any level (names are structure too).
 */

/** `$${NAME}` (a literal `${NAME}`), `${{NAME}}` (typed), `${NAME}` (text), in that order. */
export const REFERENCE =
  /\$\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const WHOLE_TYPED = /^\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}$/;
const CLOUD_INIT_SOURCES = new Set(['cloudInitNoCloud', 'cloudInitConfigDrive']);
const CLOUD_INIT_DATA = new Set(['userData', 'networkData']);

/** True for `spec/template/spec/volumes/N/<cloud-init source>/<userData|networkData>`. */
export const isCloudInitData = (path: readonly string[]): boolean =>
  path.length === 7 &&
  path[0] === 'spec' &&
  path[1] === 'template' &&
  path[2] === 'spec' &&
  path[3] === 'volumes' &&
  CLOUD_INIT_SOURCES.has(path[5]) &&
  CLOUD_INIT_DATA.has(path[6]);

export interface Reference {
  name: string;
  /** JSON pointer of the scalar. */
  path: string;
  inCloudInit: boolean;
}

/**
 * Visits every string scalar that may hold references (values only, names skipped); `visit`
 * returns a replacement or undefined to keep it.
 */
const walkScalars = (root: unknown, visit: (text: string, path: string[]) => unknown): void => {
  const path: string[] = [];
  const walk = (parent: Record<string, unknown> | unknown[], key: string | number) => {
    const v = (parent as Record<string | number, unknown>)[key];
    if (typeof v === 'string') {
      if (!v.includes('${')) return;
      const replaced = visit(v, path);
      if (replaced !== undefined) (parent as Record<string | number, unknown>)[key] = replaced;
      return;
    }
    if (Array.isArray(v))
      for (let i = 0; i < v.length; i += 1) {
        path.push(String(i));
        walk(v, i);
        path.pop();
      }
    else if (isObject(v)) {
      const isMetadata = path[path.length - 1] === 'metadata';
      for (const k of Object.keys(v)) {
        if (isMetadata && (k === 'name' || k === 'namespace')) continue;
        path.push(k);
        walk(v, k);
        path.pop();
      }
    }
  };
  if (isObject(root))
    for (const k of Object.keys(root)) {
      path.push(k);
      walk(root, k);
      path.pop();
    }
};

/** Every `${NAME}` and `${{NAME}}` of a tree (not the escaped `$${NAME}`), for the editor's checks. */
export const findReferences = (root: unknown): Reference[] => {
  const found: Reference[] = [];
  walkScalars(root, (text, path) => {
    for (const m of text.matchAll(REFERENCE)) {
      const name = m[2] ?? m[3];
      if (name) found.push({ name, path: ptr(...path), inCloudInit: isCloudInitData(path) });
    }
    return undefined;
  });
  return found;
};

export interface SubstitutionResult {
  references: Reference[];
  /** Cloud-init data that changed: where, the text before and after (for the shape check). */
  cloudInit: Array<{ path: string; before: string; after: string }>;
}

/**
 * Replaces references to declared names in place. `values` holds every declared name that has a
 * value (a declared name without one becomes empty text); a secret used outside cloud-init data is
 * left unreplaced, so its value can never reach the VM (the caller reports it).
 */
export const substituteParameters = (
  root: unknown,
  declared: ReadonlySet<string>,
  values: ReadonlyMap<string, ParameterValue>,
  secret: ReadonlySet<string>,
): SubstitutionResult => {
  const result: SubstitutionResult = { references: [], cloudInit: [] };
  walkScalars(root, (text, path) => {
    const inCloudInit = isCloudInitData(path);
    const pointer = ptr(...path);
    const usable = (name: string) => declared.has(name) && (inCloudInit || !secret.has(name));
    const whole = WHOLE_TYPED.exec(text);
    if (whole) {
      const name = whole[1];
      result.references.push({ name, path: pointer, inCloudInit });
      return usable(name) ? (values.get(name) ?? '') : undefined;
    }
    const out = text.replace(REFERENCE, (all, escaped?: string, typed?: string, plain?: string) => {
      if (escaped) return `\${${escaped}}`;
      const name = (typed ?? plain) as string;
      result.references.push({ name, path: pointer, inCloudInit });
      return usable(name) ? String(values.get(name) ?? '') : all;
    });
    if (out === text) return undefined;
    if (inCloudInit) result.cloudInit.push({ path: pointer, before: text, after: out });
    return out;
  });
  return result;
};
