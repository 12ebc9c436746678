import { classifyDataSource } from '../../../../src/appliance';
import { createEntryCache, type CatalogEntry } from '../../../../src/views/catalog/entries';
import {
  applyQuery,
  filterOptions,
  pageOf,
  searchTerms,
} from '../../../../src/views/catalog/filter';
import { DEFAULT_QUERY, type CatalogQuery } from '../../../../src/views/catalog/query';
import { appliance, goldenImage } from './fixtures';

const entries: CatalogEntry[] = createEntryCache(classifyDataSource)([
  goldenImage('fedora', 'fedora', { annotations: { 'openshift.io/display-name': 'Fedora Linux' } }),
  goldenImage('rhel9', 'rhel.9', { annotations: { description: 'Red Hat Enterprise Linux 9' } }),
  goldenImage('centos-stream9', 'centos.stream9'),
  goldenImage('win2k22', 'windows.2k22', { ready: false, reason: 'NoSource' }),
  appliance('web', 'demo'),
  appliance('db', 'team-b', undefined, {
    source: { snapshot: { name: 's', namespace: 'team-b' } },
  }),
]);

const run = (patch: Partial<CatalogQuery>) => applyQuery(entries, { ...DEFAULT_QUERY, ...patch });
const names = (patch: Partial<CatalogQuery>) => run(patch).items.map((e) => e.classification.name);

describe('catalog filtering and sorting', () => {
  it('sorts by display name by default, ascending and descending', () => {
    expect(names({})).toEqual(['centos-stream9', 'db', 'fedora', 'rhel9', 'web', 'win2k22']);
    expect(names({ order: 'desc' })).toEqual([
      'win2k22',
      'web',
      'rhel9',
      'fedora',
      'db',
      'centos-stream9',
    ]);
  });

  it('sorts by namespace, kind, OS and readiness with the name as tie-breaker', () => {
    const byNamespace = names({ sort: 'namespace' });
    expect([byNamespace[0], byNamespace[5]]).toEqual(['web', 'db']);
    expect(names({ sort: 'kind' }).slice(-2)).toEqual(['web', 'db']);
    expect(names({ sort: 'os' })[0]).toBe('centos-stream9');
    expect(names({ sort: 'readiness', order: 'desc' })[0]).toBe('win2k22');
  });

  it('searches names, display names, descriptions, namespaces and OS, all terms required', () => {
    expect(names({ search: 'LINUX' })).toEqual(['fedora', 'rhel9']);
    expect(names({ search: 'red 9' })).toEqual(['rhel9']);
    expect(names({ search: 'team-b' })).toEqual(['db']);
    expect(names({ search: 'windows' })).toEqual(['win2k22']);
    expect(names({ search: 'nothing-like-this' })).toEqual([]);
    expect(searchTerms('  a   B ')).toEqual(['a', 'b']);
  });

  it('filters by kind, namespace, OS and readiness; values within a filter are alternatives', () => {
    expect(names({ kind: ['appliance-agnostic', 'appliance-identity'] })).toEqual(['db', 'web']);
    expect(names({ kind: ['appliance-identity'] })).toEqual(['db']);
    expect(names({ namespace: ['demo', 'team-b'] })).toEqual(['db', 'web']);
    expect(names({ os: ['fedora', 'rhel.9'] })).toEqual(['db', 'fedora', 'rhel9', 'web']);
    expect(names({ readiness: ['not-ready'] })).toEqual(['win2k22']);
    expect(names({ kind: ['golden-image'], readiness: ['ready'], search: 'cent' })).toEqual([
      'centos-stream9',
    ]);
  });

  it('counts each option against the search and the other filters, not its own', () => {
    const { counts } = run({ kind: ['golden-image'], os: ['fedora'] });
    // Kind counts see the OS filter only: fedora is one golden image and two appliances.
    expect(Object.fromEntries(counts.kind)).toEqual({
      'golden-image': 1,
      'appliance-agnostic': 1,
      'appliance-identity': 1,
    });
    // OS counts see the kind filter only: each golden image OS once.
    expect(Object.fromEntries(counts.os)).toEqual({
      fedora: 1,
      'rhel.9': 1,
      'centos.stream9': 1,
      'windows.2k22': 1,
    });
    expect(Object.fromEntries(counts.readiness)).toEqual({ ready: 1 });
  });

  it('lists filter options from the data plus selected values nobody has', () => {
    expect(filterOptions(entries, 'namespace', ['gone'])).toEqual([
      'demo',
      'gone',
      'openshift-virtualization-os-images',
      'team-b',
    ]);
  });

  it('pages results and clamps a page number past the end', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 2, 20).items).toEqual(items.slice(20, 40));
    expect(pageOf(items, 9, 20)).toEqual({ page: 3, items: items.slice(40) });
    expect(pageOf([], 3, 20)).toEqual({ page: 1, items: [] });
  });

  it('searches and counts 10,000 entries within a keystroke budget', () => {
    const many = createEntryCache(classifyDataSource)(
      Array.from({ length: 10_000 }, (_, i) =>
        goldenImage(`image-${i}`, `os-${i % 50}`, { namespace: `ns-${i % 200}`, uid: `u${i}` }),
      ),
    );
    const start = performance.now();
    const { items, counts } = applyQuery(many, {
      ...DEFAULT_QUERY,
      search: 'image-99',
      os: ['os-49'],
    });
    const elapsed = performance.now() - start;
    expect(items.map((e) => e.classification.name).sort()).toEqual([
      'image-99',
      'image-9949',
      'image-999',
      'image-9999',
    ]);
    expect(counts.namespace.size).toBeGreaterThan(0);
    // Generous for a loaded CI machine; the browser bench measures the real budget.
    expect(elapsed).toBeLessThan(100);
  });
});
