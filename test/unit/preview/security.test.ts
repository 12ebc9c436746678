import * as http from 'http';
import type { AddressInfo } from 'net';
import WebSocket from 'ws';
import { startPreviewServer, tempDirs, type Preview } from './preview-server';

// What a hostile web page can send to a preview on 127.0.0.1 (CSRF, DNS rebinding), and what the
// preview must answer: refused before anything is served, created or forwarded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const guard = require('../../../preview/server/guard') as {
  allowedHosts(port: number, extra?: string): Set<string>;
};

const NAMESPACES = '/api/kubernetes/api/v1/namespaces';
const NS_BODY = JSON.stringify({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'pwned' },
});
const temp = tempDirs('preview-security-');
const tmpDir = temp.make;
afterAll(temp.removeAll);

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}
/** A raw request: every header as given, Host included (fetch would not let a test forge it). */
const send = (
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string,
) =>
  new Promise<Reply>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        headers: {
          ...(body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) }),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });

const own = (port: number) => `http://127.0.0.1:${port}`;
const message = (r: Reply) => (JSON.parse(r.body) as { message: string }).message;

describe('allowedHosts', () => {
  it('answers the loopback names on its port, plus what PREVIEW_ALLOWED_HOSTS adds', () => {
    expect([...guard.allowedHosts(9000)]).toEqual([
      '127.0.0.1:9000',
      'localhost:9000',
      '[::1]:9000',
    ]);
    const more = guard.allowedHosts(9000, ' Preview.Example , other.example:8443,');
    expect(more.has('preview.example:9000')).toBe(true);
    expect(more.has('other.example:8443')).toBe(true);
    expect(more.size).toBe(5);
  });
});

describe('the preview with the demo API', () => {
  let preview: Preview;
  let port: number;
  beforeAll(async () => {
    preview = await startPreviewServer({ distDir: tmpDir(), hostDir: tmpDir(), port: 0 });
    port = preview.port;
  });
  afterAll(() => preview.close());
  const pwned = async () =>
    (await send(port, 'GET', `${NAMESPACES}/pwned`, { Host: `127.0.0.1:${port}` })).status;

  it('refuses a simple cross-origin write (text/plain from another origin): 403, nothing made', async () => {
    const r = await send(
      port,
      'POST',
      NAMESPACES,
      { Origin: 'http://evil.example', 'Content-Type': 'text/plain' },
      NS_BODY,
    );
    expect(r.status).toBe(403);
    expect(message(r)).toMatch(/origin "http:\/\/evil\.example" refused/);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(await pwned()).toBe(404);
  });

  it('refuses a text/plain body even without an Origin: 415, nothing made', async () => {
    const r = await send(port, 'POST', NAMESPACES, { 'Content-Type': 'text/plain' }, NS_BODY);
    expect(r.status).toBe(415);
    expect(message(r)).toMatch(/Content-Type "text\/plain" is not supported/);
    expect(await pwned()).toBe(404);
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
    ['no type', ''],
  ])('refuses %s as a write body with 415', async (_what, type) => {
    const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
    expect((await send(port, 'POST', NAMESPACES, headers, NS_BODY)).status).toBe(415);
    expect(await pwned()).toBe(404);
  });

  it('refuses a foreign Host (DNS rebinding) on pages, assets and the API: 403', async () => {
    for (const p of ['/', '/k8s/ns/demo/appliance-catalog', '/static/host.js', NAMESPACES]) {
      const r = await send(port, 'GET', p, { Host: `evil.example:${port}` });
      expect(r.status).toBe(403);
      expect(message(r)).toMatch(/Host "evil\.example:\d+" is not this preview's/);
    }
  });

  it('refuses a read of the API from another origin or site', async () => {
    expect((await send(port, 'GET', NAMESPACES, { Origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect((await send(port, 'GET', NAMESPACES, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(
      403,
    );
    expect((await send(port, 'GET', NAMESPACES, { Origin: 'null' })).status).toBe(403);
  });

  it("accepts its own pages' requests under every loopback name", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const r = await send(port, 'GET', NAMESPACES, {
        Host: host,
        Origin: `http://${host}`,
        'Sec-Fetch-Site': 'same-origin',
      });
      expect(r.status).toBe(200);
    }
    const created = await send(
      port,
      'POST',
      NAMESPACES,
      { Origin: own(port), 'Content-Type': 'application/json' },
      JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'mine' } }),
    );
    expect(created.status).toBe(201);
  });

  it('serves the host page under the console CSP, its script with a fresh nonce', async () => {
    const a = await send(port, 'GET', '/');
    const b = await send(port, 'GET', '/');
    const csp = String(a.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(a.body).toContain(`<script nonce="${nonce}" src="/static/host.js">`);
    expect(b.headers['content-security-policy']).not.toBe(csp);
    expect(a.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a WebSocket watch that names a foreign Host', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${NAMESPACES}?watch=true`, {
      origin: 'http://evil.example:1',
      headers: { Host: `evil.example:${port}` },
    });
    const status = await new Promise<number>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => undefined);
      ws.on('open', () => resolve(101));
    });
    ws.terminate();
    expect(status).toBe(403);
  });
});

