import * as http from 'http';
import type { AddressInfo } from 'net';
import WebSocket from 'ws';
import { session } from '../../../preview/sdk/session';
import { streamWatch, watchSocketURL, type WatchEvent } from '../../../preview/sdk/ws-watch';
import { startPreviewServer, tempDirs, type Preview } from './preview-server';

const SECRETS = '/api/kubernetes/api/v1/namespaces/demo/secrets';
const temp = tempDirs('ws-client-test-');
const tmpDir = temp.make;
const start = (kubeApiUrl?: string) =>
  startPreviewServer({ distDir: tmpDir(), hostDir: tmpDir(), port: 0, kubeApiUrl });

/** What the browser would open, with the Origin a page of the preview sends. */
const sockets: WebSocket[] = [];
const socketFor = (origin: string) => (url: string) => {
  const ws = new WebSocket(url, { origin });
  // A browser reports a failed handshake as error then close; ws needs a listener for the error.
  ws.on('error', () => undefined);
  sockets.push(ws);
  return ws as unknown as globalThis.WebSocket;
};

afterEach(() => session.setUser('admin'));
afterAll(temp.removeAll);

describe('watchSocketURL', () => {
  const location = { protocol: 'http:', host: '127.0.0.1:9000' };

  it('points at the page host with ws:// and keeps the query', () => {
    expect(watchSocketURL(`${SECRETS}?watch=true&resourceVersion=7`, location)).toBe(
      `ws://127.0.0.1:9000${SECRETS}?watch=true&resourceVersion=7`,
    );
  });

  it('uses wss:// behind https', () => {
    expect(watchSocketURL(SECRETS, { protocol: 'https:', host: 'console.example' })).toMatch(
      /^wss:\/\/console\.example\//,
    );
  });

  it('names the preview user, except admin (the proxy identity)', () => {
    expect(new URL(watchSocketURL(SECRETS, location)).searchParams.has('impersonate')).toBe(false);
    session.setUser('viewer');
    expect(new URL(watchSocketURL(SECRETS, location)).searchParams.get('impersonate')).toBe(
      'viewer',
    );
  });
});

describe('streamWatch against the preview server', () => {
  let preview: Preview;
  beforeEach(async () => {
    preview = await start();
  });
  afterEach(() => preview.close());

  const url = (query: string) => `ws://127.0.0.1:${preview.port}${SECRETS}?${query}`;
  const origin = () => `http://127.0.0.1:${preview.port}`;

  it('hands over events until the handler says stop, then closes the socket', async () => {
    const seen: WatchEvent[] = [];
    await streamWatch(
      url('watch=true'),
      (e) => {
        seen.push(e);
        return false;
      },
      new AbortController().signal,
      socketFor(origin()),
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'ADDED',
      object: { metadata: { name: 'demo-ssh-key' } },
    });
    const socket = sockets.at(-1);
    await new Promise((r) => setTimeout(r, 50));
    expect(socket?.readyState).toBe(WebSocket.CLOSED);
  });

  it('resolves and closes the socket when aborted', async () => {
    const abort = new AbortController();
    const seen: WatchEvent[] = [];
    const done = streamWatch(
      url('watch=true'),
      (e) => {
        seen.push(e);
        return true;
      },
      abort.signal,
      socketFor(origin()),
    );
    const deadline = Date.now() + 5000;
    while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    abort.abort();
    await expect(done).resolves.toBeUndefined();
    expect([WebSocket.CLOSING, WebSocket.CLOSED]).toContain(sockets.at(-1)?.readyState);
  });

  it('resolves when the server ends the watch with an ERROR event', async () => {
    session.setUser('viewer');
    const seen: WatchEvent[] = [];
    await streamWatch(
      watchSocketURL(`${SECRETS}?watch=true`, {
        protocol: 'http:',
        host: `127.0.0.1:${preview.port}`,
      }),
      (e) => {
        seen.push(e);
        return e.type !== 'ERROR';
      },
      new AbortController().signal,
      socketFor(origin()),
    );
    expect(seen).toEqual([
      { type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 403 }) },
    ]);
  });

  it('rejects with a clear message when the socket cannot be opened', async () => {
    await expect(
      streamWatch(
        url('watch=true'),
        () => true,
        new AbortController().signal,
        socketFor('http://elsewhere.example'),
      ),
    ).rejects.toThrow(`The watch WebSocket to ws://127.0.0.1:${preview.port}${SECRETS} could not`);
  });
});

describe('streamWatch and a garbled stream', () => {
  it('drops the watch on a message that is not JSON', async () => {
    const upstream = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"type":"ADDED","object":{}}\nnot json\n{"type":"ADDED","object":{}}\n');
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
    const preview = await start(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
    try {
      const seen: WatchEvent[] = [];
      await streamWatch(
        `ws://127.0.0.1:${preview.port}${SECRETS}?watch=true`,
        (e) => {
          seen.push(e);
          return true;
        },
        new AbortController().signal,
        socketFor(`http://127.0.0.1:${preview.port}`),
      );
      expect(seen).toHaveLength(1);
    } finally {
      await preview.close();
      upstream.closeAllConnections();
      await new Promise((r) => upstream.close(r));
    }
  });
});
