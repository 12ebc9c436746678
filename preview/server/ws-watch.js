// @ts-check
// Watches over WebSocket, as the console serves them. Browsers keep at most 6 HTTP/1.1 connections
// per host, so a page with 6 chunked watch streams would starve every other request; WebSockets
// do not count against that limit. Each socket is bridged to an ordinary chunked watch request.
const http = require('http');
const { WebSocketServer } = require('ws');

/** Browsers cannot set headers on a WebSocket, so the preview user comes as this query parameter. */
const USER_PARAM = 'impersonate';
// Kubernetes user names: service accounts (system:serviceaccount:ns:name), e-mail addresses, ...
const USER_NAME = /^[A-Za-z0-9._@:-]{1,253}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);
// Stop reading the upstream while this much is waiting for a slow browser.
const HIGH_WATER = 1 << 20;

/**
 * Only the preview's own pages may open a watch: WebSockets are exempt from the same-origin
 * policy, so without this any web site could read the cluster through the user's preview.
 * @param {import('http').IncomingMessage} req
 * @param {number} port the preview's port
 * @param {Set<string>} [hosts] the `host:port` values the preview answers (else loopback on `port`)
 */
function isOwnOrigin(req, port, hosts) {
  const { origin, host } = req.headers;
  if (!origin || !host) return false;
  let url;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || url.host !== host) return false;
  if (hosts) return hosts.has(url.host.toLowerCase());
  return LOOPBACK_HOSTS.has(url.hostname) && Number(url.port || 80) === port;
}

/**
 * Answers a refused upgrade with a plain HTTP error and drops the connection.
 * @param {import('stream').Duplex} socket @param {number} code @param {string} message
 */
function refuse(socket, code, message) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${code} ${http.STATUS_CODES[code] || 'Error'}\r\n` +
      'Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * A watch event carrying a Kubernetes Status, as the API sends when a watch cannot go on.
 * @param {number} code @param {string} message @param {string} reason
 */
const errorEvent = (code, message, reason) =>
  JSON.stringify({
    type: 'ERROR',
    object: { kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message },
  });

/**
 * The upstream's error response as a watch ERROR event (its own Status when it sent one).
 * @param {number} code @param {string} body
 */
function errorFromResponse(code, body) {
  try {
    const status = JSON.parse(body);
    if (status && status.kind === 'Status')
      return JSON.stringify({ type: 'ERROR', object: status });
  } catch {
    // Not JSON: described below.
  }
  return errorEvent(code, body.trim() || `the watch request failed with HTTP ${code}`, 'Unknown');
}

/**
 * @typedef {{ path: string, user: string | undefined }} WatchTarget
 * @typedef {{ hostname: string, port: number }} Upstream
 */

/**
 * Checks an upgrade request: the path under `prefix`, watch=true|1, the preview's own Origin and a
 * plain user name. Returns what to watch, or the HTTP status and message to refuse it with.
 * @param {import('http').IncomingMessage} req
 * @param {{ prefix: string, port: number, hosts?: Set<string> }} o
 * @returns {{ ok: true, target: WatchTarget } | { ok: false, code: number, message: string }}
 */
function checkUpgrade(req, { prefix, port, hosts }) {
  const url = new URL(req.url || '/', 'http://127.0.0.1');
  if (!url.pathname.startsWith(`${prefix}/`)) {
    return { ok: false, code: 404, message: `No WebSocket endpoint at ${url.pathname}` };
  }
  if ((req.headers.upgrade || '').toLowerCase() !== 'websocket') {
    return { ok: false, code: 400, message: 'Only WebSocket upgrades are supported' };
  }
  const watch = url.searchParams.get('watch');
  if (watch !== 'true' && watch !== '1') {
    return {
      ok: false,
      code: 400,
      message: 'A WebSocket under /api/kubernetes/ must be a watch: add watch=true to the query',
    };
  }
  if (!isOwnOrigin(req, port, hosts)) {
    return {
      ok: false,
      code: 403,
      message: `WebSocket from origin "${req.headers.origin ?? '(none)'}" refused: only the preview's own pages may watch`,
    };
  }
  const users = url.searchParams.getAll(USER_PARAM);
  if (users.length > 1 || (users.length === 1 && !USER_NAME.test(users[0]))) {
    return {
      ok: false,
      code: 400,
      message: `${USER_PARAM} must be one user name (letters, digits, . _ @ : -)`,
    };
  }
  url.searchParams.delete(USER_PARAM);
  const query = url.searchParams.toString();
  return {
    ok: true,
    target: { path: `${url.pathname}${query ? `?${query}` : ''}`, user: users[0] },
  };
}

/**
 * Streams one chunked watch into the socket, one JSON event per text message. Either side ending
 * ends the other. An error answer or an unreachable upstream becomes an ERROR event and a close.
 * @param {import('ws').WebSocket} ws @param {WatchTarget} target @param {Upstream} upstream
 */
function bridge(ws, target, upstream) {
  /** @type {import('http').OutgoingHttpHeaders} */
  const headers = { Accept: 'application/json' };
  // Only the identity goes upstream: no cookies, no browser headers.
  if (target.user) headers['Impersonate-User'] = target.user;
  const request = http.request(
    { hostname: upstream.hostname, port: upstream.port, path: target.path, headers, agent: false },
    (response) => {
      response.setEncoding('utf8');
      const code = response.statusCode || 502;
      if (code !== 200) {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => {
          if (ws.readyState === ws.OPEN) ws.send(errorFromResponse(code, body));
          ws.close(1000);
        });
        return;
      }
      let buffer = '';
      const drained = () => {
        if (response.isPaused() && ws.bufferedAmount < HIGH_WATER) response.resume();
      };
      response.on('data', (chunk) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          if (line.trim() && ws.readyState === ws.OPEN) ws.send(line, drained);
        }
        if (ws.bufferedAmount > HIGH_WATER) response.pause();
      });
      response.on('close', () => {
        if (buffer.trim() && ws.readyState === ws.OPEN) ws.send(buffer);
        ws.close(1000);
      });
    },
  );
  request.on('error', (err) => {
    if (ws.readyState === ws.OPEN) {
      ws.send(
        errorEvent(502, `The watch could not reach the API: ${err.message}`, 'ServiceUnavailable'),
      );
    }
    ws.close(1011);
  });
  ws.on('close', () => request.destroy());
  // The browser has nothing to say on a watch; whatever it sends is ignored.
  ws.on('message', () => undefined);
  request.end();
}

/**
 * Handles `upgrade` events of the preview server. Watches go to `upstream`, the preview's own
 * listener, which serves them from the demo API or passes them to KUBE_API_URL.
 * @param {{ prefix: string, port: () => number, hosts?: () => Set<string> }} options
 */
function createWatchBridge({ prefix, port, hosts }) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  return {
    /**
     * @param {import('http').IncomingMessage} req
     * @param {import('stream').Duplex} socket
     * @param {Buffer} head
     */
    upgrade(req, socket, head) {
      socket.on('error', () => socket.destroy());
      const checked = checkUpgrade(req, { prefix, port: port(), hosts: hosts?.() });
      if (!checked.ok) {
        refuse(socket, checked.code, checked.message);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) =>
        bridge(ws, checked.target, { hostname: '127.0.0.1', port: port() }),
      );
    },
    close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

module.exports = { createWatchBridge, checkUpgrade, USER_PARAM };
