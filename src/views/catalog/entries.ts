import type { Classification, KubeObject } from '../../appliance/types';

/** The three badges a catalog item can carry; `other` DataSources are not offered. */
export type CatalogKind = 'golden-image' | 'appliance-agnostic' | 'appliance-identity';

export type Readiness = 'ready' | 'not-ready';

/** One catalog item with everything filtering and sorting need, computed once per object version. */
export interface CatalogEntry {
  /** Stable React key and selection id: `<namespace>/<name>`. */
  id: string;
  classification: Classification;
  dataSource: KubeObject;
  kind: CatalogKind;
  readiness: Readiness;
  /** OS / preference, `''` when the DataSource names none. */
  os: string;
  /** Lowercase haystack for text search: names, namespace, description, OS. */
  haystack: string;
  /** Lowercase display name, for sorting without repeated case folding. */
  sortName: string;
}

export type Classify = (ds: KubeObject) => Classification;

export const entryId = (namespace: string, name: string): string => `${namespace}/${name}`;

const kindOf = (c: Classification): CatalogKind | undefined => {
  if (c.kind === 'golden-image') return 'golden-image';
  if (c.kind === 'appliance')
    return c.flavor === 'identity' ? 'appliance-identity' : 'appliance-agnostic';
  return undefined;
};

/** Builds an entry, or undefined for a DataSource that is neither a golden image nor an appliance. */
export const toEntry = (ds: KubeObject, classify: Classify): CatalogEntry | undefined => {
  const c = classify(ds);
  const kind = kindOf(c);
  if (!kind) return undefined;
  const os = c.os ?? c.defaultPreference?.name ?? c.boilerplatePreference?.name ?? '';
  return {
    id: entryId(c.namespace, c.name),
    classification: c,
    dataSource: ds,
    kind,
    readiness: c.readiness.ready ? 'ready' : 'not-ready',
    os,
    haystack: [c.name, c.displayName, c.namespace, c.description ?? '', os]
      .join('\n')
      .toLowerCase(),
    sortName: c.displayName.toLowerCase(),
  };
};

interface CacheSlot {
  version: string;
  entry: CatalogEntry | undefined;
}

/**
 * Classification is the expensive part (boilerplate parsing); a watch update re-delivers every
 * object, so results are kept per uid and reused while the resourceVersion is unchanged.
 */
export const createEntryCache = (classify: Classify) => {
  let slots = new Map<string, CacheSlot>();
  return (objects: readonly KubeObject[]): CatalogEntry[] => {
    const next = new Map<string, CacheSlot>();
    const entries: CatalogEntry[] = [];
    for (const ds of objects) {
      const meta = ds.metadata ?? {};
      const key = meta.uid ?? entryId(meta.namespace ?? '', meta.name ?? '');
      const version = meta.resourceVersion ?? '';
      let slot = slots.get(key);
      // No resourceVersion means we cannot tell two versions apart: classify again.
      if (!slot || slot.version !== version || version === '') {
        slot = { version, entry: toEntry(ds, classify) };
      }
      next.set(key, slot);
      if (slot.entry) entries.push(slot.entry);
    }
    slots = next;
    return entries;
  };
};
