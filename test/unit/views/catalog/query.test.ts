import fc from 'fast-check';
import {
  clearFilters,
  DEFAULT_QUERY,
  hasActiveFilters,
  KINDS,
  parseQuery,
  READINESS,
  SORT_KEYS,
  writeQuery,
  type CatalogQuery,
} from '../../../../src/views/catalog/query';

const parse = (s: string) => parseQuery(new URLSearchParams(s));

describe('catalog query in the URL', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parse('')).toEqual(DEFAULT_QUERY);
  });

  it('reads search, filters, sort, view, page and the open item', () => {
    expect(
      parse(
        'q=fed&kind=golden-image&namespace=a,b&os=fedora&ready=not-ready&sort=os&order=desc&view=table&page=3&perPage=50&item=demo%2Fweb',
      ),
    ).toEqual({
      search: 'fed',
      kind: ['golden-image'],
      namespace: ['a', 'b'],
      os: ['fedora'],
      readiness: ['not-ready'],
      sort: 'os',
      order: 'desc',
      view: 'table',
      page: 3,
      perPage: 50,
      selected: 'demo/web',
    });
  });

  it('expands kind=appliance to both appliance flavors', () => {
    expect(parse('kind=appliance').kind).toEqual(['appliance-agnostic', 'appliance-identity']);
  });

  it('falls back to defaults on malformed values instead of failing', () => {
    const q = parse('kind=bogus&ready=maybe&sort=size&order=up&view=grid&page=-2&perPage=7');
    expect(q).toEqual(DEFAULT_QUERY);
  });

  it('keeps parameters that are not the catalog’s and leaves defaults out', () => {
    const out = writeQuery(new URLSearchParams('other=1&q=old'), {
      ...DEFAULT_QUERY,
      view: 'table',
    });
    expect(out.toString()).toBe('other=1&view=table');
  });

  it('round-trips any query through the URL', () => {
    const values = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && !s.includes(','));
    const query = fc.record<CatalogQuery>({
      search: fc.string(),
      kind: fc.uniqueArray(fc.constantFrom(...KINDS)),
      namespace: fc.uniqueArray(values),
      os: fc.uniqueArray(values),
      readiness: fc.uniqueArray(fc.constantFrom(...READINESS)),
      sort: fc.constantFrom(...SORT_KEYS),
      order: fc.constantFrom('asc' as const, 'desc' as const),
      view: fc.constantFrom('cards' as const, 'table' as const),
      page: fc.integer({ min: 1, max: 1000 }),
      perPage: fc.constantFrom(10, 20, 50, 100),
      selected: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(query, (q) => {
        const url = writeQuery(new URLSearchParams(), q).toString();
        expect(parseQuery(new URLSearchParams(url))).toEqual(q);
      }),
    );
  });

  it('knows when filters are active and clears them, keeping view and sort', () => {
    const q = parse('q=x&os=fedora&view=table&sort=namespace&page=4');
    expect(hasActiveFilters(q)).toBe(true);
    const cleared = clearFilters(q);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ view: 'table', sort: 'namespace', page: 1, search: '' });
    expect(hasActiveFilters(parse('q=%20%20'))).toBe(false);
  });
});
