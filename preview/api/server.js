// @ts-check
'use strict';

const http = require('node:http');
const { Store } = require('./store');
const { Faults } = require('./faults');
const { handleKubeSafely, PREFIX } = require('./routes');
const { readBody, decodeObject, sendJson, sendError } = require('./http');
const { ApiError, toApiError } = require('./status');
const { createGarbageCollector } = require('./gc');
const { createControllers } = require('./controllers');
const { seedStore } = require('../demo-data');
const { schemaStatus } = require('./validation');

/**
 * The embedded demo Kubernetes API of the preview. `handle` serves every URL under
 * `/api/kubernetes/` (and, with `testHooks`, `/api/test/`), so the preview host can mount it
 * next to its own routes; `startApiServer` runs it alone on 127.0.0.1.
 *
 * @typedef {{
 *   testHooks?: boolean, seed?: boolean, controllerDelayMs?: number, gcDelayMs?: number,
 *   log?: (line: string) => void
 * }} ApiOptions
 */

/** @param {ApiOptions} [options] */
function createApiServer(options = {}) {
  const testHooks = Boolean(options.testHooks);
  const seed = options.seed !== false;
  const store = new Store();
  const faults = new Faults();
  /** @type {Set<() => void>} */
  const watches = new Set();
  const api = { store, watches };
  const gc = createGarbageCollector(store, { delayMs: options.gcDelayMs });
  const controllers = createControllers(store, { delayMs: options.controllerDelayMs ?? 500 });
  let closed = false;

  const load = () => {
    if (seed) seedStore(store);
  };
  load();
  // Throws when the generated schema is missing: validation is never weakened silently.
  const schema = schemaStatus();
  if (options.log) options.log(schema);

  const endWatches = () => {
    for (const end of [...watches]) end();
  };

  const reset = () => {
    endWatches();
    controllers.cancelPending();
    faults.clear();
    store.clear();
    load();
  };

  /**
   * @param {import('http').IncomingMessage} req
   * @param {import('http').ServerResponse} res
   */
  const handleTest = async (req, res) => {
    const p = new URL(req.url || '/', 'http://127.0.0.1').pathname.replace(/\/+$/, '');
    const method = (req.method || 'GET').toUpperCase();
    if (p === '/api/test/reset' && method === 'POST') {
      await readBody(req);
      reset();
      return sendJson(res, 200, { reset: true, resourceVersion: String(store.rv) });
    }
    if (p === '/api/test/faults' && method === 'POST') {
      const f = faults.add(decodeObject(await readBody(req), req.headers['content-type']));
      return sendJson(res, 201, {
        method: f.method,
        pathPattern: f.pattern,
        status: f.status,
        count: f.remaining,
        delayMs: f.delayMs,
      });
    }
    if (p === '/api/test/faults' && method === 'DELETE') {
      faults.clear();
      return sendJson(res, 200, { cleared: true });
    }
    if (p === '/api/test/faults' && method === 'GET') {
      return sendJson(res, 200, {
        faults: faults.list.map((f) => ({
          method: f.method,
          pathPattern: f.pattern,
          status: f.status,
          remaining: f.remaining,
          delayMs: f.delayMs,
        })),
      });
    }
    throw new ApiError(
      404,
      `no test hook at ${method} ${p}: use POST /api/test/reset, POST or DELETE /api/test/faults`,
      'NotFound',
    );
  };

  /**
   * @param {import('http').IncomingMessage} req
   * @param {import('http').ServerResponse} res
   */
  const handle = (req, res) => {
    const url = req.url || '/';
    if (closed)
      return sendError(res, new ApiError(503, 'the demo API is shut down', 'ServiceUnavailable'));
    if (testHooks && url.startsWith('/api/test/')) {
      handleTest(req, res).catch((e) => sendError(res, toApiError(e)));
      return;
    }
    if (!(url === PREFIX || url.startsWith(`${PREFIX}/`) || url.startsWith(`${PREFIX}?`))) {
      return sendError(
        res,
        new ApiError(404, `not a Kubernetes API path: ${url.split('?')[0]}`, 'NotFound'),
      );
    }
    const fault = faults.take(req.method || 'GET', url);
    if (!fault) {
      handleKubeSafely(api, req, res);
      return;
    }
    const go = () => {
      if (fault.error) {
        req.resume();
        sendError(res, fault.error);
      } else handleKubeSafely(api, req, res);
    };
    if (fault.delayMs > 0) setTimeout(go, fault.delayMs);
    else go();
  };

  const close = () => {
    closed = true;
    endWatches();
    controllers.stop();
    gc.stop();
  };

  return { handle, store, reset, close, faults };
}

/**
 * Runs the demo API alone on 127.0.0.1 (port 0: a free port).
 * @param {ApiOptions & {port?: number}} [options]
 */
function startApiServer(options = {}) {
  const { port = 0, ...rest } = options;
  const api = createApiServer(rest);
  const server = http.createServer((req, res) => api.handle(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = /** @type {import('net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${addr.port}`,
        port: addr.port,
        api,
        close: () =>
          new Promise((done) => {
            api.close();
            server.closeAllConnections();
            server.close(() => done(undefined));
          }),
      });
    });
  });
}

module.exports = { createApiServer, startApiServer };

if (require.main === module) {
  const port = Number(process.env.PORT || 8090);
  startApiServer({
    port,
    testHooks: process.argv.includes('--test-hooks'),
    log: (l) => console.log(l),
  }).then((s) => {
    console.log(`demo Kubernetes API at ${s.url}/api/kubernetes`);
    const stop = () => s.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
