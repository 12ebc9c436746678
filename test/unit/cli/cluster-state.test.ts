import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { processIo } from '../../../src/cli/io';
import { run } from '../../../src/cli/main';
import { setClusterProfile, clusterProfile } from '../../../src/appliance/feature-gates';

const ROOT = path.resolve(__dirname, '../../..');
const APPLIANCE = path.join(ROOT, 'preview/demo-data/web-stack-appliance.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'kva-state-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const cli = (...args: string[]) => {
  const out = { stdout: '', stderr: '', status: 0 };
  out.status = run(['node', 'kubevirt-appliance', ...args], {
    ...processIo,
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  });
  return out;
};

const STATE = `apiVersion: v1
kind: List
items:
- {apiVersion: kubevirt.io/v1, kind: VirtualMachine, metadata: {name: web1, namespace: team-a}}
- {apiVersion: v1, kind: Secret, metadata: {name: other, namespace: team-a}}
- {apiVersion: cdi.kubevirt.io/v1beta1, kind: DataVolume, metadata: {name: x, namespace: team-a}}
- {apiVersion: k8s.cni.cncf.io/v1, kind: NetworkAttachmentDefinition, metadata: {name: lan, namespace: default}}
- {apiVersion: storage.k8s.io/v1, kind: StorageClass, metadata: {name: fast}}
- apiVersion: v1
  kind: ResourceQuota
  metadata: {name: small, namespace: team-a}
  spec: {hard: {count/virtualmachines.kubevirt.io: "1"}}
  status: {used: {count/virtualmachines.kubevirt.io: "1"}}
- apiVersion: kubevirt.io/v1
  kind: KubeVirt
  metadata: {name: kubevirt, namespace: kubevirt}
  status: {observedKubeVirtVersion: v1.9.0}
`;
const base = ['instantiate', APPLIANCE, '--namespace', 'team-a', '--seed', '1'];

afterEach(() => setClusterProfile(null));

describe('instantiate --cluster-state: the pre-flight checks offline (semantics §10)', () => {
  it('reports every check: names, networks, storage, quota, source; permission is skipped', () => {
    const r = cli(...base, '--name', 'web1', '--cluster-state', file('state.yaml', STATE));
    expect(r.status).toBe(1);
    for (const line of [
      /^INFO PreflightSkipped \/: Permission was not checked/m,
      /^ERROR NameTaken \/metadata\/name: .*web1-2 is free/m,
      /^ERROR NetworkNotFound .*team-a\/web-backend/m,
      /^WARNING NoDefaultStorageClass /m,
      /^WARNING QuotaExceeded .*count\/virtualmachines.kubevirt.io/m,
      /^WARNING SourceNotReady /m,
    ])
      expect(r.stderr).toMatch(line);
    // The KubeVirt object sets the version the version-aware rules follow.
    expect(clusterProfile()).toMatchObject({ kubevirtVersion: 'v1.9.0' });
  });

  it('--network maps a boilerplate network, and the network check passes', () => {
    const r = cli(
      ...base,
      '--name',
      'web2',
      '--cluster-state',
      file('state2.yaml', STATE),
      '--network',
      'backend=default/lan',
    );
    expect(r.stderr).not.toMatch(/NetworkNotFound|NameTaken/);
    expect(r.stdout).toMatch(/networkName: default\/lan/);
    expect(r.status).toBe(0);
  });

  it('skips, and says so, the checks whose objects the file does not hold', () => {
    const r = cli(
      ...base,
      '--name',
      'web3',
      '--cluster-state',
      file(
        'sc.yaml',
        'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: fast}\n',
      ),
    );
    expect(r.stderr).toMatch(/^INFO PreflightSkipped \/: Names were not checked/m);
    expect(r.stderr).toMatch(/^INFO PreflightSkipped \/: Networks were not checked/m);
    expect(r.stderr).toMatch(/^INFO PreflightSkipped \/: The quota was not checked/m);
    expect(r.stderr).not.toMatch(/Storage was not checked/);
  });

  it('refuses a --network for a network the VM lacks, and a bad target', () => {
    const a = cli(...base, '--name', 'w', '--network', 'nope=pod');
    expect([a.status, a.stderr]).toEqual([2, expect.stringMatching(/no such network/)]);
    const b = cli(...base, '--name', 'w', '--network', 'backend=../x');
    expect([b.status, b.stderr]).toEqual([
      2,
      expect.stringMatching(/not a NetworkAttachmentDefinition name/),
    ]);
  });
});

describe('instantiate --count and --name-pattern (semantics §11)', () => {
  it('prints every VM of the batch, Secrets before their VM, reproducible with --seed', () => {
    const r = cli(...base, '--name', 'shop', '--count', '3');
    expect(r.status).toBe(0);
    const kinds = [...r.stdout.matchAll(/^kind: (\w+)/gm)].map((m) => m[1]);
    const names = [...r.stdout.matchAll(/^ {2}name: (\S+)/gm)].map((m) => m[1]);
    expect(names.filter((n) => /^shop-\d$/.test(n))).toEqual(['shop-1', 'shop-2', 'shop-3']);
    // Each VM comes right after its own Secret(s).
    expect(kinds.indexOf('VirtualMachine')).toBeGreaterThan(kinds.indexOf('Secret'));
    expect(cli(...base, '--name', 'shop', '--count', '3').stdout).toBe(r.stdout);
    expect(r.stderr).toMatch(/^NOTICE VM shop-2:$/m);
  });

  it('refuses a bad count as usage, and a bad pattern with a finding', () => {
    const count = cli(...base, '--name', 'shop', '--count', 'many');
    expect([count.status, count.stderr]).toEqual([2, expect.stringMatching(/--count many/)]);
    const pattern = cli(...base, '--name', 'shop', '--count', '2', '--name-pattern', 'Shop');
    expect(pattern.status).toBe(1);
    expect(pattern.stderr).toMatch(/^ERROR BatchPatternWithoutNumber batch#\/namePattern/m);
    expect(pattern.stderr).toMatch(/^ERROR BatchNameInvalid /m);
    expect(pattern.stdout).toBe('');
  });
});
