// @ts-check
'use strict';
/**
 * What the browser benchmarks (catalog, editor, lifecycle) share: the preview started on a free
 * 127.0.0.1 port, their command-line numbers and their statistics. Not a section itself (the
 * runner takes only *.bench.js).
 */
const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const READY = /Preview ready at (http:\/\/127\.0\.0\.1:\d+\/)/;

/**
 * Starts the preview (building what is stale) with `env` added.
 * @param {Record<string, string>} [env]
 * @returns {Promise<{child: import('child_process').ChildProcess, url: string}>}
 */
const startPreview = (env = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'preview', 'start.js')], {
      cwd: root,
      env: { ...process.env, PORT: '0', KUBE_API_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) resolve({ child, url: match[1] });
    });
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the preview exited (${code}):\n${output}`)));
    setTimeout(
      () => reject(new Error(`the preview was not ready in 5 minutes:\n${output}`)),
      300_000,
    ).unref();
  });

/**
 * A positive number given as `name N` on the command line, else `fallback`.
 * @param {string} name
 * @param {number} fallback
 */
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} needs a positive number, got "${process.argv[i + 1]}"`);
  }
  return value;
};

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const round = (/** @type {number} */ x) => Math.round(x * 10) / 10;

module.exports = { root, startPreview, arg, median, round };
