#!/usr/bin/env node
// @ts-check
// `npm start`: build what is stale, then serve the plugin in the preview host on 127.0.0.1.
//   PORT (default 9000; 0 picks a free port), KUBE_API_URL (proxy to a real API, e.g. kubectl proxy),
//   PREVIEW_SCALE=N (add N generated DataSources to the demo API: the catalog at scale, e.g. 50000),
//   PREVIEW_TEST_HOOKS=1 (enable the demo API's /api/test/ endpoints; browser tests only),
//   PREVIEW_SNAPSHOT_DIST=1 (serve a private copy of dist/), PREVIEW_SKIP_BUILD=1 (build only what is missing),
//   PREVIEW_ALLOWED_HOSTS (comma-separated host[:port] names to answer besides the loopback ones).
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawnSync } = require('child_process');
const { startPreviewServer } = require('./server');

const root = path.resolve(__dirname, '..');
const distDir = path.join(root, 'dist');
const hostDir = path.join(root, 'dist-preview');

/** Newest modification time below the given files/directories (0 when none exist). */
function newestMtime(/** @type {string[]} */ entries) {
  let newest = 0;
  const visit = (/** @type {string} */ p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const child of fs.readdirSync(p)) visit(path.join(p, child));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  entries.forEach((e) => visit(path.join(root, e)));
  return newest;
}

/** True when `output` is missing or older than any of `inputs`. */
function isStale(/** @type {string} */ output, /** @type {string[]} */ inputs) {
  if (!fs.existsSync(output)) return true;
  // PREVIEW_SKIP_BUILD=1 serves an existing build even when its sources are newer.
  if (process.env.PREVIEW_SKIP_BUILD === '1') return false;
  return fs.statSync(output).mtimeMs < newestMtime(inputs);
}

function run(/** @type {string} */ what, /** @type {string} */ cmd, /** @type {string[]} */ args) {
  console.log(`Preview: ${what}...`);
  const started = Date.now();
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.node.json' },
  });
  if (result.status !== 0) {
    throw new Error(
      `${what} failed (exit ${result.status ?? result.signal}); see the output above`,
    );
  }
  console.log(`Preview: ${what} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function buildIfStale() {
  // The schema is generated into src/ (gitignored): a bare clone has none, and the plugin and the demo
  // API both need it. The script itself skips the work when its outputs are newer than their inputs.
  run('generating the VirtualMachine schema (npm run build:schema)', process.execPath, [
    path.join(root, 'scripts', 'generate-schema.js'),
  ]);
  const pluginInputs = [
    'src',
    'locales',
    'console-extensions.json',
    'package.json',
    'webpack.config.ts',
  ];
  if (isStale(path.join(distDir, 'plugin-manifest.json'), pluginInputs)) {
    run('building the plugin (npm run build:plugin)', 'npm', ['run', 'build:plugin']);
  }
  const hostInputs = [
    'preview/host',
    'preview/sdk',
    'preview/webpack.host.config.ts',
    'package.json',
  ];
  if (isStale(path.join(hostDir, 'host.js'), hostInputs)) {
    const webpack = path.join(root, 'node_modules', '.bin', 'webpack');
    run('building the preview host', webpack, ['--config', 'preview/webpack.host.config.ts']);
  }
}

/**
 * Copies a complete dist/ to a private directory so a rebuild (`rm -rf dist`) while the preview runs
 * (browser tests on a machine shared with other builds) cannot pull files from under the page.
 * Waits for a manifest whose scripts all exist; returns the copy and how to remove it.
 */
async function snapshotDist() {
  const manifestPath = path.join(distDir, 'plugin-manifest.json');
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
      const target = fs.mkdtempSync(path.join(os.tmpdir(), 'kubevirt-appliance-preview-dist-'));
      fs.cpSync(distDir, target, { recursive: true });
      const copied = JSON.parse(fs.readFileSync(path.join(target, 'plugin-manifest.json'), 'utf8'));
      const complete =
        copied.buildHash === manifest.buildHash &&
        /** @type {string[]} */ (copied.loadScripts).every((f) =>
          fs.existsSync(path.join(target, f)),
        );
      if (complete)
        return { dir: target, remove: () => fs.rmSync(target, { recursive: true, force: true }) };
      fs.rmSync(target, { recursive: true, force: true });
    } catch {
      // dist/ is being rebuilt right now; try again shortly.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('dist/ did not hold a complete plugin build within 2 minutes');
}

function parsePort(/** @type {string | undefined} */ value) {
  if (value === undefined || value === '') return 9000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `PORT must be a whole number from 0 to 65535 (0 = any free port), got "${value}"`,
    );
  }
  return port;
}

async function main() {
  const port = parsePort(process.env.PORT);
  const kubeApiUrl = process.env.KUBE_API_URL || undefined;
  const testHooks = process.env.PREVIEW_TEST_HOOKS === '1';
  buildIfStale();

  const snapshot = process.env.PREVIEW_SNAPSHOT_DIST === '1' ? await snapshotDist() : undefined;
  const preview = await startPreviewServer({
    distDir: snapshot ? snapshot.dir : distDir,
    hostDir,
    port,
    kubeApiUrl,
    testHooks,
    allowedHosts: process.env.PREVIEW_ALLOWED_HOSTS,
  });
  console.log(
    kubeApiUrl
      ? `Preview: Kubernetes API calls go to ${kubeApiUrl}`
      : `Preview: embedded demo API${testHooks ? ' with test hooks' : ''}`,
  );
  // Tests read this exact line to learn the port.
  console.log(`Preview ready at ${preview.url}`);

  let stopping = false;
  const stop = (/** @type {string} */ signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`Preview: ${signal}, stopping`);
    preview.close().then(() => {
      snapshot?.remove();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  if (err && err.code === 'EADDRINUSE') {
    console.error(
      `Preview failed to start: port ${err.port} is in use; choose another with PORT=...`,
    );
    process.exit(1);
  }
  console.error(`Preview failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
