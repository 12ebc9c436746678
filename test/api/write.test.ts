import { StartedApiServer } from '../../preview/api/server';
import { client, openWatch, pvc, startTestApi, vm, VMS, PVCS } from './helpers';

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

const MERGE = 'application/merge-patch+json';
const JSONPATCH = 'application/json-patch+json';

describe('create', () => {
  it('fills uid, resourceVersion (a global counter, as a string), creationTimestamp and generation 1', async () => {
    const a = await api('POST', VMS, vm('one'));
    const b = await api('POST', PVCS, pvc('two'));
    expect(a.status).toBe(201);
    const md = a.body.metadata;
    expect(md.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof md.resourceVersion).toBe('string');
    expect(Number(b.body.metadata.resourceVersion)).toBeGreaterThan(Number(md.resourceVersion));
    expect(new Date(md.creationTimestamp).toString()).not.toBe('Invalid Date');
    expect(md.generation).toBe(1);
    expect(md.namespace).toBe('demo');
    const got = await api('GET', `${VMS}/one`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(a.body);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    'refuses a %s body with 415 UnsupportedMediaType and creates nothing',
    async (type) => {
      const r = await api('POST', PVCS, pvc('typed'), type);
      expect(r.status).toBe(415);
      expect(r.body).toMatchObject({ kind: 'Status', reason: 'UnsupportedMediaType', code: 415 });
      expect(r.body.message).toContain('application/json');
      expect((await api('GET', `${PVCS}/typed`)).status).toBe(404);
    },
  );

  it('takes a YAML body', async () => {
    const r = await api('POST', PVCS, pvc('yaml-body'), 'application/yaml; charset=utf-8');
    expect(r.status).toBe(201);
  });

  it('derives the name from generateName', async () => {
    const body = vm('x');
    delete body.metadata.name;
    body.metadata.generateName = 'gen-';
    const a = await api('POST', VMS, body);
    const b = await api('POST', VMS, body);
    expect(a.status).toBe(201);
    expect(a.body.metadata.name).toMatch(/^gen-[a-z0-9]{5}$/);
    expect(b.body.metadata.name).not.toBe(a.body.metadata.name);
  });

  it('answers 409 AlreadyExists for a taken name', async () => {
    const r = await api('POST', VMS, vm('rhel9-db'));
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'AlreadyExists',
      code: 409,
      message: 'virtualmachines.kubevirt.io "rhel9-db" already exists',
      details: { name: 'rhel9-db', group: 'kubevirt.io', kind: 'virtualmachines' },
    });
  });

  it('rejects a body whose namespace differs from the URL, and a missing namespace', async () => {
    const body = vm('elsewhere');
    body.metadata.namespace = 'team-a';
    const r = await api('POST', VMS, body);
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('does not match the namespace');
    const missing = await api(
      'POST',
      '/apis/kubevirt.io/v1/namespaces/nowhere/virtualmachines',
      vm('x'),
    );
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('namespaces "nowhere" not found');
  });

  it('rejects a wrong kind, a missing name and a set resourceVersion with a clear Status', async () => {
    const wrongKind = await api('POST', VMS, { ...vm('k'), kind: 'VirtualMachineInstance' });
    expect(wrongKind.status).toBe(400);
    const noName = vm('n');
    delete noName.metadata.name;
    const r = await api('POST', VMS, noName);
    expect(r.status).toBe(422);
    expect(r.body.details.causes[0]).toMatchObject({
      field: 'metadata.name',
      reason: 'FieldValueRequired',
    });
    const withRv = vm('rv');
    withRv.metadata.resourceVersion = '3';
    const rv = await api('POST', VMS, withRv);
    expect(rv.status).toBe(500);
    expect(rv.body.message).toContain('resourceVersion should not be set on objects to be created');
    const bad = await api('POST', VMS, '{not json');
    expect(bad.status).toBe(400);
    expect(bad.body.kind).toBe('Status');
  });

  it('labels a new Namespace with its name and makes it Active', async () => {
    const r = await api('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'fresh' },
    });
    expect(r.status).toBe(201);
    expect(r.body.metadata.labels['kubernetes.io/metadata.name']).toBe('fresh');
    expect(r.body.status.phase).toBe('Active');
    const bad = await api('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'a.b' },
    });
    expect(bad.status).toBe(422);
  });

  it('turns Secret stringData into base64 data', async () => {
    const r = await api('POST', '/api/v1/namespaces/demo/secrets', {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      stringData: { key: 'value' },
    });
    expect(r.status).toBe(201);
    expect(r.body.data).toEqual({ key: Buffer.from('value').toString('base64') });
    expect(r.body.stringData).toBeUndefined();
  });
});

describe('get', () => {
  it('answers 404 NotFound with a Status naming the object', async () => {
    const r = await api('GET', `${VMS}/ghost`);
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      reason: 'NotFound',
      code: 404,
      message: 'virtualmachines.kubevirt.io "ghost" not found',
      details: { name: 'ghost', group: 'kubevirt.io', kind: 'virtualmachines' },
    });
    const core = await api('GET', `${PVCS}/ghost`);
    expect(core.body.message).toBe('persistentvolumeclaims "ghost" not found');
  });
});

