import type { CatalogKind, Readiness } from './entries';

/** Everything that shapes the catalog view; it lives in the URL so a link reproduces the view. */
export interface CatalogQuery {
  search: string;
  kind: CatalogKind[];
  namespace: string[];
  os: string[];
  readiness: Readiness[];
  sort: SortKey;
  order: 'asc' | 'desc';
  view: 'cards' | 'table';
  page: number;
  perPage: number;
  /** Id (`<namespace>/<name>`) of the item whose details are open. */
  selected?: string;
}

export type SortKey = 'name' | 'namespace' | 'kind' | 'os' | 'readiness';
export type FilterName = 'kind' | 'namespace' | 'os' | 'readiness';

export const FILTER_NAMES: readonly FilterName[] = ['kind', 'namespace', 'os', 'readiness'];
export const SORT_KEYS: readonly SortKey[] = ['name', 'namespace', 'kind', 'os', 'readiness'];
export const KINDS: readonly CatalogKind[] = [
  'golden-image',
  'appliance-agnostic',
  'appliance-identity',
];
export const READINESS: readonly Readiness[] = ['ready', 'not-ready'];
export const PER_PAGE_OPTIONS = [10, 20, 50, 100] as const;

export const DEFAULT_QUERY: CatalogQuery = {
  search: '',
  kind: [],
  namespace: [],
  os: [],
  readiness: [],
  sort: 'name',
  order: 'asc',
  view: 'cards',
  page: 1,
  perPage: 20,
};

/** URL parameter names; others in the URL (the console's own) are left alone. */
const P = {
  search: 'q',
  kind: 'kind',
  namespace: 'namespace',
  os: 'os',
  readiness: 'ready',
  sort: 'sort',
  order: 'order',
  view: 'view',
  page: 'page',
  perPage: 'perPage',
  selected: 'item',
} as const;

const list = (params: URLSearchParams, name: string): string[] => {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...new Set(values)];
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const positiveInt = (value: string | null, fallback: number): number => {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Reads the query from URL parameters; anything unknown or malformed falls back to the default. */
export const parseQuery = (params: URLSearchParams): CatalogQuery => {
  // `kind=appliance` is a convenient shorthand for both appliance badges.
  const kind = list(params, P.kind).flatMap((k): CatalogKind[] =>
    k === 'appliance' ? ['appliance-agnostic', 'appliance-identity'] : [k as CatalogKind],
  );
  const perPage = positiveInt(params.get(P.perPage), DEFAULT_QUERY.perPage);
  return {
    search: params.get(P.search) ?? '',
    kind: [...new Set(kind.filter((k) => KINDS.includes(k)))],
    namespace: list(params, P.namespace),
    os: list(params, P.os),
    readiness: list(params, P.readiness).filter((r): r is Readiness =>
      (READINESS as readonly string[]).includes(r),
    ),
    sort: oneOf(params.get(P.sort), SORT_KEYS, DEFAULT_QUERY.sort),
    order: oneOf(params.get(P.order), ['asc', 'desc'] as const, DEFAULT_QUERY.order),
    view: oneOf(params.get(P.view), ['cards', 'table'] as const, DEFAULT_QUERY.view),
    page: positiveInt(params.get(P.page), 1),
    perPage: (PER_PAGE_OPTIONS as readonly number[]).includes(perPage)
      ? perPage
      : DEFAULT_QUERY.perPage,
    selected: params.get(P.selected) || undefined,
  };
};

/**
 * Writes the query into a copy of `base`, keeping parameters that are not the catalog's and
 * leaving defaults out so URLs stay short.
 */
export const writeQuery = (base: URLSearchParams, query: CatalogQuery): URLSearchParams => {
  const out = new URLSearchParams(base);
  Object.values(P).forEach((name) => out.delete(name));
  const set = (name: string, value: string, fallback: string) => {
    if (value !== fallback) out.set(name, value);
  };
  set(P.search, query.search, '');
  FILTER_NAMES.forEach((f) => set(P[f], query[f].join(','), ''));
  set(P.sort, query.sort, DEFAULT_QUERY.sort);
  set(P.order, query.order, DEFAULT_QUERY.order);
  set(P.view, query.view, DEFAULT_QUERY.view);
  set(P.page, String(query.page), '1');
  set(P.perPage, String(query.perPage), String(DEFAULT_QUERY.perPage));
  set(P.selected, query.selected ?? '', '');
  return out;
};

export const hasActiveFilters = (q: CatalogQuery): boolean =>
  q.search.trim() !== '' || FILTER_NAMES.some((f) => q[f].length > 0);

/** The same query with search and every filter cleared (view, sort and page size kept). */
export const clearFilters = (q: CatalogQuery): CatalogQuery => ({
  ...q,
  search: '',
  kind: [],
  namespace: [],
  os: [],
  readiness: [],
  page: 1,
});
