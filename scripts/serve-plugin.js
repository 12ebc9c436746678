#!/usr/bin/env node
// @ts-check
// Serves dist/ on 127.0.0.1:9001 for a console started by ./start-console.sh (the usual plugin dev loop).
const http = require('http');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', 'dist');
const port = Number(process.env.PLUGIN_PORT || 9001);
const host = process.env.PLUGIN_HOST || '127.0.0.1';
/** @type {Record<string, string>} */
const TYPES = {
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

if (!fs.existsSync(path.join(root, 'plugin-manifest.json'))) {
  console.error(
    'dist/plugin-manifest.json is missing: run npm run build-dev (or npm run build) first.',
  );
  process.exit(2);
}

const server = http.createServer((req, res) => {
  // req.url is always set on a server request; '/' (the directory, so a 404) covers the typing gap.
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = path.resolve(root, `.${urlPath}`);
  if (
    !file.startsWith(root + path.sep) ||
    !fs.existsSync(file) ||
    fs.statSync(file).isDirectory()
  ) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  fs.createReadStream(file).pipe(res);
});

server.listen(port, host, () => console.log(`Serving dist/ at http://${host}:${port}/`));
process.on('SIGINT', () => server.close(() => process.exit(0)));
