import { classifyDataSource } from '../../../../src/appliance';
import { createVirtualMachineHref } from '../../../../src/views/catalog/action-routes';
import {
  APPLIANCE_TYPE,
  GOLDEN_IMAGE_TYPE,
  toCatalogItem,
  type Translate,
} from '../../../../src/views/catalog/catalog-items';
import { toEntry } from '../../../../src/views/catalog/entries';
import { appliance, goldenImage } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';

/** English, with i18next-style interpolation, so the test sees what a user would. */
const t: Translate = (key, options = {}) =>
  key.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(options[name]));

const entry = (ds: Parameters<typeof toEntry>[0]) => {
  const e = toEntry(ds, classifyDataSource);
  if (!e) throw new Error('not a catalog entry');
  return e;
};

describe('Developer Catalog items', () => {
  it('maps a golden image with its facts and a call to action', () => {
    const ds = goldenImage('fedora', 'fedora', {
      uid: 'uid-fedora',
      annotations: { 'openshift.io/display-name': 'Fedora', description: 'Fedora Cloud' },
    });
    const item = toCatalogItem(entry(ds), 'demo', t);
    expect(item).toMatchObject({
      uid: 'uid-fedora',
      type: GOLDEN_IMAGE_TYPE,
      typeLabel: 'Golden image',
      name: 'Fedora',
      secondaryLabel: 'fedora',
      provider: 'openshift-virtualization-os-images',
      description: 'Fedora Cloud',
      attributes: { os: 'fedora', readiness: 'ready', kind: 'golden-image' },
      cta: {
        label: 'Create VirtualMachine',
        href: '/k8s/ns/demo/appliance-create?source=openshift-virtualization-os-images%2Ffedora',
      },
      badges: [],
    });
    expect(item.details?.properties).toEqual(
      expect.arrayContaining([
        { label: 'Default instancetype', value: 'u1.medium' },
        { label: 'Readiness', value: 'Ready' },
      ]),
    );
  });

  it('maps an appliance with its contents, errors and readiness as badges', () => {
    const broken = appliance('broken', 'demo', 'spec:\n  runStrategy: Running\n', {
      ready: false,
      reason: 'NotFound',
    });
    const item = toCatalogItem(entry(broken), 'demo', t);
    expect(item.type).toBe(APPLIANCE_TYPE);
    expect(item.typeLabel).toBe('Appliance, agnostic');
    const badges = (item.badges ?? []).map((b) => b.text);
    expect(badges[0]).toBe('Not ready');
    expect(badges[1]).toMatch(/^Errors: [1-9]/);
    expect(item.details?.properties).toEqual(
      expect.arrayContaining([{ label: 'Readiness', value: 'Not ready: NotFound' }]),
    );
  });

  it('keeps cluster text as plain strings, never markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const item = toCatalogItem(
      entry(goldenImage('x', 'fedora', { annotations: { description: evil } })),
      'demo',
      t,
    );
    expect(item.description).toBe(evil);
    expect(item.details?.descriptions).toEqual([{ value: evil }]);
  });

  it('encodes names in hrefs', () => {
    expect(createVirtualMachineHref({ namespace: 'a b', name: 'c&d' }, 'e/f')).toBe(
      '/k8s/ns/e%2Ff/appliance-create?source=a%20b%2Fc%26d',
    );
  });
});

describe('console-extensions.json catalog entries', () => {
  const extensions: Array<{ type: string; properties: Record<string, unknown> }> = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../../../console-extensions.json'), 'utf8'),
  );

  it('declares an item type and a provider for golden images and for appliances', () => {
    for (const type of [GOLDEN_IMAGE_TYPE, APPLIANCE_TYPE]) {
      const itemType = extensions.find(
        (e) => e.type === 'console.catalog/item-type' && e.properties.type === type,
      );
      const provider = extensions.find(
        (e) => e.type === 'console.catalog/item-provider' && e.properties.type === type,
      );
      expect(itemType?.properties.title).toMatch(/^%plugin__kubevirt-appliance-plugin~.+%$/);
      expect(provider?.properties).toMatchObject({ catalogId: 'dev-catalog' });
      expect(provider?.properties.provider).toEqual({
        $codeRef: expect.stringMatching(/^CatalogItemProviders\.use\w+CatalogItems$/),
      });
    }
  });

  it('filters on attributes the items carry', () => {
    const item = toCatalogItem(entry(goldenImage('fedora', 'fedora')), 'demo', t);
    const attributes = extensions
      .filter((e) => e.type === 'console.catalog/item-type')
      .flatMap((e) => (e.properties.filters as Array<{ attribute: string }>) ?? [])
      .map((f) => f.attribute);
    for (const a of attributes) expect(Object.keys(item.attributes ?? {})).toContain(a);
  });
});
