#!/usr/bin/env node
'use strict';
// Runs the built command line; the TypeScript sources are compiled by `npm run build` (build:cli).
const fs = require('fs');
const path = require('path');

const main = path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(
    'kubevirt-appliance: run npm run build first (dist-cli/cli/main.js is missing)\n',
  );
  process.exit(2);
}
process.exitCode = require(main).run(process.argv);
