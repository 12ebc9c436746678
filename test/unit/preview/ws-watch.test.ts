import * as http from 'http';
import type { AddressInfo } from 'net';
import WebSocket from 'ws';
import { startPreviewServer, tempDirs, type Preview } from './preview-server';

const SECRETS = '/api/kubernetes/api/v1/namespaces/demo/secrets';

type Event = {
  type: string;
  object: { kind?: string; code?: number; metadata?: { name?: string } };
};

const temp = tempDirs('ws-watch-test-');
const tmpDir = temp.make;

const start = (kubeApiUrl?: string) =>
  startPreviewServer({
    distDir: tmpDir(),
    hostDir: tmpDir(),
    port: 0,
    kubeApiUrl,
    testHooks: !kubeApiUrl,
  });

const wsURL = (p: Preview, apiPath: string) => `ws://127.0.0.1:${p.port}${apiPath}`;
const ownOrigin = (p: Preview) => `http://127.0.0.1:${p.port}`;

/** An open socket and everything it received, with a way to wait for the next events. */
const connect = async (url: string, origin: string, headers: Record<string, string> = {}) => {
  const ws = new WebSocket(url, { origin, headers });
  const events: Event[] = [];
  const raw: string[] = [];
  ws.on('message', (data) => {
    raw.push(data.toString());
    events.push(JSON.parse(data.toString()) as Event);
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const until = async (pred: (e: Event[]) => boolean, what: string) => {
    const deadline = Date.now() + 5000;
    while (!pred(events)) {
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for ${what}; got ${JSON.stringify(events)}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { ws, events, raw, closed, until };
};

/** The HTTP status a refused upgrade answers with. */
const refusal = (url: string, origin?: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.on('open', () => reject(new Error(`${url} was accepted`)));
    ws.on('error', () => undefined);
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
  });

const postSecret = (p: Preview, name: string, user?: string) =>
  fetch(`http://127.0.0.1:${p.port}${SECRETS}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(user ? { 'Impersonate-User': user } : {}) },
    body: JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name, namespace: 'demo' },
      stringData: { key: 'value' },
    }),
  });

afterAll(temp.removeAll);

describe('watches over WebSocket, demo API', () => {
  let preview: Preview;
  beforeEach(async () => {
    preview = await start();
  });
  afterEach(() => preview.close());

  it('sends the existing objects, then each change as one message per event', async () => {
    const c = await connect(wsURL(preview, `${SECRETS}?watch=true`), ownOrigin(preview));
    await c.until((e) => e.some((x) => x.object.metadata?.name === 'demo-ssh-key'), 'the seed');
    expect(c.events[0]).toMatchObject({ type: 'ADDED', object: { kind: 'Secret' } });
    const created = await postSecret(preview, 'made-while-watching');
    expect(created.status).toBe(201);
    await c.until(
      (e) => e.some((x) => x.object.metadata?.name === 'made-while-watching'),
      'the new secret',
    );
    expect(c.events.at(-1)?.type).toBe('ADDED');
    // Every message is exactly one JSON event, never a fragment or a batch.
    c.raw.forEach((m) => expect(m).not.toContain('\n'));
    c.ws.close();
    await c.closed;
  });

  it('watches from a resourceVersion, with further query parameters kept', async () => {
    const list = (await (await fetch(`http://127.0.0.1:${preview.port}${SECRETS}`)).json()) as {
      metadata: { resourceVersion: string };
    };
    const rv = list.metadata.resourceVersion;
    const c = await connect(
      wsURL(
        preview,
        `${SECRETS}?watch=1&resourceVersion=${rv}&fieldSelector=metadata.name%3Dlater`,
      ),
      ownOrigin(preview),
    );
    await postSecret(preview, 'not-this-one');
    await postSecret(preview, 'later');
    await c.until((e) => e.length > 0, 'an event');
    await new Promise((r) => setTimeout(r, 100));
    expect(c.events.map((e) => [e.type, e.object.metadata?.name])).toEqual([['ADDED', 'later']]);
    c.ws.close();
  });

  it('acts as the user named in the impersonate parameter', async () => {
    const viewer = await connect(
      wsURL(preview, `${SECRETS}?watch=true&impersonate=viewer`),
      ownOrigin(preview),
    );
    await viewer.until((e) => e.length > 0, 'the refusal');
    expect(viewer.events).toEqual([
      { type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 403 }) },
    ]);
    expect(await viewer.closed).toBe(1000);

    const developer = await connect(
      wsURL(preview, `${SECRETS}?watch=true&impersonate=developer`),
      ownOrigin(preview),
    );
    await developer.until((e) => e.length > 0, 'the seed');
    expect(developer.events[0].type).toBe('ADDED');
    developer.ws.close();
  });

  it('closes the socket when the API ends the watch', async () => {
    const c = await connect(wsURL(preview, `${SECRETS}?watch=true`), ownOrigin(preview));
    // The test hook ends every open watch, as an API server does on restart.
    const reset = await fetch(`http://127.0.0.1:${preview.port}/api/test/reset`, {
      method: 'POST',
    });
    expect(reset.ok).toBe(true);
    expect(await c.closed).toBe(1000);
  });

  it('passes the API ERROR event on (an invalid resourceVersion)', async () => {
    const c = await connect(
      wsURL(preview, `${SECRETS}?watch=true&resourceVersion=abc`),
      ownOrigin(preview),
    );
    await c.closed;
    expect(c.events).toEqual([
      { type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 400 }) },
    ]);
  });

  it.each([
    ['another origin', `${SECRETS}?watch=true`, 'http://evil.example', 403, /origin/],
    ['a lookalike port', `${SECRETS}?watch=true`, 'http://127.0.0.1:1', 403, /origin/],
    ['no origin', `${SECRETS}?watch=true`, undefined, 403, /origin/],
    ['a non-watch', SECRETS, 'own', 400, /watch=true/],
    ['watch=false', `${SECRETS}?watch=false`, 'own', 400, /watch=true/],
    ['a path outside the API', '/static/host.js?watch=true', 'own', 404, /No WebSocket/],
    ['a user name with spaces', `${SECRETS}?watch=true&impersonate=a%20b`, 'own', 400, /user/],
    ['two users', `${SECRETS}?watch=true&impersonate=a&impersonate=b`, 'own', 400, /user/],
  ])('refuses %s', async (_what, apiPath, origin, status, message) => {
    const answer = await refusal(
      wsURL(preview, apiPath),
      origin === 'own' ? ownOrigin(preview) : origin,
    );
    expect(answer.status).toBe(status);
    expect(answer.body).toMatch(message);
  });

  it('accepts the page origin under localhost too', async () => {
    const c = await connect(
      `ws://localhost:${preview.port}${SECRETS}?watch=true`,
      `http://localhost:${preview.port}`,
    );
    await c.until((e) => e.length > 0, 'the seed');
    c.ws.close();
  });
});

