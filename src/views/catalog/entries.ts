import { ANNOTATION_VM_SPEC } from '../../appliance/constants';
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
  /**
   * An appliance whose boilerplate is not parsed yet: its flavor (agnostic unless its source is a
   * snapshot), OS (the DataSource's label) and contents are provisional until it is.
   */
  pending?: boolean;
}

export type Classify = (ds: KubeObject) => Classification;

export const entryId = (namespace: string, name: string): string => `${namespace}/${name}`;

const kindOf = (c: Classification): CatalogKind | undefined => {
  if (c.kind === 'golden-image') return 'golden-image';
  if (c.kind === 'appliance')
    return c.flavor === 'identity' ? 'appliance-identity' : 'appliance-agnostic';
  return undefined;
};

const entryOf = (ds: KubeObject, c: Classification, kind: CatalogKind): CatalogEntry => {
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

/** Builds an entry, or undefined for a DataSource that is neither a golden image nor an appliance. */
export const toEntry = (ds: KubeObject, classify: Classify): CatalogEntry | undefined => {
  const c = classify(ds);
  const kind = kindOf(c);
  return kind ? entryOf(ds, c, kind) : undefined;
};

const isAppliance = (ds: KubeObject): boolean =>
  ds.metadata?.annotations?.[ANNOTATION_VM_SPEC] !== undefined;

/**
 * An appliance's entry from its metadata alone, without parsing the boilerplate (the costly part
 * of classification): classified as if it had no boilerplate, then marked appliance and pending.
 */
export const toQuickEntry = (ds: KubeObject, classify: Classify): CatalogEntry => {
  const annotations = { ...(ds.metadata?.annotations ?? {}) };
  delete annotations[ANNOTATION_VM_SPEC];
  const c: Classification = {
    ...classify({ ...ds, metadata: { ...ds.metadata, annotations } }),
    kind: 'appliance',
    findings: [],
  };
  c.flavor = c.source?.kind === 'snapshot' ? 'identity' : 'agnostic';
  if (c.defaultPreference) c.os = c.defaultPreference.name;
  const e = entryOf(ds, c, c.flavor === 'identity' ? 'appliance-identity' : 'appliance-agnostic');
  e.pending = true;
  return e;
};

interface CacheSlot {
  version: string;
  entry: CatalogEntry | undefined;
  /** The entry as the last call returned it (`refine` replaces `entry` in between). */
  returned?: CatalogEntry;
  /** Set while the entry is a quick one: the object to classify fully later. */
  pending?: KubeObject;
  /** The cache call that last saw this object. */
  seen: number;
}

/** How a cache call's entries differ from the previous call's. */
export interface EntryChanges {
  /** The entries this describes changes from. */
  base: readonly CatalogEntry[];
  /** Entries replaced by a new version of themselves, old to new, at the same position. */
  replaced: Map<CatalogEntry, CatalogEntry>;
  /** Entries came or went: only a fresh look at all of them tells what changed. */
  structural: boolean;
}

export interface EntryCache {
  (objects: readonly KubeObject[]): CatalogEntry[];
  /** What the last call changed, for views that update incrementally. */
  changes: () => EntryChanges;
  /** Appliances still waiting for their boilerplate to be parsed. */
  pendingCount: () => number;
  /** Classifies pending appliances fully until `stop()` says so; returns how many it did. */
  refine: (stop: () => boolean) => number;
}

/**
 * Classification is the expensive part (boilerplate parsing); a watch update re-delivers every
 * object, so results are kept per uid and reused while the resourceVersion is unchanged. With
 * `defer`, a new appliance first gets a quick entry from its metadata and is parsed later by
 * `refine`, in slices, so thousands of DataSources are listed at once. The slots are kept across
 * calls (a watch update changes a few of 50,000), and each call says what it replaced.
 */
export const createEntryCache = (classify: Classify, options: { defer?: boolean } = {}) => {
  const slots = new Map<string, CacheSlot>();
  const pending = new Set<CacheSlot>();
  let call = 0;
  let previous: CatalogEntry[] = [];
  let changes: EntryChanges = { base: [], replaced: new Map(), structural: true };
  const cache = ((objects: readonly KubeObject[]): CatalogEntry[] => {
    call += 1;
    const replaced = new Map<CatalogEntry, CatalogEntry>();
    let structural = false;
    let seen = 0;
    const entries: CatalogEntry[] = [];
    for (const ds of objects) {
      const meta = ds.metadata ?? {};
      const key = meta.uid ?? entryId(meta.namespace ?? '', meta.name ?? '');
      const version = meta.resourceVersion ?? '';
      let slot = slots.get(key);
      // Listed twice: positions no longer line up with the previous call's.
      if (slot?.seen === call) structural = true;
      else {
        // No resourceVersion means we cannot tell two versions apart: classify again.
        if (!slot || slot.version !== version || version === '') {
          if (slot?.pending) pending.delete(slot);
          const old = slot?.returned;
          slot =
            options.defer && isAppliance(ds)
              ? {
                  version,
                  entry: toQuickEntry(ds, classify),
                  pending: ds,
                  seen: call,
                  returned: old,
                }
              : { version, entry: toEntry(ds, classify), seen: call, returned: old };
          slots.set(key, slot);
          if (slot.pending) pending.add(slot);
        }
        // A new version, or a pending appliance parsed since the last call.
        if (slot.entry !== slot.returned) {
          if (slot.returned && slot.entry) replaced.set(slot.returned, slot.entry);
          else structural = true;
          slot.returned = slot.entry;
        }
        slot.seen = call;
        seen += 1;
      }
      if (slot.entry) entries.push(slot.entry);
    }
    if (seen !== slots.size) {
      structural = true;
      for (const [key, slot] of slots) {
        if (slot.seen === call) continue;
        slots.delete(key);
        pending.delete(slot);
      }
    }
    // Same length and each position holds the same entry or its replacement: nothing moved.
    structural ||=
      entries.length !== previous.length ||
      entries.some((e, i) => e !== previous[i] && replaced.get(previous[i]) !== e);
    changes = { base: previous, replaced, structural };
    previous = entries;
    return entries;
  }) as EntryCache;
  cache.changes = () => changes;
  cache.pendingCount = () => pending.size;
  cache.refine = (stop) => {
    let done = 0;
    for (const slot of pending) {
      if (slot.pending) slot.entry = toEntry(slot.pending, classify);
      slot.pending = undefined;
      pending.delete(slot);
      done += 1;
      if (stop()) break;
    }
    return done;
  };
  return cache;
};
