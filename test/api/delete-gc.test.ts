import { StartedApiServer } from '../../preview/api/server';
import {
  client,
  DATASOURCES,
  openWatch,
  pvc,
  startTestApi,
  vm,
  VMS,
  PVCS,
  waitFor,
} from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

let srv: StartedApiServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  srv = await startTestApi({ controllerDelayMs: 5000 });
  api = client(srv.url);
});
afterAll(() => srv.close());
beforeEach(async () => {
  await api('POST', '/api/test/reset');
});

const owned = (name: string, owner: any) =>
  pvc(name, {
    ownerReferences: [
      {
        apiVersion: owner.apiVersion,
        kind: owner.kind,
        name: owner.metadata.name,
        uid: owner.metadata.uid,
      },
    ],
  });

const gone = (path: string) => async () => (await api('GET', path)).status === 404;

describe('delete', () => {
  it('answers 200 with the deleted object, then 404', async () => {
    const c = (await api('POST', VMS, vm('del'))).body;
    const r = await api('DELETE', `${VMS}/del`);
    expect(r.status).toBe(200);
    expect(r.body.metadata.uid).toBe(c.metadata.uid);
    expect((await api('GET', `${VMS}/del`)).status).toBe(404);
    expect((await api('DELETE', `${VMS}/del`)).status).toBe(404);
  });

  it('answers a Status for Secrets, as the API does', async () => {
    await api('POST', '/api/v1/namespaces/demo/secrets', {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      data: {},
    });
    const r = await api('DELETE', '/api/v1/namespaces/demo/secrets/s');
    expect(r.body).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 's', kind: 'secrets' },
    });
  });

  it('checks preconditions with 409', async () => {
    await api('POST', VMS, vm('pre'));
    const r = await api('DELETE', `${VMS}/pre`, {
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      preconditions: { uid: 'other' },
    });
    expect(r.status).toBe(409);
    expect(r.body.message).toContain('Precondition failed');
  });

  it('garbage-collects dependents in the background, through chains of owners', async () => {
    const owner = (await api('POST', VMS, vm('owner'))).body;
    const child = (await api('POST', PVCS, owned('child', owner))).body;
    const grandchild = (
      await api('POST', '/api/v1/namespaces/demo/secrets', {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
          name: 'grandchild',
          ownerReferences: [
            {
              apiVersion: 'v1',
              kind: 'PersistentVolumeClaim',
              name: 'child',
              uid: child.metadata.uid,
            },
          ],
        },
      })
    ).body;
    expect(grandchild.metadata.uid).toBeTruthy();
    const unrelated = (await api('POST', PVCS, pvc('unrelated'))).body;
    const w = await openWatch(
      srv.url,
      `${PVCS}?watch=true&resourceVersion=${unrelated.metadata.resourceVersion}`,
    );

    await api('DELETE', `${VMS}/owner`);
    await waitFor(gone(`${PVCS}/child`), 'the owned PVC to be collected');
    await waitFor(
      gone('/api/v1/namespaces/demo/secrets/grandchild'),
      'the secret owned by the PVC to be collected',
    );
    expect((await api('GET', `${PVCS}/unrelated`)).status).toBe(200);
    await w.until(
      (e) => e.some((x) => x.type === 'DELETED' && x.object.metadata.name === 'child'),
      'a DELETED event',
    );
    await w.close();
  });

  it('keeps a dependent while another owner remains, and orphans with propagationPolicy=Orphan', async () => {
    const a = (await api('POST', VMS, vm('a'))).body;
    const b = (await api('POST', VMS, vm('b'))).body;
    const two = pvc('two-owners', {
      ownerReferences: [a, b].map((o) => ({
        apiVersion: o.apiVersion,
        kind: o.kind,
        name: o.metadata.name,
        uid: o.metadata.uid,
      })),
    });
    await api('POST', PVCS, two);
    await api('DELETE', `${VMS}/a`);
    await new Promise((r) => setTimeout(r, 80));
    expect((await api('GET', `${PVCS}/two-owners`)).status).toBe(200);

    const c = (await api('POST', VMS, vm('c'))).body;
    await api('POST', PVCS, owned('orphan-me', c));
    await api('DELETE', `${VMS}/c?propagationPolicy=Orphan`);
    await new Promise((r) => setTimeout(r, 80));
    const kept = await api('GET', `${PVCS}/orphan-me`);
    expect(kept.status).toBe(200);
    expect(kept.body.metadata.ownerReferences).toBeUndefined();

    // once its last live owner goes, the dependent goes too (the dangling reference to a counts for nothing)
    await api('DELETE', `${VMS}/b`);
    await waitFor(gone(`${PVCS}/two-owners`), 'the PVC whose owners are all gone');
  });

  it('collects the origin appliance companion PVC with its DataSource (uid filled at seed time)', async () => {
    const companion = await api('GET', `${PVCS}/shared-static-data`);
    const ds = await api('GET', `${DATASOURCES}/demo/datasources/static-data-appliance`);
    expect(companion.body.metadata.ownerReferences[0].uid).toBe(ds.body.metadata.uid);
    await api('DELETE', `${DATASOURCES}/demo/datasources/static-data-appliance`);
    await waitFor(gone(`${PVCS}/shared-static-data`), 'the companion PVC to be collected');
  });

  it('deletes everything in a deleted namespace', async () => {
    await api('DELETE', '/api/v1/namespaces/team-a');
    await waitFor(
      async () =>
        (await api('GET', '/apis/kubevirt.io/v1/namespaces/team-a/virtualmachines')).body.items
          .length === 0,
      'team-a to be emptied',
    );
  });

  it('deletes a collection by label selector', async () => {
    await api('POST', PVCS, pvc('x1', { labels: { batch: 'x' } }));
    await api('POST', PVCS, pvc('x2', { labels: { batch: 'x' } }));
    const r = await api('DELETE', `${PVCS}?labelSelector=batch%3Dx`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: any) => i.metadata.name).sort()).toEqual(['x1', 'x2']);
    expect((await api('GET', `${PVCS}?labelSelector=batch%3Dx`)).body.items).toEqual([]);
  });
});
