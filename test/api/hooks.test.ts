import { createApiServer, StartedApiServer, startApiServer } from '../../preview/api/server';
import { client, startTestApi, vm, VMS } from './helpers';

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
});
