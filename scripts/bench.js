#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: runs every benchmark section in test/bench/*.bench.js (in name order) and
 * prints each measurement with its target and PASS/FAIL. A section is a module exporting
 * `{ name, run: async () => [{ label, value, unit, target, pass, note? }] }`; later issues add
 * their own (e.g. browser benchmarks) as new files. Exit status 1 when any target is missed.
 */
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'test', 'bench');
const only = process.argv.slice(2);

const main = async () => {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => !only.length || only.some((o) => f.includes(o)))
    .sort();
  let failed = 0;
  for (const file of files) {
    const section = require(path.join(dir, file));
    console.log(`\n## ${section.name} (${file})`);
    let results;
    try {
      results = await section.run();
    } catch (e) {
      failed += 1;
      console.log(`FAIL  ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const r of results) {
      if (r.pass === false) failed += 1;
      const verdict = r.pass === undefined ? 'INFO' : r.pass ? 'PASS' : 'FAIL';
      const target = r.target ? `  (target ${r.target})` : '';
      const note = r.note ? `  - ${r.note}` : '';
      console.log(`${verdict.padEnd(5)} ${r.label}: ${r.value} ${r.unit}${target}${note}`);
    }
  }
  console.log(failed ? `\n${failed} benchmark target(s) missed` : '\nall benchmark targets met');
  process.exitCode = failed ? 1 : 0;
};

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
