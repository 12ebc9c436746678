import path from 'path';
import { cli, ensureBuiltCli, ROOT, tempFile } from './cli-process';
import { exportBundle, type KubeObject } from '../../../src/appliance';

const SEED = path.join(ROOT, 'test/fixtures/seed-appliance.yaml');

beforeAll(ensureBuiltCli, 180_000);

describe('kubevirt-appliance bundle validate', () => {
  it("accepts the seed's two-document example and prints its findings", () => {
    const r = cli('bundle', 'validate', SEED);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'valid bundle: DataSource static-data-appliance with PersistentVolumeClaim/shared-static-data\n',
    );
    expect(r.stderr).toMatch(/WARNING CompanionOwnerUidMissing .*\[line \d+\]/);
    expect(r.stderr).toMatch(/boilerplate: WARNING RunStrategyInvalid/);
  });

  it('gives JSON with --output json', () => {
    const r = cli('bundle', 'validate', SEED, '--output', 'json', '--namespace', 'team-a');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(true);
    expect(out.findings.map((f: { code: string }) => f.code)).toContain('CompanionOwnerUidMissing');
  });

  it('fails with status 1 and names the document for an invalid bundle', () => {
    const file = tempFile(
      'bad.appliance.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: only-a-configmap\n',
    );
    const r = cli('bundle', 'validate', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ERROR BundleWithoutDataSource/);
    expect(r.stdout).toMatch(/invalid bundle: 1 error/);
  });

  it('reads back what the console downloads', () => {
    const ds: KubeObject = {
      apiVersion: 'cdi.kubevirt.io/v1beta1',
      kind: 'DataSource',
      metadata: { name: 'app', namespace: 'demo', uid: 'u', resourceVersion: '1' },
      spec: { source: { pvc: { name: 'disk', namespace: 'demo' } } },
    };
    const b = exportBundle(ds, []);
    const r = cli('bundle', 'validate', tempFile(b.fileName, b.text));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/NotAnAppliance/);
  });

  it.each([
    [['bundle', 'validate', '/nonexistent/file.yaml'], /cannot read bundle file .*ENOENT/],
    [
      ['bundle', 'validate', SEED, '--namespace', 'Bad NS'],
      /--namespace Bad NS: not a valid namespace/,
    ],
    [['bundle', 'validate', SEED, '--output', 'xml'], /--output xml/],
    [['bundle', 'validate'], /missing required argument/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