describe('watches over WebSocket, proxy mode (KUBE_API_URL)', () => {
  let upstream: http.Server;
  let upstreamURL: string;
  const seen: http.IncomingMessage[] = [];
  const closedUpstream: string[] = [];
  let onWatch: (res: http.ServerResponse) => void;

  beforeEach(async () => {
    seen.length = 0;
    closedUpstream.length = 0;
    upstream = http.createServer((req, res) => {
      seen.push(req);
      res.on('close', () => closedUpstream.push(req.url ?? ''));
      onWatch(res);
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
    upstreamURL = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    upstream.closeAllConnections();
    await new Promise((r) => upstream.close(r));
  });

  it('sends a chunked watch upstream with the prefix stripped and only the identity', async () => {
    onWatch = (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      // One event split over two chunks, then two events in one chunk.
      res.write('{"type":"ADDED","object":{"metadata":{"name":"a"}}}\n{"type":"ADD');
      setTimeout(
        () =>
          res.write(
            'ED","object":{"metadata":{"name":"b"}}}\n{"type":"DELETED","object":{"metadata":{"name":"a"}}}\n',
          ),
        50,
      );
    };
    const preview = await start(upstreamURL);
    try {
      const c = await connect(
        wsURL(preview, `${SECRETS}?watch=true&impersonate=developer&labelSelector=x%3Dy`),
        ownOrigin(preview),
        { Cookie: 'session=browser-secret', Authorization: 'Bearer browser-token' },
      );
      await c.until((e) => e.length === 3, 'three events');
      expect(c.events.map((e) => [e.type, e.object.metadata?.name])).toEqual([
        ['ADDED', 'a'],
        ['ADDED', 'b'],
        ['DELETED', 'a'],
      ]);
      expect(seen).toHaveLength(1);
      const req = seen[0];
      expect(req.url).toBe('/api/v1/namespaces/demo/secrets?watch=true&labelSelector=x%3Dy');
      expect(req.headers['impersonate-user']).toBe('developer');
      expect(req.headers.cookie).toBeUndefined();
      expect(req.headers.authorization).toBeUndefined();
      expect(req.headers.upgrade).toBeUndefined();

      // The browser leaving ends the upstream watch.
      c.ws.close();
      await c.closed;
      const deadline = Date.now() + 5000;
      while (closedUpstream.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(closedUpstream).toEqual([req.url]);
    } finally {
      await preview.close();
    }
  });

  it('closes the socket when the upstream watch ends', async () => {
    onWatch = (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"type":"ADDED","object":{"metadata":{"name":"last"}}}');
    };
    const preview = await start(upstreamURL);
    try {
      const c = await connect(wsURL(preview, `${SECRETS}?watch=true`), ownOrigin(preview));
      expect(await c.closed).toBe(1000);
      // The last event without its newline still arrives.
      expect(c.events.map((e) => e.object.metadata?.name)).toEqual(['last']);
    } finally {
      await preview.close();
    }
  });

  it('reports an unreachable API as an ERROR event', async () => {
    onWatch = (res) => res.end();
    upstream.closeAllConnections();
    await new Promise((r) => upstream.close(r));
    const preview = await start(upstreamURL);
    try {
      const c = await connect(wsURL(preview, `${SECRETS}?watch=true`), ownOrigin(preview));
      await c.closed;
      expect(c.events).toEqual([
        {
          type: 'ERROR',
          object: expect.objectContaining({
            code: 502,
            message: expect.stringMatching(/KUBE_API_URL/),
          }),
        },
      ]);
    } finally {
      await preview.close();
      upstream = http.createServer();
      await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
    }
  });
});
