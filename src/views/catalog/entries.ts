import { ANNOTATION_VM_SPEC } from '../../appliance/constants';
import { classifyMetadata, dataSourceFacts, type DataSourceFacts } from '../../appliance/classify';
import type { Classification, KubeObject } from '../../appliance/types';

/** The three badges a catalog item can carry; `other` DataSources are not offered. */
export type CatalogKind = 'golden-image' | 'appliance-agnostic' | 'appliance-identity';

export type Readiness = 'ready' | 'not-ready';

/**
 * One catalog item. What sorting, filtering and counting need is read once per object version,
 * from the metadata alone; the rest is built on first use, so tens of thousands of DataSources
 * are listed before any is classified in full.
 */
export interface CatalogEntry {
  /** Stable React key and selection id: `<namespace>/<name>`. */
  readonly id: string;
  readonly namespace: string;
  readonly dataSource: KubeObject;
  readonly kind: CatalogKind;
  readonly readiness: Readiness;
  /** OS / preference, `''` when the DataSource names none. */
  readonly os: string;
  /** Lowercase display name, for sorting without repeated case folding. */
  readonly sortName: string;
  /**
   * An appliance whose boilerplate is not parsed yet: its flavor (agnostic unless its source is a
   * snapshot), OS (the DataSource's label) and contents are provisional until it is.
   */
  readonly pending?: boolean;
  /** Built on first use; for a pending appliance, from its metadata only. */
  readonly classification: Classification;
  /** Lowercase text for search: names, namespace, description, OS. Built on first use. */
  readonly haystack: string;
}

export type Classify = (ds: KubeObject) => Classification;

export const entryId = (namespace: string, name: string): string => `${namespace}/${name}`;

const applianceKind = (identity: boolean): CatalogKind =>
  identity ? 'appliance-identity' : 'appliance-agnostic';

/**
 * One class for every entry: the lists of tens of thousands that sorting and filtering walk stay
 * of one shape, and the lazy parts cost nothing until someone looks.
 */
export class Entry implements CatalogEntry {
  readonly id: string;
  readonly namespace: string;
  readonly readiness: Readiness;
  readonly sortName: string;
  readonly pending?: boolean;
  private text: string | undefined = undefined;

  constructor(
    readonly dataSource: KubeObject,
    private readonly facts: DataSourceFacts,
    readonly kind: CatalogKind,
    readonly os: string,
    /** Known already, or undefined until the first look. */
    private classified: Classification | undefined,
    /** How to classify on the first look; undefined: from the metadata (a pending appliance). */
    private readonly classify: Classify | undefined,
  ) {
    this.id = entryId(facts.namespace, facts.name);
    this.namespace = facts.namespace;
    this.readiness = facts.ready ? 'ready' : 'not-ready';
    this.sortName = facts.displayName.toLowerCase();
    if (!classify && !classified) this.pending = true;
  }

  get classification(): Classification {
    this.classified ??= this.classify
      ? this.classify(this.dataSource)
      : classifyMetadata(this.dataSource, this.facts);
    return this.classified;
  }

  get haystack(): string {
    this.text ??= this.searchText();
    return this.text;
  }

  /** Builds the search text now (in idle time) rather than on the first keystroke. */
  warm(): void {
    this.text ??= this.searchText();
  }

  private searchText(): string {
    const f = this.facts;
    return `${f.name}\n${f.displayName}\n${f.namespace}\n${f.description}\n${this.os}`.toLowerCase();
  }
}

/**
 * Builds an entry, or undefined for a DataSource that is neither a golden image nor an appliance.
 * A golden image's classification reads nothing its metadata does not say, so it waits for a look;
 * an appliance's needs its boilerplate parsed, which this does now.
 */
export const toEntry = (ds: KubeObject, classify: Classify): Entry | undefined => {
  const facts = dataSourceFacts(ds);
  if (facts.kind === 'golden-image') {
    return new Entry(ds, facts, 'golden-image', facts.preference, undefined, classify);
  }
  if (facts.kind !== 'appliance') return undefined;
  const c = classify(ds);
  return new Entry(ds, facts, applianceKind(c.flavor === 'identity'), c.os ?? '', c, classify);
};

/**
 * An appliance's entry from its metadata alone, without parsing the boilerplate (the costly part
 * of classification): agnostic unless its source is a snapshot, its OS from its labels, pending.
 */
export const toQuickEntry = (ds: KubeObject): Entry => {
  const facts = dataSourceFacts(ds);
  const kind = applianceKind(facts.sourceKind === 'snapshot');
  return new Entry(ds, facts, kind, facts.preference, undefined, undefined);
};

const isAppliance = (ds: KubeObject): boolean =>
  ds.metadata?.annotations?.[ANNOTATION_VM_SPEC] !== undefined;

interface CacheSlot {
  version: string;
  entry: Entry | undefined;
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
  /**
   * Builds the search text of new entries until `stop()` says so, so that the first keystroke
   * does not build thousands; true when none is left.
   */
  warm: (stop: () => boolean) => boolean;
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
  /** Entries made since the last `warm`, whose search text may not be built yet. */
  const cold: Entry[] = [];
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
                  entry: toQuickEntry(ds),
                  pending: ds,
                  seen: call,
                  returned: old,
                }
              : { version, entry: toEntry(ds, classify), seen: call, returned: old };
          slots.set(key, slot);
          if (slot.pending) pending.add(slot);
          if (slot.entry) cold.push(slot.entry);
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
      if (slot.entry) cold.push(slot.entry);
      slot.pending = undefined;
      pending.delete(slot);
      done += 1;
      if (stop()) break;
    }
    return done;
  };
  cache.warm = (stop) => {
    while (cold.length > 0) {
      cold.pop()?.warm();
      if (stop()) break;
    }
    return cold.length === 0;
  };
  return cache;
};
