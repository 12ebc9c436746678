/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into printed objects */
import { readFileSync } from 'fs';
import path from 'path';
import { load, loadAll } from 'js-yaml';
import { cli, ensureBuiltCli, ROOT, tempFile } from './cli-process';

const WEB_STACK = path.join(ROOT, 'preview/demo-data/web-stack-appliance.yaml');
const base = ['instantiate', WEB_STACK, '--name', 'shop', '--namespace', 'demo', '--seed', '7'];
const SECRET = 'db-pass-SHOULD-stay-hidden';

beforeAll(ensureBuiltCli);

const userData = (objects: any[]): string => {
  const vm = objects[objects.length - 1];
  const ref = vm.spec.template.spec.volumes.find((v: any) => v.cloudInitNoCloud).cloudInitNoCloud
    .secretRef.name;
  return objects.find((o) => o.kind === 'Secret' && o.metadata.name === ref).stringData.userdata;
};

describe('instantiate --param / --params-file (semantics §9)', () => {
  it('puts typed values in place; --param wins over the file; the secret only in the Secret', () => {
    const file = tempFile(
      'params.yaml',
      `HOSTNAME: from-file\nWORKERS: 8\nTLS: true\nDB_PASSWORD: ${SECRET}\n`,
    );
    const r = cli(
      ...base,
      '--params-file',
      file,
      '--param',
      'HOSTNAME=shop-1',
      '--param',
      'PROFILE=low-latency',
    );
    expect(r.stderr).not.toMatch(/^ERROR/m);
    expect(r.status).toBe(0);
    const objects = loadAll(r.stdout) as any[];
    const vm = objects[objects.length - 1];
    expect(JSON.parse(vm.metadata.annotations['appliance.kubevirt.io/parameters'])).toMatchObject({
      HOSTNAME: 'shop-1',
      WORKERS: 8,
      TLS: true,
      PROFILE: 'low-latency',
    });
    const config: any = load(userData(objects));
    expect(config.hostname).toBe('shop-1');
    expect(config.write_files[0].content).toContain(`DB_PASSWORD=${SECRET}`);
    // stdout holds the secret only inside the Secret; stderr never.
    expect(JSON.stringify(vm)).not.toContain(SECRET);
    expect(r.stderr).not.toContain(SECRET);
    const secrets = objects.filter((o) => o.kind === 'Secret');
    expect(secrets.length).toBeGreaterThan(0);
  });

  it.each([
    [['--param', 'NOPE=1'], 'ERROR ParameterUnknown parameters#/NOPE'],
    [['--param', 'WORKERS=99'], 'ERROR ParameterInvalid parameters#/WORKERS'],
    [['--param', 'CACHE_SIZE=lots'], 'ERROR ParameterInvalid parameters#/CACHE_SIZE'],
  ])('%j exits 1 with %s', (args, line) => {
    const r = cli(...base, ...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(line);
  });

  it('a required value without a default, missing or empty, exits 1', () => {
    // The demo's hostname has a default; without it, the value is required.
    const text = readFileSync(WEB_STACK, 'utf8').replace('        default: web\n', '');
    const file = tempFile('web-stack.yaml', text);
    for (const extra of [[], ['--param', 'HOSTNAME=']]) {
      const r = cli('instantiate', file, '--name', 'shop', '--namespace', 'demo', ...extra);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('ERROR ParameterMissing parameters#/HOSTNAME');
    }
  });

  it('never echoes a refused secret value', () => {
    const r = cli(...base, '--param', 'DB_PASSWORD=short');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ERROR ParameterInvalid parameters#/DB_PASSWORD');
    expect(r.stderr).not.toContain('short');
  });

  it('a generated password is announced by name, never by value', () => {
    const r = cli(...base);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/NOTICE generated DB_PASSWORD for VM shop/);
    const objects = loadAll(r.stdout) as any[];
    const password = /DB_PASSWORD=(\S+)/.exec(userData(objects))![1];
    expect(r.stderr).not.toContain(password);
    expect(JSON.stringify(objects[objects.length - 1])).not.toContain(password);
  });

  it('bad usage is exit 2: a pair without "=", a file that is no mapping', () => {
    expect(cli(...base, '--param', 'HOSTNAME').status).toBe(2);
    const list = tempFile('list.yaml', '- a\n- b\n');
    const r = cli(...base, '--params-file', list);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/parameters file .* mapping/);
  });
});

describe('bundle validate reports parameter findings', () => {
  it('an invalid declaration is an error at parameters#/N/field', () => {
    const text = readFileSync(WEB_STACK, 'utf8').replace(
      '      - name: TLS\n',
      '      - name: tls\n',
    );
    const r = cli('bundle', 'validate', tempFile('web.appliance.yaml', text));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ERROR ParameterDeclarationInvalid parameters#/8/name');
  });
});
