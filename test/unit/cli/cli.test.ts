import { spawnSync } from 'child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { loadAll } from 'js-yaml';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/kubevirt-appliance.js');
const MAIN = path.join(ROOT, 'dist-cli/cli/main.js');
const FIX = (f: string) => path.join(ROOT, 'test/fixtures', f);
const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host\n';

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

/** The tests run the BUILT command; jest's global setup (test/unit/global-setup.js) builds it. */
beforeAll(() => {
  const sources = Math.max(
    ...['src/cli', 'src/appliance', 'src/schema', 'src/findings', 'src/lifecycle'].map((d) =>
      newest(path.join(ROOT, d)),
    ),
  );
  if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < sources) {
    throw new Error(
      'dist-cli/ is missing or stale: run npm run build:cli (jest global setup does)',
    );
  }
});

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    lines: r.stderr.split('\n').filter(Boolean),
  };
};
const LINE =
  /^(ERROR|WARNING|INFO) [A-Za-z]+ ((boilerplate|datasource|document\[\d+\])#)?\/\S*: .+$/;

describe('kubevirt-appliance instantiate', () => {
  it('completes the seed appliance: objects on stdout, findings on stderr, exit 1 for its error', () => {
    const r = cli(
      'instantiate',
      FIX('seed-appliance.yaml'),
      '--name',
      'vm1',
      '--namespace',
      'demo',
      '--seed',
      '3',
    );
    expect(r.status).toBe(1);
    const docs = loadAll(r.stdout) as Array<{ kind: string; spec?: unknown }>;
    expect(docs.map((d) => d.kind)).toEqual(['Secret', 'VirtualMachine']);
    const findings = r.lines.filter((l) => !l.startsWith('NOTICE'));
    for (const l of findings) expect(l).toMatch(LINE);
    expect(
      findings.some((l) => /^ERROR \w+ \S*persistenVolumeClaim: .*persistentVolumeClaim/.test(l)),
    ).toBe(true);
    expect(findings.some((l) => l.startsWith('WARNING RunStrategyInvalid /spec/runStrategy'))).toBe(
      true,
    );
    const notice = r.lines.filter((l) => l.startsWith('NOTICE'));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatch(/password was generated for VM vm1; it is only in Secret vm1-\S+/);
    const userdata = (docs[0] as { stringData?: { userdata?: string } }).stringData?.userdata ?? '';
    const password = /password: (\S+)/.exec(userdata)?.[1] ?? '';
    expect(password).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    // Never in a log line, never in the VM.
    expect(r.stderr).not.toContain(password);
    expect(JSON.stringify(docs[1])).not.toContain(password);
  });

  it('is deterministic with --seed', () => {
    const a = cli(
      'instantiate',
      FIX('seed-appliance.yaml'),
      '--name',
      'vm1',
      '--namespace',
      'demo',
      '--seed',
      '9',
    );
    const b = cli(
      'instantiate',
      FIX('seed-appliance.yaml'),
      '--name',
      'vm1',
      '--namespace',
      'demo',
      '--seed',
      '9',
    );
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
  });

  it('completes the corrected appliance with exit 0, checked against known instancetypes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kva-'));
    const its = path.join(dir, 'its.yaml');
    writeFileSync(
      its,
      ['u1.medium', 'u1.large']
        .map(
          (n) =>
            `kind: VirtualMachineClusterInstancetype\nmetadata: {name: ${n}}\nspec: {cpu: {guest: 1}, memory: {guest: 4Gi}}\n`,
        )
        .join('---\n'),
    );
    const key = path.join(dir, 'id.pub');
    writeFileSync(key, KEY);
    const r = cli(
      'instantiate',
      FIX('seed-appliance-corrected.yaml'),
      '--name',
      'vm2',
      '--namespace',
      'demo',
      '--instancetypes',
      its,
      '--ssh-key',
      key,
      '--halted',
      '--output',
      'json',
    );
    expect(r.status).toBe(0);
    const objects = JSON.parse(r.stdout) as Array<{
      kind: string;
      metadata: { name: string };
      spec?: { runStrategy?: string };
    }>;
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Secret/vm2-ssh-key',
      'VirtualMachine/vm2',
    ]);
    expect(objects[1].spec?.runStrategy).toBe('Halted');
    const bad = cli(
      'instantiate',
      FIX('seed-appliance-corrected.yaml'),
      '--name',
      'vm2',
      '--namespace',
      'demo',
      '--instancetypes',
      its,
      '--instancetype',
      'u1.mediun',
    );
    expect(bad.status).toBe(1);
    expect(
      bad.lines.some(
        (l) =>
          l.startsWith('ERROR InstancetypeNotFound /spec/instancetype/name') &&
          l.includes('u1.medium'),
      ),
    ).toBe(true);
  });

  it('generates from the seed golden image', () => {
    const r = cli(
      'instantiate',
      FIX('seed-golden-image.yaml'),
      '--name',
      'f1',
      '--namespace',
      'demo',
      '--instancetype',
      'VirtualMachineClusterInstancetype/u1.small',
    );
    expect(r.status).toBe(0);
    const vm = (loadAll(r.stdout) as Array<{ kind: string; spec: { instancetype: unknown } }>).find(
      (d) => d.kind === 'VirtualMachine',
    );
    expect(vm?.spec.instancetype).toEqual({
      kind: 'VirtualMachineClusterInstancetype',
      name: 'u1.small',
    });
  });

  it.each([
    [
      ['instantiate', 'missing.yaml', '--name', 'a', '--namespace', 'b'],
      /cannot read DataSource file missing.yaml/,
    ],
    [['instantiate', 'x.yaml', '--namespace', 'b'], /--name/],
    [
      ['instantiate', 'x.yaml', '--name', 'a', '--namespace', 'b', '--output', 'xml'],
      /--output xml/,
    ],
    [['instantiate', 'x.yaml', '--name', 'a', '--namespace', 'b', '--seed', 'abc'], /--seed abc/],
    [
      ['instantiate', 'x.yaml', '--name', 'a', '--namespace', 'b', '--instancetype', 'Pod/x'],
      /--instancetype Pod\/x/,
    ],
    [['frobnicate'], /unknown command/],
  ])('exits 2 with one line for bad usage: %j', (args, message) => {
    const files: Record<string, string> = { 'x.yaml': FIX('seed-appliance.yaml') };
    const r = cli(...args.map((a) => files[a] ?? a));
    expect(r.status).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the file holds no DataSource', () => {
    const r = cli('instantiate', FIX('vm-container-disk.yaml'), '--name', 'a', '--namespace', 'b');
    expect(r.status).toBe(2);
    expect(r.lines[0]).toMatch(/holds no DataSource/);
  });
});