describe('update (PUT)', () => {
  it('stores the new state, bumps generation on a spec change only, and keeps server fields', async () => {
    const c = (await api('POST', VMS, vm('u'))).body;
    const meta = { ...c, metadata: { ...c.metadata, labels: { app: 'relabelled' } } };
    const r1 = await api('PUT', `${VMS}/u`, meta);
    expect(r1.status).toBe(200);
    expect(r1.body.metadata.generation).toBe(1);
    expect(Number(r1.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(c.metadata.resourceVersion),
    );

    const spec = { ...r1.body, spec: { ...r1.body.spec, runStrategy: 'Always' } };
    spec.metadata = { ...spec.metadata, uid: 'forged', creationTimestamp: '2000-01-01T00:00:00Z' };
    const r2 = await api('PUT', `${VMS}/u`, spec);
    expect(r2.status).toBe(200);
    expect(r2.body.metadata.generation).toBe(2);
    expect(r2.body.metadata.uid).toBe(c.metadata.uid);
    expect(r2.body.metadata.creationTimestamp).toBe(c.metadata.creationTimestamp);
  });

  it('answers 409 Conflict on a stale resourceVersion', async () => {
    const c = (await api('POST', VMS, vm('stale'))).body;
    await api('PUT', `${VMS}/stale`, { ...c, metadata: { ...c.metadata, labels: { a: 'b' } } });
    const r = await api('PUT', `${VMS}/stale`, {
      ...c,
      metadata: { ...c.metadata, labels: { a: 'c' } },
    });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ reason: 'Conflict', code: 409 });
    expect(r.body.message).toBe(
      'Operation cannot be fulfilled on virtualmachines.kubevirt.io "stale": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('requires a resourceVersion for custom resources, as the API does', async () => {
    const c = (await api('POST', VMS, vm('norv'))).body;
    delete c.metadata.resourceVersion;
    const r = await api('PUT', `${VMS}/norv`, c);
    expect(r.status).toBe(422);
    expect(r.body.details.causes[0].field).toBe('metadata.resourceVersion');
  });

  it('answers 404 for a missing object and 400 for a name that differs from the URL', async () => {
    expect((await api('PUT', `${VMS}/ghost`, vm('ghost'))).status).toBe(404);
    const c = (await api('POST', VMS, vm('named'))).body;
    const r = await api('PUT', `${VMS}/named`, {
      ...c,
      metadata: { ...c.metadata, name: 'renamed' },
    });
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('does not match the name on the URL');
  });

  it('ignores status on the main resource and updates it through /status', async () => {
    const c = (await api('POST', VMS, vm('st'))).body;
    const r = await api('PUT', `${VMS}/st`, { ...c, status: { printableStatus: 'Hacked' } });
    expect(r.body.status?.printableStatus).not.toBe('Hacked');
    const s = await api('PUT', `${VMS}/st/status`, {
      ...r.body,
      status: { printableStatus: 'Paused' },
    });
    expect(s.status).toBe(200);
    expect(s.body.status.printableStatus).toBe('Paused');
    expect(s.body.metadata.generation).toBe(r.body.metadata.generation);
  });
});

