// @ts-check
// The preview's HTTP server: host page, plugin assets, locales, and the Kubernetes API (demo or proxied).
const http = require('http');
const path = require('path');
const { safeResolve, sendFile, sendLocale } = require('./static');
const { createKubeProxy } = require('./proxy');
const { createWatchBridge } = require('./ws-watch');
const { allowedHosts, refusal, unsupportedBody } = require('./guard');
const { consoleCsp, newNonce } = require('./csp');

const PLUGIN_NAME = 'kubevirt-appliance-plugin';
const PLUGIN_PREFIX = `/api/plugins/${PLUGIN_NAME}/`;
const KUBE_PREFIX = '/api/kubernetes';
const TEST_PREFIX = '/api/test/';
const STATIC_PREFIX = '/static/';

/**
 * @typedef {{ handle(req: import('http').IncomingMessage, res: import('http').ServerResponse): void,
 *   reset(): void, close(): void }} ApiServer
 * @typedef {{
 *   distDir: string,
 *   hostDir: string,
 *   port?: number,
 *   kubeApiUrl?: string,
 *   testHooks?: boolean,
 *   createApi?: (opts: { testHooks: boolean }) => ApiServer,
 *   allowedHosts?: string,
 * }} PreviewOptions
 */

/** @param {unknown} config @param {string} nonce */
function hostPage(config, nonce) {
  // JSON inside <script type="application/json">: escape `<` so no value can close the tag.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KubeVirt Appliances preview</title>
<script id="preview-config" type="application/json">${json}</script>
</head>
<body>
<div id="root"><noscript>The preview needs JavaScript.</noscript></div>
<script nonce="${nonce}" src="${STATIC_PREFIX}host.js"></script>
</body>
</html>
`;
}

/** @param {import('http').ServerResponse} res @param {number} code @param {string} message */
function status(res, code, message) {
  res
    .writeHead(code, { 'Content-Type': 'application/json' })
    .end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, message }));
}

/** Loads helper D's embedded API; a clear message when it is not there yet. */
function defaultCreateApi(/** @type {{ testHooks: boolean }} */ opts) {
  const apiPath = path.resolve(__dirname, '..', 'api', 'server.js');
  let mod;
  try {
    mod = require(apiPath);
  } catch (err) {
    throw new Error(
      `The embedded demo API (${apiPath}) could not be loaded: ${/** @type {Error} */ (err).message}`,
    );
  }
  return mod.createApiServer({ testHooks: opts.testHooks });
}

/**
 * Starts the preview on 127.0.0.1 (never another interface). Resolves once listening.
 * @param {PreviewOptions} options
 * @returns {Promise<{ url: string, port: number, api?: ApiServer, close(): Promise<void> }>}
 */
async function startPreviewServer(options) {
  const { distDir, hostDir, kubeApiUrl, testHooks = false } = options;
  const api = kubeApiUrl ? undefined : (options.createApi || defaultCreateApi)({ testHooks });
  const proxy = kubeApiUrl ? createKubeProxy(kubeApiUrl, KUBE_PREFIX) : undefined;
  const config = {
    pluginName: PLUGIN_NAME,
    pluginManifestURL: `${PLUGIN_PREFIX}plugin-manifest.json`,
    api: kubeApiUrl ? 'proxy' : 'demo',
    testHooks: Boolean(testHooks && !kubeApiUrl),
  };

  // Known once listening (the port may be chosen by the system); no request comes before.
  let hosts = new Set();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    const p = url.pathname;
    try {
      const refused = refusal(req, hosts, p);
      if (refused) {
        status(res, 403, refused);
        return;
      }
      if (p === KUBE_PREFIX || p.startsWith(`${KUBE_PREFIX}/`)) {
        const unsupported = unsupportedBody(req);
        if (unsupported) status(res, 415, unsupported);
        else if (proxy) proxy(req, res);
        else if (api) api.handle(req, res);
        return;
      }
      if (p.startsWith(TEST_PREFIX)) {
        if (api && config.testHooks) api.handle(req, res);
        else status(res, 404, 'Test hooks are off: start the preview with PREVIEW_TEST_HOOKS=1');
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        status(res, 405, `${req.method} is not allowed on ${p}`);
        return;
      }
      if (p.startsWith(PLUGIN_PREFIX)) {
        sendFile(res, safeResolve(distDir, p.slice(PLUGIN_PREFIX.length)), 'no-cache');
        return;
      }
      if (p === '/locales/resource.json') {
        sendLocale(res, distDir, url.searchParams);
        return;
      }
      if (p.startsWith(STATIC_PREFIX)) {
        sendFile(res, safeResolve(hostDir, p.slice(STATIC_PREFIX.length)), 'no-cache');
        return;
      }
      if (p.startsWith('/api/')) {
        status(res, 404, `No such preview endpoint: ${p}`);
        return;
      }
      // Every other path is a client-side route of the host (like the console's SPA fallback).
      const nonce = newNonce();
      res
        .writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-cache',
          'Content-Security-Policy': consoleCsp(nonce),
        })
        .end(hostPage(config, nonce));
    } catch (err) {
      if (!res.headersSent) status(res, 500, /** @type {Error} */ (err).message);
      else res.destroy();
    }
  });
  // Watches stay open for a long time; only idle keep-alive sockets should time out.
  server.requestTimeout = 0;
  // Browser watches come as WebSockets, bridged to a chunked watch on this same listener.
  let port = 0;
  const watches = createWatchBridge({ prefix: KUBE_PREFIX, port: () => port, hosts: () => hosts });
  server.on('upgrade', (req, socket, head) => {
    const refused = refusal(req, hosts, new URL(req.url || '/', 'http://127.0.0.1').pathname);
    if (refused) {
      socket.end(
        `HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${refused}\n`,
      );
      return;
    }
    watches.upgrade(req, socket, head);
  });

  /** @type {Set<import('net').Socket>} */
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9000, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  hosts = allowedHosts(port, options.allowedHosts);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    api,
    close: () =>
      new Promise((resolve) => {
        api?.close();
        watches.close();
        // Open watch streams would keep close() waiting forever.
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

module.exports = { startPreviewServer, PLUGIN_NAME, hostPage };
