// @ts-check
// What the preview accepts from a browser. It listens on 127.0.0.1 only, but any web page the user
// visits can still send it requests: a form or a "simple" fetch from another origin (CSRF), or a
// page of an attacker's host name that resolves to 127.0.0.1 (DNS rebinding). In KUBE_API_URL mode
// the requests would reach the real cluster with the user's credentials, so these checks come
// before anything is served or forwarded.
'use strict';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Request bodies the Kubernetes API server decodes; anything else is 415. */
const BODY_TYPES = new Set([
  'application/json',
  'application/yaml',
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
]);

/**
 * The `host:port` values a request may name: the loopback names on the preview's port, plus what
 * `PREVIEW_ALLOWED_HOSTS` adds (comma-separated `host` or `host:port`; a bare host gets the port).
 * @param {number} port @param {string | undefined} extra
 * @returns {Set<string>}
 */
function allowedHosts(port, extra) {
  const hosts = new Set(LOOPBACK_NAMES.map((h) => `${h}:${port}`));
  for (const raw of (extra ?? '').split(',')) {
    const h = raw.trim().toLowerCase();
    if (!h) continue;
    hosts.add(/:\d+$/.test(h) ? h : `${h}:${port}`);
  }
  return hosts;
}

/** Printable, bounded: header values reach the one-line reason. @param {string} s */
const shown = (s) => JSON.stringify(s.length > 100 ? `${s.slice(0, 100)}...` : s);

/**
 * Why a request must be refused (403), or undefined. Every request must name one of `hosts`; a
 * request that can change something, or any request to `/api/`, must not come from another origin.
 * A request without an Origin (curl, kubectl, the preview's own watch bridge) is no browser page.
 * @param {import('http').IncomingMessage} req @param {Set<string>} hosts @param {string} path
 * @returns {string | undefined}
 */
function refusal(req, hosts, path) {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) {
    return `Host ${shown(host)} is not this preview's (it answers ${[...hosts].join(', ')}; PREVIEW_ALLOWED_HOSTS adds more)`;
  }
  const method = (req.method ?? 'GET').toUpperCase();
  if (SAFE_METHODS.has(method) && !path.startsWith('/api/')) return undefined;
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return `${method} ${path} from another site refused: only the preview's own pages may use it`;
  }
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  let from;
  try {
    from = new URL(origin);
  } catch {
    from = undefined;
  }
  if (!from || from.protocol !== 'http:' || !hosts.has(from.host.toLowerCase())) {
    return `${method} ${path} from origin ${shown(origin)} refused: only the preview's own pages may use it`;
  }
  return undefined;
}

/**
 * Why a write's body must be refused (415), or undefined: a body must be of a type the API server
 * decodes. A `text/plain` body is what a cross-origin form or simple fetch can send without asking.
 * @param {import('http').IncomingMessage} req @returns {string | undefined}
 */
function unsupportedBody(req) {
  const method = (req.method ?? 'GET').toUpperCase();
  if (SAFE_METHODS.has(method)) return undefined;
  const length = req.headers['content-length'];
  const hasBody =
    req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (!hasBody) return undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (BODY_TYPES.has(type)) return undefined;
  return `Content-Type ${shown(type || '(none)')} is not supported: send ${[...BODY_TYPES].join(', ')}`;
}

module.exports = { allowedHosts, refusal, unsupportedBody, BODY_TYPES };
