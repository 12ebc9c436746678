import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';
import { REFERENCE } from './shared';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/kubevirt-appliance.js');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('kubevirt-appliance on upstream manifests', () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist-cli/cli/main.js')))
      throw new Error('dist-cli/ is missing: npm run build:cli (jest global setup builds it)');
  });

  it.each(['vm-alpine-datavolume.yaml', 'vm-cirros.yaml', 'vm-win2k19.yaml'])(
    'validate %s: exit 0, no error line',
    (file) => {
      const r = cli('validate', path.join(REFERENCE, 'kubevirt-examples', file));
      expect(r.stderr.split('\n').filter((l) => l.startsWith('ERROR'))).toEqual([]);
      expect(r.status).toBe(0);
    },
  );

  it('instantiate of a file without a DataSource exits 2', () => {
    const r = cli(
      'instantiate',
      path.join(REFERENCE, 'kubevirt-examples/vm-cirros.yaml'),
      '--name',
      'a',
      '--namespace',
      'b',
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds no DataSource/);
  });
});
