import {
  canonicalInstancetypeKind,
  canonicalPreferenceKind,
  CLUSTER_INSTANCETYPE,
  CLUSTER_PREFERENCE,
  NAMESPACED_INSTANCETYPE,
  NAMESPACED_PREFERENCE,
} from './constants';
import type { RefField } from './instancetype';
import { isDnsLabel, isDnsSubdomain } from './names';

/** A reference as people write it: `[KIND/]NAME`, or `KIND/NAMESPACE/NAME` where allowed. */
export interface KindNameRef<K extends string = string> {
  kind: K;
  name: string;
  namespace?: string;
}

export interface KindNameSyntax<K extends string = string> {
  /**
   * The canonical kind for what was written before the name (`undefined`: nothing was), or
   * undefined to reject it. Returning a kind for `undefined` makes KIND optional.
   */
  kind: (written: string | undefined) => K | undefined;
  /** The accepted kinds as the error names them, e.g. `DataSource, PVC or VolumeSnapshot`. */
  kinds: string;
  /** Whether `KIND/NAMESPACE/NAME` is accepted too. */
  namespaced?: boolean;
}

export type KindNameResult<K extends string = string> =
  { ok: true; ref: KindNameRef<K> } | { ok: false; error: string };

const expected = (syntax: KindNameSyntax<string>): string => {
  const short = syntax.kind(undefined) === undefined ? 'KIND/NAME' : '[KIND/]NAME';
  const forms = syntax.namespaced ? `${short} or KIND/NAMESPACE/NAME` : short;
  return `expected ${forms} with KIND ${syntax.kinds}`;
};

/**
 * The one reader of `[KIND/]NAME` for the CLI, the wizard and the authoring forms. Segments
 * are split at every `/` (names, namespaces and kinds contain none); an empty name or namespace
 * is an error, an empty kind is the `kind` function's to judge. The error completes a sentence
 * about the text, e.g. `--boot-source Pod/x: expected KIND/NAME ...`.
 */
export const parseKindName = <K extends string>(
  text: string,
  syntax: KindNameSyntax<K>,
): KindNameResult<K> => {
  const parts = text.split('/');
  if (parts.length > (syntax.namespaced ? 3 : 2)) return { ok: false, error: expected(syntax) };
  const name = parts[parts.length - 1];
  const namespace = parts.length === 3 ? parts[1] : undefined;
  const kind = syntax.kind(parts.length > 1 ? parts[0] : undefined);
  if (!name || namespace === '' || kind === undefined)
    return { ok: false, error: expected(syntax) };
  // Kubernetes' own rules, so `PVC/../x` can never become a namespace `..`.
  if (namespace !== undefined && !isDnsLabel(namespace))
    return { ok: false, error: 'the namespace is not a valid Kubernetes namespace name' };
  if (!isDnsSubdomain(name))
    return {
      ok: false,
      error: 'the name is not a valid Kubernetes name (lowercase letters, digits, "-" and ".")',
    };
  return { ok: true, ref: namespace ? { kind, namespace, name } : { kind, name } };
};

const REF_SYNTAX: Record<RefField, KindNameSyntax> = {
  instancetype: {
    kind: canonicalInstancetypeKind,
    kinds: `${CLUSTER_INSTANCETYPE} (the default) or ${NAMESPACED_INSTANCETYPE}`,
  },
  preference: {
    kind: canonicalPreferenceKind,
    kinds: `${CLUSTER_PREFERENCE} (the default) or ${NAMESPACED_PREFERENCE}`,
  },
};

/** `[KIND/]NAME` of an instancetype or preference; KIND is canonicalized, absent means cluster. */
export const refSyntax = (field: RefField): KindNameSyntax => REF_SYNTAX[field];
