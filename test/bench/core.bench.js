'use strict';
/**
 * Benchmark of the domain core (issue 3), on the BUILT modules in dist-cli/ (what the command
 * line runs): completions per second of the seed appliance including schema validation, and
 * validation time of the largest VirtualMachine the project ships (demo data and test fixtures).
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

const load = () => {
  const main = path.join(ROOT, 'dist-cli', 'appliance', 'index.js');
  if (!fs.existsSync(main))
    throw new Error('dist-cli is missing: run npm run build (or npm run build:cli) first');
  return {
    core: require(main),
    schema: require(path.join(ROOT, 'dist-cli', 'schema', 'validate.js')),
    yaml: require('js-yaml'),
  };
};

/** Runs `fn` repeatedly for about `ms` milliseconds after a warm-up; returns calls per second. */
const rate = (fn, ms) => {
  for (let i = 0; i < 200; i += 1) fn(i);
  let n = 0;
  const t0 = process.hrtime.bigint();
  const end = t0 + BigInt(ms) * 1000000n;
  let now = t0;
  while (now < end) {
    for (let i = 0; i < 50; i += 1) fn(n + i);
    n += 50;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - t0) / 1e9);
};

/** Median time of one call in milliseconds over `runs` calls, after a warm-up. */
const median = (fn, runs) => {
  for (let i = 0; i < 200; i += 1) fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};

const largestOwnVm = (yaml) => {
  const { loadDemoObjects } = require(path.join(ROOT, 'preview', 'demo-data'));
  const candidates = loadDemoObjects().map((vm) => ({ file: 'demo data', vm }));
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'))) {
    for (const vm of yaml.loadAll(fs.readFileSync(path.join(FIXTURES, file), 'utf8')))
      candidates.push({ file, vm });
  }
  let best;
  for (const c of candidates) {
    if (!c.vm || c.vm.kind !== 'VirtualMachine') continue;
    const size = JSON.stringify(c.vm).length;
    if (!best || size > best.size) best = { ...c, size };
  }
  return best;
};

module.exports = {
  name: 'Domain core (issue 3)',
  run: async () => {
    const { core, schema, yaml } = load();
    const seed = core.parseMultiDocument(
      fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seed-appliance.yaml'), 'utf8'),
    );
    const input = (i) => ({
      dataSource: seed.dataSource,
      companions: seed.companions,
      namespace: 'demo',
      name: `vm-${i % 1000}`,
      random: core.createSeededRandom(i),
    });
    const check = core.instantiate(input(0));
    if (!check.findings.some((f) => f.code.startsWith('Schema')))
      throw new Error('the seed completion did not run schema validation');
    const perSecond = rate((i) => core.instantiate(input(i)), 2000);
    // Every call with a new boilerplate text: the parse memo cannot help (catalog of distinct appliances).
    const annotation = seed.dataSource.metadata.annotations['appliance.kubevirt.io/vm-spec'];
    const uncached = rate((i) => {
      const ds = {
        ...seed.dataSource,
        metadata: {
          ...seed.dataSource.metadata,
          annotations: { 'appliance.kubevirt.io/vm-spec': `${annotation}# ${i}\n` },
        },
      };
      core.instantiate({ ...input(i), dataSource: ds });
    }, 1000);
    const largest = largestOwnVm(yaml);
    const results = [
      {
        label: 'seed appliance completions incl. schema validation',
        value: Math.round(perSecond),
        unit: '/s',
        target: '>= 2000/s',
        pass: perSecond >= 2000,
      },
      {
        label: 'same, every boilerplate text new (no parse memo)',
        value: Math.round(uncached),
        unit: '/s',
        note: 'information only',
      },
    ];
    if (largest) {
      const full = median(() => core.validateVirtualMachineManifest(largest.vm), 2000);
      const schemaOnly = median(() => schema.validateVirtualMachine(largest.vm), 2000);
      results.push(
        {
          label: `validation of the largest VM of our own (${largest.file}, all checks)`,
          value: full.toFixed(3),
          unit: 'ms',
          target: '< 2 ms',
          pass: full < 2,
        },
        {
          label: `schema validation only (${largest.file})`,
          value: schemaOnly.toFixed(3),
          unit: 'ms',
          note: 'information only',
        },
      );
    } else {
      results.push({
        label: 'validation of the largest VM of our own',
        value: 'n/a',
        unit: '',
        pass: false,
        note: 'no VirtualMachine in the demo data or test/fixtures',
      });
    }
    return results;
  },
};
