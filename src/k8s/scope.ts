import { GOLDEN_IMAGE_NAMESPACES } from './models';

/** Which DataSources to watch: everything, or a few namespaces the user may read. */
export type WatchScope = { clusterWide: true } | { clusterWide: false; namespaces: string[] };

export interface ScopeAccess {
  /** The user may list DataSources in all namespaces. */
  clusterWide: boolean;
  /** Per namespace: the user may list DataSources there. */
  namespaces: Record<string, boolean>;
}

/**
 * Namespaces the catalog looks at: the active one (none on the all-namespaces route) and the
 * golden-image namespaces, without duplicates.
 */
export const candidateNamespaces = (activeNamespace?: string): string[] => [
  ...new Set([...(activeNamespace ? [activeNamespace] : []), ...GOLDEN_IMAGE_NAMESPACES]),
];

/**
 * Decides the watch scope from access reviews. A user without cluster-wide rights gets the
 * namespaces they may read and nothing else, so a forbidden namespace never becomes an error.
 */
export const watchScope = (activeNamespace: string | undefined, access: ScopeAccess): WatchScope =>
  access.clusterWide
    ? { clusterWide: true }
    : {
        clusterWide: false,
        namespaces: candidateNamespaces(activeNamespace).filter((ns) => access.namespaces[ns]),
      };

/**
 * Which namespaces a page shows: on a namespaced route the active namespace and the golden-image
 * namespaces (so both kinds of user see the same catalog there); on all-namespaces, everything.
 */
export const visibleNamespaces = (activeNamespace?: string): Set<string> | undefined =>
  activeNamespace ? new Set(candidateNamespaces(activeNamespace)) : undefined;

/** True for an error the user should not see because it only says "you may not read this". */
export const isForbidden = (error: unknown): boolean => {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; status?: unknown; response?: { status?: unknown } };
  return e.code === 403 || e.status === 403 || e.response?.status === 403;
};

/** A readable one-line message for any error a watch or request may produce. */
export const errorMessage = (error: unknown): string => {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; json?: { message?: unknown } };
    if (typeof e.json?.message === 'string') return e.json.message;
    if (typeof e.message === 'string') return e.message;
  }
  return String(error);
};