describe('patch', () => {
  it('applies a merge patch (null deletes) and bumps generation on spec changes', async () => {
    await api('POST', VMS, vm('mp'));
    const r = await api(
      'PATCH',
      `${VMS}/mp`,
      { metadata: { labels: { app: null, x: 'y' } }, spec: { runStrategy: 'Manual' } },
      MERGE,
    );
    expect(r.status).toBe(200);
    expect(r.body.metadata.labels).toEqual({ x: 'y' });
    expect(r.body.spec.runStrategy).toBe('Manual');
    expect(r.body.metadata.generation).toBe(2);
  });

  it('treats a strategic merge patch as a merge patch', async () => {
    await api('POST', VMS, vm('smp'));
    const r = await api(
      'PATCH',
      `${VMS}/smp`,
      { metadata: { annotations: { a: 'b' } } },
      'application/strategic-merge-patch+json',
    );
    expect(r.status).toBe(200);
    expect(r.body.metadata.annotations).toEqual({ a: 'b' });
  });

  it('applies a JSON patch including a passing test op', async () => {
    await api('POST', VMS, vm('jp'));
    const r = await api(
      'PATCH',
      `${VMS}/jp`,
      [
        { op: 'test', path: '/spec/runStrategy', value: 'Halted' },
        { op: 'replace', path: '/spec/runStrategy', value: 'Always' },
        { op: 'add', path: '/metadata/labels/added', value: 'yes' },
      ],
      JSONPATCH,
    );
    expect(r.status).toBe(200);
    expect(r.body.spec.runStrategy).toBe('Always');
    expect(r.body.metadata.labels.added).toBe('yes');
  });

  it('answers 422 Invalid when a JSON patch test op fails, and stores nothing', async () => {
    const c = (await api('POST', VMS, vm('jpt'))).body;
    const r = await api(
      'PATCH',
      `${VMS}/jpt`,
      [
        { op: 'test', path: '/spec/runStrategy', value: 'Always' },
        { op: 'replace', path: '/spec/runStrategy', value: 'Manual' },
      ],
      JSONPATCH,
    );
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ kind: 'Status', reason: 'Invalid', code: 422 });
    expect(r.body.details.causes[0].message).toMatch(/test/i);
    const after = await api('GET', `${VMS}/jpt`);
    expect(after.body.metadata.resourceVersion).toBe(c.metadata.resourceVersion);
  });

  it('answers 400 for a malformed JSON patch and 415 for an unsupported patch type', async () => {
    await api('POST', VMS, vm('bad'));
    const r = await api('PATCH', `${VMS}/bad`, [{ op: 'frobnicate', path: '/spec' }], JSONPATCH);
    expect(r.status).toBe(400);
    const apply = await api('PATCH', `${VMS}/bad`, 'spec: {}', 'application/apply-patch+yaml');
    expect(apply.status).toBe(415);
    expect(apply.body.reason).toBe('UnsupportedMediaType');
  });

  it('answers 409 Conflict when the patch carries a stale resourceVersion', async () => {
    const c = (await api('POST', VMS, vm('prv'))).body;
    await api('PATCH', `${VMS}/prv`, { metadata: { labels: { a: '1' } } }, MERGE);
    const r = await api(
      'PATCH',
      `${VMS}/prv`,
      { metadata: { resourceVersion: c.metadata.resourceVersion, labels: { a: '2' } } },
      MERGE,
    );
    expect(r.status).toBe(409);
    expect(r.body.reason).toBe('Conflict');
    const t = await api(
      'PATCH',
      `${VMS}/prv`,
      [{ op: 'replace', path: '/metadata/resourceVersion', value: c.metadata.resourceVersion }],
      JSONPATCH,
    );
    expect(t.status).toBe(409);
  });

  it('answers 404 when patching a missing object', async () => {
    const r = await api('PATCH', `${VMS}/ghost`, { metadata: { labels: { a: 'b' } } }, MERGE);
    expect(r.status).toBe(404);
  });
});

describe('dryRun=All', () => {
  it('validates and answers create/update/patch/delete but stores nothing and emits no events', async () => {
    const w = await openWatch(srv.url, `${VMS}?watch=true&fieldSelector=metadata.name%3Ddry`);
    const c = await api('POST', `${VMS}?dryRun=All`, vm('dry'));
    expect(c.status).toBe(201);
    expect(c.body.metadata.uid).toBeTruthy();
    expect((await api('GET', `${VMS}/dry`)).status).toBe(404);

    const invalid = await api('POST', `${VMS}?dryRun=All`, vm('dry', { runStrategy: 'Running' }));
    expect(invalid.status).toBe(422);

    const exists = (await api('GET', `${VMS}/rhel9-db`)).body;
    const u = await api('PUT', `${VMS}/rhel9-db?dryRun=All`, {
      ...exists,
      spec: { ...exists.spec, runStrategy: 'Always' },
    });
    expect(u.status).toBe(200);
    expect(u.body.spec.runStrategy).toBe('Always');
    const p = await api(
      'PATCH',
      `${VMS}/rhel9-db?dryRun=All`,
      { spec: { runStrategy: 'Manual' } },
      MERGE,
    );
    expect(p.body.spec.runStrategy).toBe('Manual');
    const d = await api('DELETE', `${VMS}/rhel9-db?dryRun=All`);
    expect(d.status).toBe(200);
    const still = await api('GET', `${VMS}/rhel9-db`);
    expect(still.body).toEqual(exists);

    await new Promise((r) => setTimeout(r, 100));
    expect(w.events).toEqual([]);
    await w.close();
  });

  it('rejects any other dryRun value', async () => {
    const r = await api('POST', `${VMS}?dryRun=Some`, vm('x'));
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('All');
  });
});

describe('request bodies', () => {
  it('accepts YAML bodies, as the API server does', async () => {
    const r = await api(
      'POST',
      PVCS,
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: from-yaml\nspec:\n  accessModes: [ReadWriteOnce]\n',
      'application/yaml',
    );
    expect(r.status).toBe(201);
    expect(r.body.metadata.name).toBe('from-yaml');
  });

  it('refuses a YAML alias bomb with 400 instead of hanging', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const body = `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: bomb\n${lines.join('\n')}\n`;
    const r = await api('POST', PVCS, body, 'application/yaml');
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('aliases');
  });

  it('refuses bodies over 3 MiB with 413', async () => {
    const big = pvc('big');
    big.metadata.annotations = { filler: 'x'.repeat(3 * 1024 * 1024 + 10) };
    const r = await api('POST', PVCS, big);
    expect(r.status).toBe(413);
  });
});