describe('kubevirt-appliance validate', () => {
  it('accepts a valid VM with exit 0', () => {
    const r = cli('validate', FIX('vm-container-disk.yaml'));
    expect(r.status).toBe(0);
    expect(r.lines.filter((l) => l.startsWith('ERROR'))).toEqual([]);
  });

  it('reports errors with exit 1, and as JSON with positions', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kva-'));
    const file = path.join(dir, 'vm.yaml');
    writeFileSync(
      file,
      'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: v\nspec:\n  runStrategy: Running\n  template:\n    spec:\n      domain:\n        devices: {}\n',
    );
    const text = cli('validate', file);
    expect(text.status).toBe(1);
    expect(text.lines).toContain(
      'ERROR RunStrategyInvalid /spec/runStrategy: runStrategy Running is not valid (allowed: Always, Halted, Manual, RerunOnFailure, Once).',
    );
    const json = cli('validate', file, '--output', 'json');
    expect(json.status).toBe(1);
    const findings = JSON.parse(json.stdout) as Array<{ code: string; line: number }>;
    expect(findings.find((f) => f.code === 'RunStrategyInvalid')?.line).toBe(6);
  });
});

describe('bin/kubevirt-appliance.js without a build', () => {
  it('says to build first and exits 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kva-'));
    mkdirSync(path.join(dir, 'bin'));
    copyFileSync(BIN, path.join(dir, 'bin/kubevirt-appliance.js'));
    const r = spawnSync(
      process.execPath,
      [path.join(dir, 'bin/kubevirt-appliance.js'), 'validate', 'x'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/run npm run build first/);
  });
});
