import { classifyDataSource } from '../../../../src/appliance';
import type { KubeObject } from '../../../../src/appliance/types';
import { createEntryCache } from '../../../../src/views/catalog/entries';
import {
  applyQuery,
  createSearcher,
  createSorter,
  sortEntries,
} from '../../../../src/views/catalog/filter';
import { DEFAULT_QUERY, type CatalogQuery } from '../../../../src/views/catalog/query';
import { createCatalogView } from '../../../../src/views/catalog/view';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scaleList } = require('../../../../preview/demo-data/scale') as {
  scaleList: (n: number) => { items: KubeObject[] };
};

const COUNT = 400;

/** A new version of object `i`: a new resourceVersion, and optionally other changes. */
const modified = (objects: KubeObject[], i: number, rv: number, patch: (o: KubeObject) => void) => {
  const o = structuredClone(objects[i]);
  o.metadata = { ...o.metadata, resourceVersion: String(rv) };
  patch(o);
  objects[i] = o;
};

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((e) => e.id);
const plain = (counts: Record<string, Map<string, number>>) =>
  Object.fromEntries(Object.entries(counts).map(([k, m]) => [k, Object.fromEntries(m)]));

const QUERIES: Array<Partial<CatalogQuery>> = [
  {},
  { search: 'even' },
  { search: 'image-001' },
  { readiness: ['ready'] },
  { search: 'odd', os: ['fedora', 'ubuntu'], sort: 'readiness', order: 'desc' },
  { namespace: ['bench-3'], kind: ['golden-image'] },
];

describe('the incremental catalog view', () => {
  it.each(QUERIES)('matches a fresh computation after every watch update (%j)', (patch) => {
    const query = { ...DEFAULT_QUERY, ...patch };
    const objects = scaleList(COUNT).items;
    const cache = createEntryCache(classifyDataSource, { defer: true });
    const view = createCatalogView();
    let rv = 100_000;
    for (let round = 0; round < 12; round += 1) {
      // Mostly new versions of the same objects, sometimes with changes that move or refilter
      // them, an object gone or one added, and pending appliances parsed in between.
      for (let k = 0; k < 15; k += 1) {
        const i = (round * 97 + k * 31) % objects.length;
        rv += 1;
        modified(objects, i, rv, (o) => {
          if (k === 0 && round % 3 === 1) o.status = { conditions: [] };
          if (k === 1 && round % 4 === 2)
            o.metadata!.annotations = { ...o.metadata!.annotations, description: 'now even' };
        });
      }
      if (round === 5) objects.splice(7, 1);
      if (round === 8) objects.push(scaleList(COUNT + 1).items[COUNT]);
      if (round % 2 === 0) cache.refine(() => false);
      else cache.refine(() => true);
      const entries = cache(objects);
      const got = view(entries, cache.changes(), query);
      const want = applyQuery(entries, query);
      expect(ids(got.items)).toEqual(ids(want.items));
      expect(got.items).toEqual(want.items);
      expect(plain(got.counts)).toEqual(plain(want.counts));
    }
  });

  const FILTERS: Array<Partial<CatalogQuery>> = [
    {},
    { readiness: ['ready'] },
    { os: ['fedora'], kind: ['golden-image'] },
  ];
  it.each(FILTERS)(
    'counts a search that narrows the last one from what it dropped, as a fresh count would (%j)',
    (filters) => {
      const entries = createEntryCache(classifyDataSource)(scaleList(COUNT).items);
      const view = createCatalogView();
      // Each search after the one a letter shorter: dropping none, few (bench-1: 180 of 400;
      // "number 1": 135) or most, and after a step back.
      const searches = ['', 'i', 'image-00', 'bench-1', 'number 1', 'image-002', 'image-00'];
      let narrowedFromFew = 0;
      for (const search of [...searches, 'e', 'ev', 'even', 'even x']) {
        const query = { ...DEFAULT_QUERY, ...filters, search };
        const before = view(entries, undefined, { ...query, search: search.slice(0, -1) });
        const got = view(entries, undefined, query);
        const want = applyQuery(entries, query);
        expect(ids(got.items)).toEqual(ids(want.items));
        expect(plain(got.counts)).toEqual(plain(want.counts));
        if (got.matched.length > before.matched.length / 2 && got.matched !== before.matched)
          narrowedFromFew += 1;
      }
      // The sequence does exercise the subtraction (fewer dropped than kept), not only fresh counts.
      expect(narrowedFromFew).toBeGreaterThan(0);
    },
  );

  it('after a watch update, a keystroke goes on from the updated lists instead of sorting again', () => {
    const objects = scaleList(COUNT).items;
    const cache = createEntryCache(classifyDataSource);
    const view = createCatalogView();
    view(cache(objects), cache.changes(), DEFAULT_QUERY);
    modified(objects, 5, 123_456, () => undefined);
    const entries = cache(objects);
    const updated = view(entries, cache.changes(), DEFAULT_QUERY);
    const typed = view(entries, cache.changes(), { ...DEFAULT_QUERY, search: 'i' });
    expect(typed.sorted).toBe(updated.sorted);
    // "i" drops nothing: the lists and counts of the update are the keystroke's.
    expect(typed.matched).toBe(updated.matched);
    expect(typed.counts).toBe(updated.counts);
    const want = applyQuery(entries, { ...DEFAULT_QUERY, search: 'i' });
    expect(ids(typed.items)).toEqual(ids(want.items));
    expect(plain(typed.counts)).toEqual(plain(want.counts));
  });

  it('re-sorts incrementally and narrows searches to the previous matches', () => {
    const cache = createEntryCache(classifyDataSource);
    const objects = scaleList(COUNT).items;
    const sorter = createSorter();
    const first = cache(objects);
    expect(ids(sorter(first, 'os', 'desc'))).toEqual(ids(sortEntries(first, 'os', 'desc')));
    modified(objects, 3, 9_999, (o) => {
      o.metadata!.labels = {
        ...o.metadata!.labels,
        'instancetype.kubevirt.io/default-preference': 'aaa',
      };
    });
    objects.push(scaleList(COUNT + 1).items[COUNT]);
    const second = cache(objects);
    expect(ids(sorter(second, 'os', 'desc'))).toEqual(ids(sortEntries(second, 'os', 'desc')));

    const searcher = createSearcher();
    const sorted = sortEntries(second, 'name', 'asc');
    for (const search of ['i', 'im', 'image-00', 'image-001', 'image-0012', 'image-001', 'odd x']) {
      const want = applyQuery(second, { ...DEFAULT_QUERY, search }).items;
      expect(ids(searcher(sorted, search).matched)).toEqual(ids(want));
    }
  });
});