describe('PREVIEW_ALLOWED_HOSTS', () => {
  it('lets the named host in, for pages and for its own origin', async () => {
    const preview = await startPreviewServer({
      distDir: tmpDir(),
      hostDir: tmpDir(),
      port: 0,
      allowedHosts: 'preview.example',
    });
    try {
      const host = `preview.example:${preview.port}`;
      expect((await send(preview.port, 'GET', NAMESPACES, { Host: host })).status).toBe(200);
      const r = await send(preview.port, 'GET', NAMESPACES, {
        Host: host,
        Origin: `http://${host}`,
      });
      expect(r.status).toBe(200);
      expect(
        (await send(preview.port, 'GET', NAMESPACES, { Host: `evil.example:${preview.port}` }))
          .status,
      ).toBe(403);
    } finally {
      await preview.close();
    }
  });
});

describe('the preview in front of KUBE_API_URL', () => {
  let upstream: http.Server;
  const reached: string[] = [];
  let preview: Preview;
  beforeAll(async () => {
    // A stand-in for kubectl proxy that records every request it gets.
    upstream = http.createServer((req, res) => {
      reached.push(`${req.method} ${req.url}`);
      req.resume();
      req.on('end', () =>
        res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end('{"kind":"List","items":[]}'),
      );
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
    const { port } = upstream.address() as AddressInfo;
    preview = await startPreviewServer({
      distDir: tmpDir(),
      hostDir: tmpDir(),
      port: 0,
      kubeApiUrl: `http://127.0.0.1:${port}`,
    });
  });
  afterAll(async () => {
    await preview.close();
    await new Promise((r) => upstream.close(r));
  });

  it('forwards nothing of the three probes', async () => {
    const port = preview.port;
    const probes = [
      await send(
        port,
        'POST',
        NAMESPACES,
        { Origin: 'http://evil.example', 'Content-Type': 'text/plain' },
        NS_BODY,
      ),
      await send(port, 'POST', NAMESPACES, { 'Content-Type': 'text/plain' }, NS_BODY),
      await send(port, 'GET', NAMESPACES, { Host: `evil.example:${port}` }),
      await send(port, 'DELETE', `${NAMESPACES}/default`, { Origin: 'http://evil.example' }),
    ];
    expect(probes.map((r) => r.status)).toEqual([403, 415, 403, 403]);
    expect(reached).toEqual([]);
  });

  it("forwards its own pages' requests", async () => {
    const r = await send(preview.port, 'GET', NAMESPACES, { Origin: own(preview.port) });
    expect(r.status).toBe(200);
    expect(reached).toEqual(['GET /api/v1/namespaces']);
  });
});
