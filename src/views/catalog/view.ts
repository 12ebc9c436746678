import type { CatalogEntry, EntryChanges } from './entries';
import {
  createSearcher,
  createSorter,
  filterMatched,
  matchesSearch,
  passes,
  samePlace,
  searchTerms,
  type FilterCounts,
  type FilterResult,
  type SearchResult,
} from './filter';
import { FILTER_NAMES, type CatalogQuery } from './query';

export interface CatalogView extends FilterResult {
  sorted: CatalogEntry[];
  /** The entries matching the search (before the filter groups), in display order. */
  matched: CatalogEntry[];
}

interface State {
  view: CatalogView;
  entries: readonly CatalogEntry[];
  query: CatalogQuery;
  /** Positions of entries in `view.sorted`, `view.matched` and `view.items`, built when needed. */
  positions?: [Map<CatalogEntry, number>, Map<CatalogEntry, number>, Map<CatalogEntry, number>];
}

const isFiltering = (q: CatalogQuery) => FILTER_NAMES.some((f) => q[f].length > 0);

/** Counts to change without touching the ones they came from. */
const copyCounts = (counts: FilterCounts): FilterCounts =>
  Object.fromEntries(FILTER_NAMES.map((f) => [f, new Map(counts[f])])) as FilterCounts;

const indexOf = (list: readonly CatalogEntry[]) => new Map(list.map((e, i) => [e, i]));

/** What an entry adds to the counts for a query: the groups it counts in and its values. */
const countInto = (
  counts: FilterCounts,
  e: CatalogEntry,
  terms: readonly string[],
  q: CatalogQuery,
  delta: number,
) => {
  if (terms.length > 0 && !matchesSearch(e, terms)) return;
  const { failures, failed, values } = passes(e, q);
  const add = (i: number) => {
    const m = counts[FILTER_NAMES[i]];
    const n = (m.get(values[i]) ?? 0) + delta;
    if (n > 0) m.set(values[i], n);
    else m.delete(values[i]);
  };
  if (failures === 0) FILTER_NAMES.forEach((_f, i) => add(i));
  else if (failures === 1) add(failed);
};

/**
 * The filtered items and counts of a search that narrowed the previous one, from the previous
 * ones less what the search dropped, when fewer were dropped than kept: the first letters of a
 * search over 50,000 entries drop few, and then counting the few is what a keystroke costs.
 */
const narrowedView = (
  previous: CatalogView,
  { matched, narrowed }: SearchResult,
  q: CatalogQuery,
): FilterResult | undefined => {
  if (narrowed?.from !== previous.matched || narrowed.dropped.length >= matched.length)
    return undefined;
  const counts = copyCounts(previous.counts);
  for (const e of narrowed.dropped) countInto(counts, e, [], q, -1);
  if (!isFiltering(q)) return { items: matched, counts };
  const terms = searchTerms(q.search);
  return { items: previous.items.filter((e) => matchesSearch(e, terms)), counts };
};

/**
 * Replaces entries in a list at their known positions; false when some old entry is not there
 * or the replacement does not belong in the same place.
 */
const substitute = (
  list: CatalogEntry[],
  at: Map<CatalogEntry, number>,
  old: CatalogEntry,
  next: CatalogEntry,
): boolean => {
  const i = at.get(old);
  if (i === undefined) return false;
  list[i] = next;
  at.delete(old);
  at.set(next, i);
  return true;
};

/**
 * The catalog's sorted, searched, filtered and counted entries for a query, kept up to date
 * incrementally: a watch update that only replaced some entries by new versions of themselves
 * (same place in the sort, same search match, same filter values) costs work per changed entry,
 * not per entry, so a busy watch over 50,000 DataSources never blocks the page. Anything else
 * (entries added or removed, a new query) is computed afresh, with the sorter and searcher still
 * reusing what they can.
 */
export const createCatalogView = () => {
  const sorter = createSorter();
  const searcher = createSearcher();
  let last: State | undefined;

  const fresh = (entries: readonly CatalogEntry[], query: CatalogQuery): CatalogView => {
    const sorted = sorter(entries, query.sort, query.order);
    const search = searcher(sorted, query.search);
    const { matched } = search;
    const previous = last && sameFilters(last.query, query) ? last.view : undefined;
    // Typing on without losing a match (the first letters of most searches): same lists, counts.
    if (previous?.matched === matched) return { ...previous, sorted };
    const narrowed = previous && narrowedView(previous, search, query);
    return { sorted, matched, ...(narrowed ?? filterMatched(matched, query)) };
  };

  const update = (state: State, changes: EntryChanges): CatalogView | undefined => {
    const terms = searchTerms(state.query.search);
    const q = state.query;
    const filtering = isFiltering(q);
    for (const [old, next] of changes.replaced) {
      if (!samePlace(old, next)) return undefined;
      if (terms.length > 0 && matchesSearch(old, terms) !== matchesSearch(next, terms))
        return undefined;
      if (filtering && (passes(old, q).failures === 0) !== (passes(next, q).failures === 0))
        return undefined;
    }
    const { view } = state;
    if (!state.positions) {
      const s = indexOf(view.sorted);
      const m = terms.length > 0 ? indexOf(view.matched) : s;
      state.positions = [s, m, filtering ? indexOf(view.items) : m];
    }
    const [sortedAt, matchedAt, itemsAt] = state.positions;
    const sorted = view.sorted.slice();
    const matched = terms.length > 0 ? view.matched.slice() : sorted;
    const items = filtering ? view.items.slice() : matched;
    const counts = copyCounts(view.counts);
    for (const [old, next] of changes.replaced) {
      if (!substitute(sorted, sortedAt, old, next)) return undefined;
      if (terms.length > 0 && matchesSearch(next, terms))
        if (!substitute(matched, matchedAt, old, next)) return undefined;
      if (filtering && passes(next, q).failures === 0)
        if (!substitute(items, itemsAt, old, next)) return undefined;
      countInto(counts, old, terms, q, -1);
      countInto(counts, next, terms, q, 1);
    }
    return { sorted, matched, items, counts };
  };

  return (
    entries: readonly CatalogEntry[],
    changes: EntryChanges | undefined,
    query: CatalogQuery,
  ): CatalogView => {
    if (last && last.entries === entries && sameQuery(last.query, query)) return last.view;
    const incremental =
      last &&
      changes &&
      !changes.structural &&
      changes.base === last.entries &&
      sameQuery(last.query, query)
        ? update(last, changes)
        : undefined;
    if (incremental && last) {
      last = { view: incremental, entries, query, positions: last.positions };
      // The next keystroke then narrows these lists instead of sorting and searching afresh.
      sorter.adopt(entries, incremental.sorted, query.sort, query.order);
      searcher.adopt(incremental.sorted, query.search, incremental.matched);
      return incremental;
    }
    const view = fresh(entries, query);
    last = { view, entries, query };
    return view;
  };
};

const sameFilters = (a: CatalogQuery, b: CatalogQuery): boolean =>
  FILTER_NAMES.every((f) => a[f].length === b[f].length && a[f].every((v, i) => b[f][i] === v));

/** The parts of a query that decide the view's lists and counts (not page, view or selection). */
const sameQuery = (a: CatalogQuery, b: CatalogQuery): boolean =>
  a.search === b.search && a.sort === b.sort && a.order === b.order && sameFilters(a, b);
