import path from 'path';
import { OPENAPI_DOC } from '../schema/openapi-fixture';
import { cli, ensureBuiltCli, ROOT, tempFile } from './cli-process';

// The demo API's document (plain JavaScript, no types of its own).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { kubevirtOpenApi } = require('../../../preview/api/openapi') as {
  kubevirtOpenApi: () => unknown;
};
const FIX = (f: string) => path.join(ROOT, 'test/fixtures', f);
const VM = FIX('vm-container-disk.yaml');

beforeAll(ensureBuiltCli);

describe('--schema FILE', () => {
  const small = tempFile('kubevirt.io-v1.json', JSON.stringify(OPENAPI_DOC));

  it('validates with the cluster schema it names instead of the bundled one', () => {
    const bundled = cli('validate', VM, '--output', 'json');
    expect(JSON.parse(bundled.stdout).findings ?? JSON.parse(bundled.stdout)).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'SchemaUnknownField' })]),
    );
    // This small cluster document knows no networks, interfaces or cloud-init volumes.
    const r = cli('validate', VM, '--schema', small);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ERROR SchemaUnknownField \/spec\/template\/spec\/networks: /m);
    expect(r.stderr).toMatch(
      /SchemaUnknownField \/spec\/template\/spec\/domain\/devices\/interfaces/,
    );
  });

  it('gives instantiate the same findings as without it when the document matches the bundled schema', () => {
    const demo = tempFile('demo.json', JSON.stringify(kubevirtOpenApi()));
    const args = [
      'instantiate',
      FIX('seed-golden-image.yaml'),
      '--name',
      'vm1',
      '--namespace',
      'demo',
      '--seed',
      '7',
    ];
    const without = cli(...args);
    const withSchema = cli(...args, '--schema', demo);
    expect(withSchema.status).toBe(without.status);
    expect(withSchema.stdout).toBe(without.stdout);
    expect(withSchema.stderr).toBe(without.stderr);
    expect(cli('validate', VM, '--schema', demo).status).toBe(cli('validate', VM).status);
  });

  it('reads the schema from --cluster-state when that file holds the OpenAPI document', () => {
    const args = [
      'instantiate',
      FIX('seed-golden-image.yaml'),
      '--name',
      'vm1',
      '--namespace',
      'demo',
      '--seed',
      '7',
    ];
    const sc = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'x' } };
    const plain = tempFile('state-plain.yaml', JSON.stringify(sc));
    const withDoc = tempFile(
      'state-openapi.yaml',
      `${JSON.stringify(sc)}\n---\n${JSON.stringify(OPENAPI_DOC)}\n`,
    );
    const bundled = cli(...args, '--cluster-state', plain);
    expect(bundled.stderr).not.toMatch(/SchemaUnknownField/);
    // The small hand-written cluster document knows no networks: its verdict shows.
    const cluster = cli(...args, '--cluster-state', withDoc);
    expect(cluster.stderr).toMatch(/^ERROR SchemaUnknownField /m);
    expect(cluster.stderr).toBe(
      cli(
        ...args,
        '--cluster-state',
        plain,
        '--schema',
        tempFile('d.json', JSON.stringify(OPENAPI_DOC)),
      ).stderr,
    );
  });

  it.each([
    [
      'a file that is not there',
      path.join(ROOT, 'no-such-file.json'),
      /--schema .*no-such-file.json.*: cannot read it: ENOENT/,
    ],
    [
      'text that is not JSON',
      tempFile('bad.json', 'openapi: 3.0.0\n'),
      /not a usable schema: the OpenAPI document is not JSON/,
    ],
    [
      'JSON without the VirtualMachine',
      tempFile('other.json', '{"components":{"schemas":{}}}'),
      /has no schema io.kubevirt.v1.VirtualMachine/,
    ],
  ])('refuses %s with exit status 2 and one line saying why', (_, file, message) => {
    for (const command of [
      ['validate', VM],
      ['instantiate', FIX('seed-golden-image.yaml'), '--name', 'vm1', '--namespace', 'demo'],
    ]) {
      const r = cli(...command, '--schema', file);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^kubevirt-appliance: --schema /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('is in the help of both commands', () => {
    expect(cli('validate', '--help').stdout).toContain('--schema <FILE>');
    expect(cli('instantiate', '--help').stdout).toMatch(
      /--schema <FILE> +the cluster's VirtualMachine/,
    );
  });
});
