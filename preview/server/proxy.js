// @ts-check
// Forwards /api/kubernetes/... to a real API (usually `kubectl proxy`), as the console's backend does.
const http = require('http');
const https = require('https');

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  // The preview never forwards browser credentials to a cluster.
  'cookie',
  'authorization',
]);

/**
 * @param {string} kubeApiUrl e.g. http://127.0.0.1:8001
 * @param {string} prefix the mount point stripped from each request path, e.g. /api/kubernetes
 */
function createKubeProxy(kubeApiUrl, prefix) {
  let target;
  try {
    target = new URL(kubeApiUrl);
  } catch {
    throw new Error(
      `KUBE_API_URL "${kubeApiUrl}" is not a URL: use e.g. http://127.0.0.1:8001 (kubectl proxy)`,
    );
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new Error(`KUBE_API_URL must be http:// or https://, got ${target.protocol}`);
  }
  const client = target.protocol === 'https:' ? https : http;
  const basePath = target.pathname.replace(/\/$/, '');

  /**
   * @param {import('http').IncomingMessage} req
   * @param {import('http').ServerResponse} res
   */
  return function proxy(req, res) {
    const rest = (req.url || '/').slice(prefix.length) || '/';
    /** @type {import('http').OutgoingHttpHeaders} */
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!HOP_BY_HOP.has(name.toLowerCase()) && value !== undefined) headers[name] = value;
    }
    const upstream = client.request(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: `${basePath}${rest}`,
        headers,
      },
      (up) => {
        /** @type {import('http').OutgoingHttpHeaders} */
        const out = {};
        for (const [name, value] of Object.entries(up.headers)) {
          if (!HOP_BY_HOP.has(name.toLowerCase()) && value !== undefined) out[name] = value;
        }
        res.writeHead(up.statusCode || 502, out);
        // Watches are long-lived streams: pass chunks through as they arrive.
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(502, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'ServiceUnavailable',
          code: 502,
          message: `Cannot reach KUBE_API_URL ${kubeApiUrl}: ${err.message}. Is kubectl proxy running?`,
        }),
      );
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  };
}

module.exports = { createKubeProxy };
