import { classifyDataSource } from '../../../../src/appliance';
import type { Classification, KubeObject } from '../../../../src/appliance/types';
import {
  createEntryCache,
  toEntry,
  type CatalogEntry,
} from '../../../../src/views/catalog/entries';
import { appliance, dataSource, goldenImage, plain } from './fixtures';

describe('catalog entries', () => {
  it('gives golden images, both appliance flavors, and leaves other DataSources out', () => {
    const snapshotAppliance = appliance('dr', 'demo', undefined, {
      source: { snapshot: { name: 'snap', namespace: 'demo' } },
    });
    const entries = [
      goldenImage('fedora', 'fedora'),
      appliance('web'),
      snapshotAppliance,
      plain('x'),
    ]
      .map((ds) => toEntry(ds, classifyDataSource))
      .map((e) => e && [e.id, e.kind]);
    expect(entries).toEqual([
      ['openshift-virtualization-os-images/fedora', 'golden-image'],
      ['demo/web', 'appliance-agnostic'],
      ['demo/dr', 'appliance-identity'],
      undefined,
    ]);
  });

  it('keeps a broken appliance, with its parse error', () => {
    const broken = appliance('broken', 'demo', 'kind: Pod\nspec: [1, 2');
    const e = toEntry(broken, classifyDataSource);
    expect(e?.kind).toBe('appliance-agnostic');
    expect(e?.classification.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('searches a lowercase haystack of names, namespace, description and OS', () => {
    const ds = goldenImage('rhel9', 'rhel.9', {
      annotations: {
        'openshift.io/display-name': 'Red Hat Enterprise Linux 9',
        description: 'The RHEL 9 Image',
      },
    });
    const e = toEntry(ds, classifyDataSource);
    expect(e?.haystack).toContain('red hat enterprise linux 9');
    expect(e?.haystack).toContain('the rhel 9 image');
    expect(e?.haystack).toContain('rhel.9');
    expect(e?.haystack).toContain('openshift-virtualization-os-images');
    expect(e?.sortName).toBe('red hat enterprise linux 9');
    expect(e?.readiness).toBe('ready');
  });

  it('classifies an object again only when its resourceVersion changes', () => {
    const calls: string[] = [];
    const classify = (ds: KubeObject): Classification => {
      calls.push(`${ds.metadata?.name}@${ds.metadata?.resourceVersion}`);
      return classifyDataSource(ds);
    };
    const cache = createEntryCache(classify);
    // A view reads each entry's classification (a golden image's is built on that first look).
    const look = (entries: CatalogEntry[]) => {
      entries.forEach((e) => expect(e.classification.kind).toBe('golden-image'));
      return entries;
    };
    const a1 = goldenImage('a', 'fedora', { uid: 'ua', resourceVersion: '1' });
    const b1 = goldenImage('b', 'fedora', { uid: 'ub', resourceVersion: '1' });
    const first = look(cache([a1, b1]));
    const a2 = goldenImage('a', 'centos', { uid: 'ua', resourceVersion: '2' });
    const second = look(cache([a2, { ...b1 }]));
    expect(calls).toEqual(['a@1', 'b@1', 'a@2']);
    expect(second[1]).toBe(first[1]);
    expect(second[0].os).toBe('centos');
  });

  it('forgets deleted objects, so a re-created one is classified afresh', () => {
    let calls = 0;
    const cache = createEntryCache((ds) => {
      calls += 1;
      return classifyDataSource(ds);
    });
    const a = goldenImage('a', 'fedora', { uid: 'ua' });
    expect(cache([a])[0].classification.kind).toBe('golden-image');
    cache([]);
    expect(cache([a])[0].classification.kind).toBe('golden-image');
    expect(calls).toBe(2);
  });

  it('lists golden images from their metadata and classifies one only when it is looked at', () => {
    let calls = 0;
    const cache = createEntryCache((ds) => {
      calls += 1;
      return classifyDataSource(ds);
    });
    const images = ['a', 'b', 'c'].map((n) => goldenImage(n, 'fedora', { uid: `u-${n}` }));
    const entries = cache(images);
    expect(entries.map((e) => [e.id, e.kind, e.os, e.readiness, e.namespace])).toEqual(
      ['a', 'b', 'c'].map((n) => [
        `openshift-virtualization-os-images/${n}`,
        'golden-image',
        'fedora',
        'ready',
        'openshift-virtualization-os-images',
      ]),
    );
    expect(calls).toBe(0);
    expect(entries[1].classification).toEqual(classifyDataSource(images[1]));
    expect(entries[1].classification).toBe(entries[1].classification);
    expect(calls).toBe(1);
  });

  it('builds search texts ahead of the first search, in slices, once each', () => {
    const cache = createEntryCache(classifyDataSource, { defer: true });
    const entries = cache([
      goldenImage('a', 'fedora', { uid: 'ua', resourceVersion: '1' }),
      appliance('web', 'demo', undefined, { uid: 'uw', resourceVersion: '1' }),
    ]);
    expect(cache.warm(() => true)).toBe(false);
    expect(cache.warm(() => false)).toBe(true);
    expect(entries.map((e) => e.haystack.split('\n')[0])).toEqual(['a', 'web']);
    // A parsed appliance is a new entry, with its own text to build.
    cache.refine(() => false);
    const refined = cache([
      goldenImage('a', 'fedora', { uid: 'ua', resourceVersion: '1' }),
      appliance('web', 'demo', undefined, { uid: 'uw', resourceVersion: '1' }),
    ]);
    expect(refined[1]).not.toBe(entries[1]);
    expect(cache.warm(() => true)).toBe(true);
    expect(refined[1].haystack).toContain('demo');
  });

  it('reports readiness and its reason for a not-ready image', () => {
    const e = toEntry(
      goldenImage('win2k22', 'windows.2k22', { ready: false, reason: 'NoSource' }),
      classifyDataSource,
    );
    expect(e?.readiness).toBe('not-ready');
    expect(e?.classification.readiness.reason).toBe('NoSource');
  });

  it('takes objects without a uid or resourceVersion without crashing', () => {
    const ds = dataSource({
      name: 'n',
      labels: { 'instancetype.kubevirt.io/default-preference': 'p' },
    });
    delete ds.metadata?.uid;
    delete ds.metadata?.resourceVersion;
    const cache = createEntryCache(classifyDataSource);
    expect(cache([ds]).map((e) => e.id)).toEqual(['openshift-virtualization-os-images/n']);
  });
});

describe('deferred appliance classification', () => {
  it('lists an appliance at once from its metadata, then parses it when refined', () => {
    const dr = appliance('dr', 'demo', undefined, {
      uid: 'u-dr',
      resourceVersion: '1',
      source: { snapshot: { name: 'snap', namespace: 'demo' } },
    });
    const web = appliance('web', 'demo', undefined, { uid: 'u-web', resourceVersion: '1' });
    const fedora = goldenImage('fedora', 'fedora', { uid: 'u-f', resourceVersion: '1' });
    const cache = createEntryCache(classifyDataSource, { defer: true });
    const quick = cache([dr, web, fedora]);
    expect(quick.map((e) => [e.id, e.kind, e.pending ?? false])).toEqual([
      ['demo/dr', 'appliance-identity', true],
      ['demo/web', 'appliance-agnostic', true],
      ['openshift-virtualization-os-images/fedora', 'golden-image', false],
    ]);
    expect(cache.pendingCount()).toBe(2);
    // One at a time: stop after the first.
    expect(cache.refine(() => true)).toBe(1);
    expect(cache.pendingCount()).toBe(1);
    expect(cache.refine(() => false)).toBe(1);
    expect(cache.pendingCount()).toBe(0);
    const full = cache([dr, web, fedora]);
    expect(full.map((e) => e.pending ?? false)).toEqual([false, false, false]);
    expect(full[1]).toEqual(toEntry(web, classifyDataSource));
    expect(full[1].classification.summary).toBeDefined();
  });

  it('parses an appliance again only when its resourceVersion changes', () => {
    const web1 = appliance('web', 'demo', undefined, { uid: 'u-web', resourceVersion: '1' });
    const cache = createEntryCache(classifyDataSource, { defer: true });
    cache([web1]);
    cache.refine(() => false);
    expect(cache([web1])[0].pending).toBeUndefined();
    expect(cache.pendingCount()).toBe(0);
    const web2 = appliance('web', 'demo', undefined, { uid: 'u-web', resourceVersion: '2' });
    expect(cache([web2])[0].pending).toBe(true);
    expect(cache.pendingCount()).toBe(1);
  });
});
