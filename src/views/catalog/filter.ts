import type { CatalogEntry } from './entries';
import { FILTER_NAMES, type CatalogQuery, type FilterName, type SortKey } from './query';

/** For each filter, how many items each option would show given the search and the other filters. */
export type FilterCounts = Record<FilterName, Map<string, number>>;

export interface FilterResult {
  /** Matching entries, sorted. */
  items: CatalogEntry[];
  counts: FilterCounts;
}

const valueOf = (e: CatalogEntry, f: FilterName): string => {
  switch (f) {
    case 'kind':
      return e.kind;
    case 'namespace':
      return e.namespace;
    case 'os':
      return e.os;
    case 'readiness':
      return e.readiness;
  }
};

/** Whitespace-separated terms; every term must occur somewhere in the item's text. */
export const searchTerms = (search: string): string[] =>
  search.toLowerCase().split(/\s+/).filter(Boolean);

export const matchesSearch = (e: CatalogEntry, terms: readonly string[]): boolean =>
  terms.every((term) => e.haystack.includes(term));

const KIND_ORDER = { 'golden-image': 0, 'appliance-agnostic': 1, 'appliance-identity': 2 };
const READINESS_ORDER = { ready: 0, 'not-ready': 1 };

const compareBy = (key: SortKey): ((a: CatalogEntry, b: CatalogEntry) => number) => {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byName = (a: CatalogEntry, b: CatalogEntry) =>
    text(a.sortName, b.sortName) || text(a.id, b.id);
  switch (key) {
    case 'name':
      return byName;
    case 'namespace':
      return (a, b) => text(a.namespace, b.namespace) || byName(a, b);
    case 'kind':
      return (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byName(a, b);
    case 'os':
      return (a, b) => text(a.os, b.os) || byName(a, b);
    case 'readiness':
      return (a, b) => READINESS_ORDER[a.readiness] - READINESS_ORDER[b.readiness] || byName(a, b);
  }
};

/** The entries in display order; done once per data set and sort, not per keystroke. */
export const sortEntries = (
  entries: readonly CatalogEntry[],
  sort: SortKey,
  order: 'asc' | 'desc',
): CatalogEntry[] => {
  const compare = compareBy(sort);
  return [...entries].sort(order === 'asc' ? compare : (a, b) => compare(b, a));
};

/** True when an entry's place in every sort order is the same as the other's. */
export const samePlace = (a: CatalogEntry, b: CatalogEntry): boolean =>
  a.sortName === b.sortName &&
  a.namespace === b.namespace &&
  a.kind === b.kind &&
  a.os === b.os &&
  a.readiness === b.readiness;

/** Beyond this share of moved entries, sorting everything again is as cheap as merging. */
const RESORT_SHARE = 0.25;

/**
 * `sortEntries` that reuses its previous result: a watch re-delivers the whole list for a few
 * changed objects, and re-sorting 50,000 entries for them would block the page. Entries whose
 * sort fields did not change keep their place; the others are sorted alone and merged in.
 */
export const createSorter = () => {
  let last:
    | {
        entries: readonly CatalogEntry[];
        sorted: CatalogEntry[];
        sort: SortKey;
        order: 'asc' | 'desc';
      }
    | undefined;
  const sorter = (entries: readonly CatalogEntry[], sort: SortKey, order: 'asc' | 'desc') => {
    const same = last && last.sort === sort && last.order === order;
    if (same && last?.entries === entries) return last.sorted;
    const sorted =
      same && last ? resort(last.sorted, entries, sort, order) : sortEntries(entries, sort, order);
    last = { entries, sorted, sort, order };
    return sorted;
  };
  /** Takes a sorted list kept up to date elsewhere (an incremental view) as the last result. */
  sorter.adopt = (
    entries: readonly CatalogEntry[],
    sorted: CatalogEntry[],
    sort: SortKey,
    order: 'asc' | 'desc',
  ) => {
    last = { entries, sorted, sort, order };
  };
  return sorter;
};

const resort = (
  previous: readonly CatalogEntry[],
  entries: readonly CatalogEntry[],
  sort: SortKey,
  order: 'asc' | 'desc',
): CatalogEntry[] => {
  const byId = new Map<string, CatalogEntry>();
  for (const e of entries) byId.set(e.id, e);
  // Duplicate ids leave no way to match old and new: sort from scratch.
  if (byId.size !== entries.length) return sortEntries(entries, sort, order);
  const kept: CatalogEntry[] = [];
  const placed = new Set<CatalogEntry>();
  for (const old of previous) {
    const e = byId.get(old.id);
    if (e && (e === old || samePlace(e, old))) {
      kept.push(e);
      placed.add(e);
    }
  }
  if (kept.length === entries.length) return kept;
  const moved = entries.filter((e) => !placed.has(e));
  if (moved.length > entries.length * RESORT_SHARE) return sortEntries(entries, sort, order);
  const compare = compareBy(sort);
  const cmp = order === 'asc' ? compare : (a: CatalogEntry, b: CatalogEntry) => compare(b, a);
  moved.sort(cmp);
  const out: CatalogEntry[] = new Array(entries.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length && j < moved.length)
    out[k++] = cmp(moved[j], kept[i]) < 0 ? moved[j++] : kept[i++];
  while (i < kept.length) out[k++] = kept[i++];
  while (j < moved.length) out[k++] = moved[j++];
  return out;
};

/**
 * Splits entries into those matching every term and the rest, keeping their order. The loop runs
 * on every keystroke over up to all entries, so the usual one-term search gets a plain loop of
 * its own rather than a callback per entry and term.
 */
const partition = (
  from: readonly CatalogEntry[],
  terms: readonly string[],
): { matched: CatalogEntry[]; dropped: CatalogEntry[] } => {
  const matched: CatalogEntry[] = [];
  const dropped: CatalogEntry[] = [];
  if (terms.length === 1) {
    const term = terms[0];
    for (let i = 0; i < from.length; i++) {
      const e = from[i];
      if (e.haystack.includes(term)) matched.push(e);
      else dropped.push(e);
    }
  } else {
    for (const e of from) (matchesSearch(e, terms) ? matched : dropped).push(e);
  }
  return { matched, dropped };
};

/** True when every match of `next` is a match of `previous`: each old term grew into a new one. */
const refines = (previous: readonly string[], next: readonly string[]): boolean =>
  previous.length <= next.length && previous.every((term, i) => next[i].includes(term));

/** A search's matches; when it narrowed the previous search's, that list and what it dropped. */
export interface SearchResult {
  matched: CatalogEntry[];
  narrowed?: { from: readonly CatalogEntry[]; dropped: CatalogEntry[] };
}

/**
 * The entries matching a search, in their order, reusing the previous search's matches when the
 * new one only narrows it (typing on), so a keystroke scans the survivors, not the whole set.
 */
export const createSearcher = () => {
  let last:
    { sorted: readonly CatalogEntry[]; terms: string[]; matched: CatalogEntry[] } | undefined;
  const searcher = (sorted: readonly CatalogEntry[], search: string): SearchResult => {
    const terms = searchTerms(search);
    let result: SearchResult;
    if (terms.length === 0) result = { matched: sorted as CatalogEntry[] };
    else {
      const from =
        last && last.sorted === sorted && refines(last.terms, terms) ? last.matched : sorted;
      const { matched, dropped } = partition(from, terms);
      // Nothing dropped: the same list, so what was derived from it (counts) stays valid.
      result =
        dropped.length === 0
          ? { matched: from as CatalogEntry[] }
          : { matched, narrowed: { from, dropped } };
    }
    last = { sorted, terms, matched: result.matched };
    return result;
  };
  /** Takes matches kept up to date elsewhere (an incremental view) as the last result. */
  searcher.adopt = (sorted: readonly CatalogEntry[], search: string, matched: CatalogEntry[]) => {
    last = { sorted, terms: searchTerms(search), matched };
  };
  return searcher;
};

/**
 * Filters and counts in one pass over entries already in display order, so the matches come out
 * sorted. Counts follow the usual faceted-search rule: an option's count ignores its own filter
 * group, so picking one OS does not zero the others.
 */
export const filterSorted = (sorted: readonly CatalogEntry[], q: CatalogQuery): FilterResult => {
  const terms = searchTerms(q.search);
  return filterMatched(
    terms.length > 0 ? sorted.filter((e) => matchesSearch(e, terms)) : sorted,
    q,
  );
};

/** How an entry fares against the query's filter groups: how many it fails, the last it fails. */
export const passes = (
  e: CatalogEntry,
  q: CatalogQuery,
): { failures: number; failed: number; values: string[] } => {
  const values = FILTER_NAMES.map((f) => valueOf(e, f));
  let failures = 0;
  let failed = -1;
  FILTER_NAMES.forEach((f, i) => {
    if (q[f].length > 0 && !(q[f] as readonly string[]).includes(values[i])) {
      failures += 1;
      failed = i;
    }
  });
  return { failures, failed, values };
};

/** `filterSorted` for entries that already match the search. */
export const filterMatched = (matched: readonly CatalogEntry[], q: CatalogQuery): FilterResult => {
  const selected = FILTER_NAMES.map((f) => new Set<string>(q[f]));
  const counts = Object.fromEntries(
    FILTER_NAMES.map((f) => [f, new Map<string, number>()]),
  ) as FilterCounts;
  const filtering = selected.some((s) => s.size > 0);
  // Nothing selected: every match shows, and counts are plain tallies.
  const items: CatalogEntry[] = filtering ? [] : (matched as CatalogEntry[]);
  const values: string[] = new Array(FILTER_NAMES.length);
  for (const e of matched) {
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < FILTER_NAMES.length; i += 1) {
      values[i] = valueOf(e, FILTER_NAMES[i]);
      if (selected[i].size > 0 && !selected[i].has(values[i])) {
        failures += 1;
        failed = i;
      }
    }
    if (failures === 0) {
      if (filtering) items.push(e);
      for (let i = 0; i < FILTER_NAMES.length; i += 1) bump(counts[FILTER_NAMES[i]], values[i]);
    } else if (failures === 1) {
      // Fails only its own group: it would show if that group's selection included it.
      bump(counts[FILTER_NAMES[failed]], values[failed]);
    }
  }
  return { items, counts };
};

/** Filters, counts, then sorts the matches: for one query over unsorted entries. */
export const applyQuery = (entries: readonly CatalogEntry[], q: CatalogQuery): FilterResult => {
  const { items, counts } = filterSorted(entries, q);
  return { items: sortEntries(items, q.sort, q.order), counts };
};

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/** Every value a filter can take in the data set, sorted, plus any selected value no item has. */
export const filterOptions = (
  entries: readonly CatalogEntry[],
  f: FilterName,
  selected: readonly string[],
): string[] => {
  const all = new Set<string>(selected);
  for (const e of entries) all.add(valueOf(e, f));
  return [...all].sort();
};

/** The page of items to render, with the page number clamped to what exists. */
export const pageOf = <T>(
  items: readonly T[],
  page: number,
  perPage: number,
): { page: number; items: T[] } => {
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const p = Math.min(Math.max(1, page), last);
  return { page: p, items: items.slice((p - 1) * perPage, p * perPage) };
};
