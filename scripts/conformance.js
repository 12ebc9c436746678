#!/usr/bin/env node
// @ts-check
// `npm run test:conformance -- DIR`: compares the project with material that is not part of it, the
// upstream KubeVirt/CDI manifests in DIR/reference and the origin design in DIR/seeds. `npm test` never
// reads them; this command fails when DIR is missing or either folder is empty.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const arg = process.argv[2];
if (!arg) {
  console.error(
    'test:conformance: name the folder that holds reference/ and seeds/, e.g. npm run test:conformance -- ../shared',
  );
  process.exit(2);
}
const dir = path.resolve(arg);
const problems = ['reference', 'seeds']
  .map((sub) => path.join(dir, sub))
  .filter(
    (sub) =>
      !fs.existsSync(sub) || !fs.statSync(sub).isDirectory() || fs.readdirSync(sub).length === 0,
  )
  .map((sub) => `${sub} is missing or empty`);
if (problems.length > 0) {
  console.error(`test:conformance: ${problems.join('; ')}`);
  process.exit(1);
}

const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const result = spawnSync(
  process.execPath,
  [jest, '--config', path.join(root, 'jest.conformance.config.js'), ...process.argv.slice(3)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CONFORMANCE_DIR: dir } },
);
process.exit(result.status ?? 1);
