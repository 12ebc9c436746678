#!/usr/bin/env node
// @ts-check
// First step of `npm test`: the system programs the tests run (Chromium for the browser tests, nginx and
// openssl for the deployment test) are there, or are installed with apt-get, or the run stops at once
// naming the one command that installs them. A missing program never turns into a skipped test.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

/**
 * @typedef {{ name: string, pkg: string, why: string, env?: string, found: string | undefined }} Prerequisite
 */

/** The first executable file named `name` on PATH, if any. */
function onPath(/** @type {string} */ name, /** @type {string | undefined} */ searchPath) {
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const exists = (/** @type {string | undefined} */ p) => (p && fs.existsSync(p) ? p : undefined);

/**
 * What the tests need and where each was found. The lookups are the tests' own: playwright.config.ts
 * (CHROME_PATH, else /usr/bin/chromium) and test/unit/deploy/nginx.test.ts (NGINX_PATH, else
 * /usr/sbin/nginx; openssl on PATH).
 * @param {NodeJS.ProcessEnv} env
 * @returns {Prerequisite[]}
 */
function prerequisites(env) {
  return [
    {
      name: 'Chromium',
      pkg: 'chromium',
      why: 'the browser tests',
      env: 'CHROME_PATH',
      found: exists(env.CHROME_PATH) ?? exists('/usr/bin/chromium'),
    },
    {
      name: 'nginx',
      pkg: 'nginx',
      why: 'the deployment test',
      env: 'NGINX_PATH',
      found: env.NGINX_PATH ? exists(env.NGINX_PATH) : exists('/usr/sbin/nginx'),
    },
    {
      name: 'openssl',
      pkg: 'openssl',
      why: "the deployment test's certificate",
      found: onPath('openssl', env.PATH),
    },
  ];
}

/**
 * What to do about the missing ones: nothing, install them with apt-get, or stop with the command.
 * @param {Prerequisite[]} items
 * @param {{ isRoot: boolean, aptGet: string | undefined }} machine
 * @returns {{ action: 'none' } | { action: 'install', packages: string[] } | { action: 'stop', message: string }}
 */
function plan(items, machine) {
  const missing = items.filter((i) => !i.found);
  if (missing.length === 0) return { action: 'none' };
  const packages = missing.map((i) => i.pkg);
  if (machine.isRoot && machine.aptGet) return { action: 'install', packages };
  const command = `${machine.isRoot ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
  const envHint = missing
    .filter((i) => i.env)
    .map((i) => i.env)
    .join(' or ');
  const reason = machine.aptGet ? 'not running as root' : 'apt-get is not available here';
  return {
    action: 'stop',
    message:
      `npm test needs ${missing.map((i) => `${i.name} (${i.why})`).join(', ')}, and cannot install ` +
      `${missing.length > 1 ? 'them' : 'it'} (${reason}). Run: ${command}` +
      (envHint ? ` (or set ${envHint} to an existing binary)` : ''),
  };
}

function main() {
  const items = prerequisites(process.env);
  const aptGet = onPath('apt-get', process.env.PATH);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const next = plan(items, { isRoot, aptGet });
  if (next.action === 'none') return;
  if (next.action === 'stop') {
    console.error(next.message);
    process.exit(1);
  }
  for (const item of items.filter((i) => !i.found)) {
    console.log(`Installing ${item.pkg} with apt-get (for ${item.why})`);
  }
  const apt = /** @type {string} */ (aptGet);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  /** @type {import('child_process').StdioOptions} */
  const quiet = ['ignore', 'ignore', 'inherit'];
  const update = spawnSync(apt, ['update', '-qq'], { stdio: quiet, env });
  const install =
    update.status === 0
      ? spawnSync(apt, ['install', '-y', '-qq', '--no-install-recommends', ...next.packages], {
          stdio: quiet,
          env,
        })
      : update;
  const still = prerequisites(process.env).filter((i) => !i.found);
  if (install.status !== 0 || still.length > 0) {
    console.error(
      `apt-get could not install ${next.packages.join(' ')}; install ${
        still.length > 1 ? 'them' : 'it'
      } and run npm test again: apt-get install -y ${next.packages.join(' ')}`,
    );
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { prerequisites, plan, onPath };
