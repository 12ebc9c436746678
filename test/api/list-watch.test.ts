import { StartedApiServer } from '../../preview/api/server';
import { demoSummary } from '../../preview/demo-data';
import { client, openWatch, pvc, startTestApi, vm, VMS } from './helpers';

let srv: StartedApiServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  srv = await startTestApi();
  api = client(srv.url);
});
afterAll(() => srv.close());
beforeEach(async () => {
  await api('POST', '/api/test/reset');
});

const names = (r: { body: { items: Array<{ metadata: { name: string } }> } }) =>
  r.body.items.map((i) => i.metadata.name).sort();

async function labelled(): Promise<void> {
  const mk = (name: string, labels: Record<string, string>) =>
    api('POST', '/api/v1/namespaces/team-a/persistentvolumeclaims', pvc(name, { labels }));
  await mk('a', { env: 'prod', tier: 'web' });
  await mk('b', { env: 'dev', tier: 'db' });
  await mk('c', { env: 'qa' });
  await mk('d', {});
}

describe('list', () => {
  it('returns a typed List with a resourceVersion', async () => {
    const r = await api('GET', VMS);
    expect(r.status).toBe(200);
    expect(r.body.kind).toBe('VirtualMachineList');
    expect(r.body.apiVersion).toBe('kubevirt.io/v1');
    expect(r.body.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(names(r)).toEqual([...demoSummary.vmsByNamespace.demo].sort());
  });

  it.each([
    ['env=prod', ['a']],
    ['env==prod', ['a']],
    ['env!=prod', ['b', 'c', 'd']],
    ['env in (prod, dev)', ['a', 'b']],
    ['env notin (prod,dev)', ['c', 'd']],
    ['tier', ['a', 'b']],
    ['!tier', ['c', 'd']],
    ['env in (prod,dev),tier=db', ['b']],
    ['env,!tier', ['c']],
  ])('filters by label selector %s', async (sel, want) => {
    await labelled();
    const r = await api(
      'GET',
      `/api/v1/namespaces/team-a/persistentvolumeclaims?labelSelector=${encodeURIComponent(sel)}`,
    );
    expect(r.status).toBe(200);
    expect(names(r)).toEqual(want);
  });

  it('rejects a malformed label selector with 400', async () => {
    const r = await api('GET', `${VMS}?labelSelector=${encodeURIComponent('env in prod')}`);
    expect(r.status).toBe(400);
    expect(r.body.reason).toBe('BadRequest');
    expect(r.body.message).toContain('env in prod');
  });

  it('filters by metadata.name and metadata.namespace field selectors', async () => {
    const byName = await api('GET', `${VMS}?fieldSelector=metadata.name%3Drhel9-db`);
    expect(names(byName)).toEqual(['rhel9-db']);
    const notName = await api('GET', `${VMS}?fieldSelector=metadata.name!%3Drhel9-db`);
    expect(names(notName)).not.toContain('rhel9-db');
    expect(notName.body.items.length).toBe(demoSummary.vmsByNamespace.demo.length - 1);
    const all = await api(
      'GET',
      '/apis/kubevirt.io/v1/virtualmachines?fieldSelector=metadata.namespace%3D%3Dteam-a',
    );
    expect(names(all)).toEqual(demoSummary.vmsByNamespace['team-a']);
    const notNs = await api(
      'GET',
      '/apis/kubevirt.io/v1/virtualmachines?fieldSelector=metadata.namespace!%3Dteam-a',
    );
    expect(
      notNs.body.items.every(
        (i: { metadata: { namespace: string } }) => i.metadata.namespace !== 'team-a',
      ),
    ).toBe(true);
  });

  it('rejects an unsupported field selector with 400 naming the field', async () => {
    const r = await api('GET', `${VMS}?fieldSelector=spec.running%3Dtrue`);
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('field label not supported: spec.running');
  });

  it('lists across all namespaces at the cluster-wide path', async () => {
    const r = await api('GET', '/apis/kubevirt.io/v1/virtualmachines');
    const nss = new Set(
      r.body.items.map((i: { metadata: { namespace: string } }) => i.metadata.namespace),
    );
    expect([...nss].sort()).toEqual(Object.keys(demoSummary.vmsByNamespace).sort());
  });

  it('lists cluster-scoped resources without a namespace', async () => {
    const r = await api(
      'GET',
      '/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterinstancetypes',
    );
    expect(names(r)).toEqual([...demoSummary.instancetypes].sort());
    expect(
      r.body.items.every(
        (i: { metadata: { namespace?: string } }) => i.metadata.namespace === undefined,
      ),
    ).toBe(true);
  });

  it('the list resourceVersion grows with every write', async () => {
    const before = Number((await api('GET', VMS)).body.metadata.resourceVersion);
    await api('POST', VMS, vm('rv-probe'));
    const after = Number((await api('GET', VMS)).body.metadata.resourceVersion);
    expect(after).toBeGreaterThan(before);
  });
});

describe('list in pages (limit and continue)', () => {
  const ALL = '/apis/kubevirt.io/v1/virtualmachines';
  const keyOf = (i: { metadata: { namespace: string; name: string } }) =>
    `${i.metadata.namespace}/${i.metadata.name}`;

  it('serves the whole list page by page, in key order, under one resourceVersion', async () => {
    const whole = await api('GET', ALL);
    const seen: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const r = await api('GET', `${ALL}?limit=2${token ? `&continue=${token}` : ''}`);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(2);
      expect(r.body.metadata.resourceVersion).toBe(whole.body.metadata.resourceVersion);
      seen.push(...r.body.items.map(keyOf));
      token = r.body.metadata.continue ?? '';
      pages += 1;
    } while (token && pages < 100);
    expect(pages).toBe(Math.ceil(whole.body.items.length / 2));
    expect(seen).toEqual(whole.body.items.map(keyOf));
    expect([...seen].sort()).toEqual(seen);
  });

  it('pages what a selector matches, and sends no token after the last page', async () => {
    const r = await api('GET', `${ALL}?fieldSelector=metadata.namespace%3Dteam-a&limit=500`);
    expect(r.body.metadata.continue).toBeUndefined();
    expect(r.body.items.map(keyOf)).toEqual(
      [...demoSummary.vmsByNamespace['team-a']].sort().map((n) => `team-a/${n}`),
    );
  });

  it('rejects a malformed limit or continue token with a specific 400', async () => {
    const limit = await api('GET', `${ALL}?limit=ten`);
    expect(limit.status).toBe(400);
    expect(limit.body.message).toContain('limit must be a non-negative integer');
    const token = await api('GET', `${ALL}?limit=1&continue=not-a-token`);
    expect(token.status).toBe(400);
    expect(token.body.message).toContain('continue key is not valid');
  });

  it('answers 410 Expired to a token older than the event history', async () => {
    const first = await api('GET', `${ALL}?limit=1`);
    const token = first.body.metadata.continue;
    expect(token).toEqual(expect.any(String));
    // A write after the token, then a reset: the history from the token's revision is gone.
    await api('POST', VMS, vm('after-token'));
    await api('POST', '/api/test/reset');
    const r = await api('GET', `${ALL}?limit=1&continue=${token}`);
    expect(r.status).toBe(410);
    expect(r.body.reason).toBe('Expired');
  });
});

