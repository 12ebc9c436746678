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

/**
 * Issue 15: an appliance declaring 20 parameters of every type, used in labels, annotations and
 * its cloud-config (so substitution, the cloud-init shape check and the Secret move all run).
 */
const applianceWithParameters = (core, yaml) => {
  const types = ['string', 'integer', 'boolean', 'hostname', 'ipv4', 'quantity', 'enum'];
  const declarations = Array.from({ length: 20 }, (_, i) => {
    const type = types[i % types.length];
    return {
      name: `P${i}`,
      type,
      ...(type === 'enum' ? { values: ['a', 'b', 'c'] } : {}),
      ...(type === 'integer' ? { min: 0, max: 100 } : {}),
    };
  });
  declarations[19] = { name: 'P19', type: 'password', generate: true };
  const values = {
    string: 'text',
    integer: '42',
    boolean: 'true',
    hostname: 'web-1',
    ipv4: '10.0.0.1',
    quantity: '2Gi',
    enum: 'b',
  };
  const given = Object.fromEntries(declarations.slice(0, 19).map((d) => [d.name, values[d.type]]));
  const userData = [
    '#cloud-config',
    ...declarations.map((d) => `v${d.name.toLowerCase()}: \${${d.name}}`),
  ].join('\n');
  const boilerplate = {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { annotations: { host: '${P3}', count: '${P1}' } },
    spec: {
      runStrategy: 'Halted',
      template: {
        spec: {
          domain: {
            devices: { disks: [{ name: 'cloudinitdisk', disk: { bus: 'virtio' } }] },
            resources: { requests: { memory: '1Gi' } },
          },
          volumes: [{ name: 'cloudinitdisk', cloudInitNoCloud: { userData } }],
          terminationGracePeriodSeconds: '${{P1}}',
        },
      },
    },
  };
  const dataSource = {
    apiVersion: 'cdi.kubevirt.io/v1beta1',
    kind: 'DataSource',
    metadata: {
      name: 'params',
      namespace: 'demo',
      annotations: {
        'appliance.kubevirt.io/vm-spec': yaml.dump(boilerplate),
        'appliance.kubevirt.io/parameters': yaml.dump(declarations),
      },
    },
    spec: { source: { pvc: { name: 'disk', namespace: 'demo' } } },
  };
  const check = core.instantiate({
    dataSource,
    namespace: 'demo',
    name: 'vm',
    random: Math.random,
    choices: { parameters: given },
  });
  const bad = check.findings.filter((f) => f.severity === 'error' || f.subject === 'parameters');
  if (bad.length)
    throw new Error(
      `the 20-parameter appliance has findings: ${bad.map((f) => f.code).join(', ')}`,
    );
  return (i) =>
    core.instantiate({
      dataSource,
      namespace: 'demo',
      name: `vm-${i % 1000}`,
      random: core.createSeededRandom(i),
      choices: { parameters: given },
    });
};

/**
 * Full classification of the catalog benchmark's 10,000 DataSources (a quarter are appliances),
 * each run with boilerplate texts never seen before, so the parse memo cannot help.
 */
const classifyScale = (core) => {
  const { scaleList } = require(path.join(ROOT, 'preview', 'demo-data', 'scale.js'));
  const items = scaleList(10_000).items;
  const key = 'appliance.kubevirt.io/vm-spec';
  const runs = [];
  for (let run = 0; run < 3; run += 1) {
    const fresh = items.map((ds) =>
      ds.metadata.annotations[key] === undefined
        ? ds
        : {
            ...ds,
            metadata: {
              ...ds.metadata,
              annotations: {
                ...ds.metadata.annotations,
                [key]: `${ds.metadata.annotations[key]}# ${run}\n`,
              },
            },
          },
    );
    const t0 = performance.now();
    const kinds = fresh.map((ds) => core.classifyDataSource(ds).kind);
    runs.push(performance.now() - t0);
    if (kinds.filter((k) => k === 'appliance').length !== 2_500)
      throw new Error('the generated DataSources did not classify as 2,500 appliances');
  }
  return runs.sort((a, b) => a - b)[1];
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
    const parameterized = rate(applianceWithParameters(core, yaml), 2000);
    // Issue 17: one batch of 100 VMs of the seed appliance, each completed on its own.
    const { instantiateBatch } = require(path.join(ROOT, 'dist-cli', 'appliance', 'batch.js'));
    const batchMs = [];
    for (let i = 0; i < 15; i += 1) {
      const t0 = performance.now();
      const b = instantiateBatch({ ...input(i), name: undefined }, 100, `b${i}-{n}`);
      batchMs.push(performance.now() - t0);
      if (b.results.length !== 100) throw new Error('the batch did not make 100 VMs');
    }
    batchMs.sort((a, b) => a - b);
    const batchMedian = batchMs[Math.floor(batchMs.length / 2)];
    const classifyMs = classifyScale(core);
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
        label: 'completions of an appliance with 20 parameters (issue 15)',
        value: Math.round(parameterized),
        unit: '/s',
        target: '>= 5000/s',
        pass: parameterized >= 5000,
      },
      {
        label: 'a batch of 100 VMs of the seed appliance (issue 17), median of 15',
        value: batchMedian.toFixed(1),
        unit: 'ms',
        target: '< 50 ms',
        pass: batchMedian < 50,
      },
      {
        label: 'classification of 10,000 generated DataSources, each boilerplate new, median of 3',
        value: classifyMs.toFixed(1),
        unit: 'ms',
        target: '< 1500 ms',
        pass: classifyMs < 1500,
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
