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
      return e.classification.namespace;
    case 'os':
      return e.os;
    case 'readiness':
      return e.readiness;
  }
};

/** Whitespace-separated terms; every term must occur somewhere in the item's text. */
export const searchTerms = (search: string): string[] =>
  search.toLowerCase().split(/\s+/).filter(Boolean);

const matchesSearch = (e: CatalogEntry, terms: readonly string[]): boolean =>
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
      return (a, b) => text(a.classification.namespace, b.classification.namespace) || byName(a, b);
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

/**
 * Filters and counts in one pass over entries already in display order, so the matches come out
 * sorted. Counts follow the usual faceted-search rule: an option's count ignores its own filter
 * group, so picking one OS does not zero the others.
 */
export const filterSorted = (sorted: readonly CatalogEntry[], q: CatalogQuery): FilterResult => {
  const terms = searchTerms(q.search);
  const selected = FILTER_NAMES.map((f) => new Set<string>(q[f]));
  const counts = Object.fromEntries(
    FILTER_NAMES.map((f) => [f, new Map<string, number>()]),
  ) as FilterCounts;
  const items: CatalogEntry[] = [];
  const values: string[] = new Array(FILTER_NAMES.length);
  for (const e of sorted) {
    if (terms.length > 0 && !matchesSearch(e, terms)) continue;
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
      items.push(e);
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
