// @ts-check
// Static files for the preview: the plugin's dist/, the host bundle, and the console's locale endpoint.
const fs = require('fs');
const path = require('path');

/** @type {Record<string, string>} */
const TYPES = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Resolves a URL path below root, refusing anything that escapes it (`..`, encoded or not).
 * @param {string} root
 * @param {string} urlPath path relative to root, already stripped of its mount prefix
 * @returns {string | undefined}
 */
function safeResolve(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return file;
}

/**
 * Sends a file, or a 404 when it is missing or a directory.
 * @param {import('http').ServerResponse} res
 * @param {string | undefined} file
 * @param {string} cacheControl
 */
function sendFile(res, file, cacheControl) {
  if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
  });
  fs.createReadStream(file).pipe(res);
}

/**
 * The console answers `/locales/resource.json?lng=en&ns=plugin__<name>` from the plugin's
 * `locales/<lng>/<ns>.json`; an unknown language or namespace is an empty bundle, as there.
 * @param {import('http').ServerResponse} res
 * @param {string} distDir
 * @param {URLSearchParams} query
 */
function sendLocale(res, distDir, query) {
  const lng = query.get('lng') || 'en';
  const ns = query.get('ns') || '';
  const json = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' };
  if (!/^[A-Za-z-]+$/.test(lng) || !/^[A-Za-z0-9_.-]+$/.test(ns)) {
    res.writeHead(400, json).end(JSON.stringify({ error: 'lng and ns must be simple names' }));
    return;
  }
  const file = path.join(distDir, 'locales', lng, `${ns}.json`);
  if (!fs.existsSync(file)) {
    res.writeHead(200, json).end('{}');
    return;
  }
  res.writeHead(200, json);
  fs.createReadStream(file).pipe(res);
}

module.exports = { safeResolve, sendFile, sendLocale };
