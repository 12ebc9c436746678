import http from 'node:http';
import { AddressInfo } from 'node:net';
import { createApiServer, StartedApiServer, startApiServer } from '../../preview/api/server';
import { client, openWatch, startTestApi, vm, VMS } from './helpers';

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

describe('test hooks', () => {
  it('reset returns to the seed state', async () => {
    await api('POST', VMS, vm('temp'));
    await api('DELETE', `${VMS}/rhel9-db`);
    const r = await api('POST', '/api/test/reset');
    expect(r.status).toBe(200);
    expect((await api('GET', `${VMS}/temp`)).status).toBe(404);
    expect((await api('GET', `${VMS}/rhel9-db`)).status).toBe(200);
  });

  it('fails the next N matching requests with a Kubernetes Status, then lets them through', async () => {
    const f = await api('POST', '/api/test/faults', {
      method: 'POST',
      pathPattern: '/virtualmachines',
      status: 503,
      count: 2,
      message: 'etcd is sad',
    });
    expect(f.status).toBe(201);
    expect((await api('GET', VMS)).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const r = await api('POST', VMS, vm(`f${i}`));
      expect(r.status).toBe(503);
      expect(r.body).toMatchObject({
        kind: 'Status',
        status: 'Failure',
        code: 503,
        reason: 'ServiceUnavailable',
        message: 'etcd is sad',
      });
    }
    expect((await api('POST', VMS, vm('f2'))).status).toBe(201);
  });

  it('matches the path by regular expression and any method when none is given', async () => {
    await api('POST', '/api/test/faults', {
      pathPattern: 'virtualmachines/rhel9-db$',
      status: 500,
      count: 1,
    });
    expect((await api('GET', VMS)).status).toBe(200);
    const r = await api('GET', `${VMS}/rhel9-db`);
    expect(r.status).toBe(500);
    expect(r.body.reason).toBe('InternalError');
  });

  it('fails the k-th matching request with skip (the third create of a batch)', async () => {
    await api('POST', '/api/test/faults', {
      method: 'POST',
      pathPattern: '/virtualmachines',
      status: 500,
      skip: 2,
    });
    expect((await api('POST', VMS, vm('k1'))).status).toBe(201);
    expect((await api('POST', VMS, vm('k2'))).status).toBe(201);
    expect((await api('POST', VMS, vm('k3'))).status).toBe(500);
    expect((await api('POST', VMS, vm('k4'))).status).toBe(201);
    const bad = await api('POST', '/api/test/faults', { pathPattern: 'x', status: 500, skip: -1 });
    expect(bad.status).toBe(400);
  });

  it('delays matching requests', async () => {
    await api('POST', '/api/test/faults', {
      method: 'GET',
      pathPattern: '/virtualmachines/rhel9-db',
      delayMs: 300,
      count: 1,
    });
    const t0 = Date.now();
    const r = await api('GET', `${VMS}/rhel9-db`);
    expect(r.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });

  it('DELETE clears the faults, and reset does too', async () => {
    await api('POST', '/api/test/faults', {
      pathPattern: 'virtualmachines',
      status: 500,
      count: 5,
    });
    expect((await api('DELETE', '/api/test/faults')).status).toBe(200);
    expect((await api('GET', VMS)).status).toBe(200);
    await api('POST', '/api/test/faults', {
      pathPattern: 'virtualmachines',
      status: 500,
      count: 5,
    });
    await api('POST', '/api/test/reset');
    expect((await api('GET', VMS)).status).toBe(200);
  });

  it('rejects a malformed fault with a specific 400', async () => {
    const r = await api('POST', '/api/test/faults', { pathPattern: '', status: 200 });
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('pathPattern');
    const s = await api('POST', '/api/test/faults', { pathPattern: 'x', status: 200 });
    expect(s.body.message).toContain('status');
  });

  it('serves no test hooks without the flag', async () => {
    const plain = await startApiServer({ port: 0 });
    const r = await fetch(`${plain.url}/api/test/reset`, { method: 'POST' });
    expect(r.status).toBe(404);
    await plain.close();
  });

  it('createApiServer gives a mountable handler, an empty store on request and a close()', () => {
    const a = createApiServer({ seed: false });
    expect(typeof a.handle).toBe('function');
    expect(a.store.all()).toEqual([]);
    a.reset();
    a.close();
  });

  it('serves lists and watches when its handler is mounted in another server, and close() ends them', async () => {
    const api2 = createApiServer({ controllerDelayMs: 20 });
    const host = http.createServer((req, res) => {
      if ((req.url || '').startsWith('/api/')) api2.handle(req, res);
      else res.writeHead(200).end('host page');
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    expect(await (await fetch(`${base}/somewhere`)).text()).toBe('host page');
    const list = await client(base)('GET', VMS);
    expect(list.status).toBe(200);
    const w = await openWatch(
      base,
      `${VMS}?watch=true&resourceVersion=${list.body.metadata.resourceVersion}`,
    );
    await client(base)('POST', VMS, vm('mounted'));
    await w.until(
      (e) => e.some((x) => x.object.metadata.name === 'mounted'),
      'the mounted watch event',
    );
    api2.close();
    await w.until(() => w.isEnded(), 'the watch to end on close()');
    const after = await client(base)('GET', VMS);
    expect(after.status).toBe(503);
    await new Promise<void>((r) => host.close(() => r()));
  });
});
