import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts/generate-schema.js');
const GENERATED = path.join(ROOT, 'src/schema/generated');
const FILES = ['virtualmachine.schema.json', 'vm-schema.ts', 'vm-validator.ts'];

const run = (...args: string[]) =>
  execFileSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('scripts/generate-schema.js', () => {
  let fresh: string;

  beforeAll(() => {
    fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'vm-schema-'));
    run('--out', fresh);
  }, 60_000);

  afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

  it('produces the same bytes as the build did (idempotent)', () => {
    for (const file of FILES) {
      expect(fs.readFileSync(path.join(fresh, file), 'utf8')).toBe(
        fs.readFileSync(path.join(GENERATED, file), 'utf8'),
      );
    }
  });

  it('skips the work when its outputs are newer than its inputs', () => {
    expect(run('--out', fresh)).toMatch(/up to date/);
  });

  it('writes a validator that needs neither eval nor require at run time', () => {
    const code = fs.readFileSync(path.join(fresh, 'vm-validator.ts'), 'utf8');
    expect(code).toMatch(/^\/\/ @ts-nocheck/);
    expect(code).toMatch(/export const validate = /);
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
  });

  it('closes object types but keeps maps free and accepts what the API accepts', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(fresh, FILES[0]), 'utf8'));
    const defs = schema.definitions;
    expect(schema.$ref).toBe('#/definitions/V1VirtualMachine');
    expect(defs.V1VirtualMachine.additionalProperties).toBe(false);
    expect(defs.V1VirtualMachine.properties.apiVersion).toEqual({ type: 'string' });
    expect(defs.V1VirtualMachine.properties.kind).toEqual({ type: 'string' });
    const meta = defs.K8sIoApimachineryPkgApisMetaV1ObjectMeta.properties;
    expect(meta.labels).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    expect(meta.creationTimestamp.type).toEqual(['string', 'null']);
    const requests = defs.V1ResourceRequirements.properties.requests;
    expect(requests.additionalProperties.type).toEqual(['string', 'number']);
    expect(defs.V1Memory.properties.guest.type).toEqual(['string', 'number']);
    expect(defs.K8sIoApiCoreV1TCPSocketAction.properties.port.type).toEqual(['string', 'number']);
    expect(JSON.stringify(schema)).not.toMatch(/"description"/);
  });

  it('uses the JSON names KubeVirt serves, never the TypeScript renames', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(fresh, FILES[0]), 'utf8'));
    const multus = schema.definitions.V1MultusNetwork.properties;
    expect(Object.keys(multus).sort()).toEqual(['default', 'networkName']);
    const names = Object.values<{ properties?: object }>(schema.definitions).flatMap((d) =>
      Object.keys(d.properties ?? {}),
    );
    expect(names.filter((n) => n.startsWith('_'))).toEqual([]);
  });

  it('accepts any status (the cluster writes it; the types lose some of its fields)', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(fresh, FILES[0]), 'utf8'));
    expect(schema.definitions.V1VirtualMachine.properties.status).toEqual({ type: 'object' });
    // Definitions only status used are gone with it.
    expect(schema.definitions.V1VirtualMachineStatus).toBeUndefined();
  });

  it('fails with a clear message on bad usage', () => {
    expect(() => run('--out')).toThrow(/--out needs a directory/);
  });
});