describe('watch', () => {
  it('streams ADDED for existing objects first, then live events, as chunked JSON lines', async () => {
    const w = await openWatch(srv.url, `${VMS}?watch=true`);
    expect(w.status).toBe(200);
    expect(w.contentType).toContain('application/json');
    await w.until(
      (e) => e.length >= demoSummary.vmsByNamespace.demo.length,
      'initial ADDED events',
    );
    expect(w.events.every((e) => e.type === 'ADDED')).toBe(true);

    const created = await api('POST', VMS, vm('watched'));
    await api(
      'PATCH',
      `${VMS}/watched`,
      { metadata: { labels: { touched: 'yes' } } },
      'application/merge-patch+json',
    );
    await api('DELETE', `${VMS}/watched`);
    await w.until(
      (e) => e.some((x) => x.type === 'DELETED' && x.object.metadata.name === 'watched'),
      'DELETED of the watched VM',
    );
    const mine = w.events.filter((e) => e.object.metadata.name === 'watched').map((e) => e.type);
    expect(mine[0]).toBe('ADDED');
    expect(mine).toContain('MODIFIED');
    expect(mine[mine.length - 1]).toBe('DELETED');
    expect(w.events.find((e) => e.object.metadata.name === 'watched')!.object.metadata.uid).toBe(
      created.body.metadata.uid,
    );
    await w.close();
  });

  it('accepts watch=1 and resumes after a given resourceVersion without replaying older objects', async () => {
    const list = await api('GET', VMS);
    const rv = list.body.metadata.resourceVersion;
    await api('POST', VMS, vm('after-list'));
    const w = await openWatch(srv.url, `${VMS}?watch=1&resourceVersion=${rv}`);
    await w.until(
      (e) => e.some((x) => x.object.metadata.name === 'after-list'),
      'the VM created after the list',
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(
      w.events.filter((e) => e.object.metadata.name !== 'after-list' && e.type === 'ADDED'),
    ).toEqual([]);
    await w.close();
  });

  it('honours label selectors: objects entering or leaving the selection are ADDED or DELETED', async () => {
    const w = await openWatch(
      srv.url,
      `/api/v1/namespaces/team-a/persistentvolumeclaims?watch=true&labelSelector=pick%3Dme`,
    );
    await api(
      'POST',
      '/api/v1/namespaces/team-a/persistentvolumeclaims',
      pvc('other', { labels: { pick: 'not' } }),
    );
    await api(
      'POST',
      '/api/v1/namespaces/team-a/persistentvolumeclaims',
      pvc('chosen', { labels: { pick: 'me' } }),
    );
    await api(
      'PATCH',
      '/api/v1/namespaces/team-a/persistentvolumeclaims/other',
      { metadata: { labels: { pick: 'me' } } },
      'application/merge-patch+json',
    );
    await api(
      'PATCH',
      '/api/v1/namespaces/team-a/persistentvolumeclaims/chosen',
      { metadata: { labels: { pick: null } } },
      'application/merge-patch+json',
    );
    await w.until((e) => e.length >= 3, 'three selector events');
    expect(w.events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual([
      'ADDED chosen',
      'ADDED other',
      'DELETED chosen',
    ]);
    await w.close();
  });

  it('honours field selectors on a watch', async () => {
    const w = await openWatch(srv.url, `${VMS}?watch=true&fieldSelector=metadata.name%3Donly-me`);
    await api('POST', VMS, vm('not-me'));
    await api('POST', VMS, vm('only-me'));
    await w.until((e) => e.length >= 1, 'one event');
    await new Promise((r) => setTimeout(r, 50));
    // later events are the controller's status updates of the same VM
    expect([...new Set(w.events.map((e) => e.object.metadata.name))]).toEqual(['only-me']);
    expect(w.events[0].type).toBe('ADDED');
    await w.close();
  });

  it('answers 410 Expired in an ERROR event for a resourceVersion older than the history', async () => {
    await api('POST', '/api/test/reset');
    const w = await openWatch(srv.url, `${VMS}?watch=true&resourceVersion=1`);
    await w.until(() => w.isEnded(), 'the stream to end');
    expect(w.events).toHaveLength(1);
    expect(w.events[0].type).toBe('ERROR');
    expect(w.events[0].object).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
  });

  it('ends cleanly when the client closes and when the server closes', async () => {
    const w = await openWatch(srv.url, `${VMS}?watch=true`);
    await w.close();
    expect(w.isEnded()).toBe(true);

    const other = await startTestApi();
    const w2 = await openWatch(other.url, `${VMS}?watch=true`);
    await other.close();
    await w2.until(() => w2.isEnded(), 'the stream to end on server close');
  });

  it('ends after timeoutSeconds', async () => {
    const w = await openWatch(srv.url, `${VMS}?watch=true&timeoutSeconds=1`);
    await w.until(() => w.isEnded(), 'the watch to time out', 3000);
  });
});
