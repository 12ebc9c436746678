import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

/** Bundles the schema module the way the plugin build does (webpack + ts-loader, ES modules). */
const bundle = (outDir: string): Promise<string> =>
  new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        target: 'web',
        context: ROOT,
        entry: path.join(ROOT, 'src/schema/validate.ts'),
        output: { path: outDir, filename: 'schema.js', library: { name: 'schema', type: 'var' } },
        resolve: { extensions: ['.ts', '.js'] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: 'ts-loader',
              options: { configFile: path.join(ROOT, 'tsconfig.json'), transpileOnly: true },
            },
          ],
        },
        performance: { hints: false },
        devtool: false,
      },
      (err, stats) => {
        if (err || !stats || stats.hasErrors()) {
          reject(err ?? new Error(stats?.toString({ all: false, errors: true })));
        } else {
          resolve(fs.readFileSync(path.join(outDir, 'schema.js'), 'utf8'));
        }
      },
    );
  });

interface SchemaApi {
  validateVirtualMachine: (vm: unknown) => Array<{ code: string; path: string }>;
  setVirtualMachineSchema: (schema: object | null) => void;
}

describe('the schema in a browser bundle under a Content-Security-Policy without unsafe-eval', () => {
  let outDir: string;
  let api: SchemaApi;

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-bundle-'));
    const code = await bundle(outDir);
    // A context that refuses eval and new Function, as the console's CSP does (URL is a browser global).
    const context = vm.createContext({ URL }, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(`${code};this.api = schema;`, context);
    api = (context as { api: SchemaApi }).api;
  }, 180_000);

  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('validates with the build-time validator', () => {
    const findings = api.validateVirtualMachine({
      spec: {
        template: {
          spec: { domain: { devices: {} }, volumes: [{ name: 'a', persistenVolumeClaim: {} }] },
        },
      },
    });
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['SchemaUnknownField', '/spec/template/spec/volumes/0/persistenVolumeClaim'],
    ]);
  });

  it('validates with a run-time schema there too: the cluster validator interprets, never compiles', () => {
    api.setVirtualMachineSchema({
      type: 'object',
      required: ['spec'],
      properties: { spec: { $ref: '#/definitions/Spec' } },
      additionalProperties: false,
      definitions: {
        Spec: {
          type: 'object',
          properties: { runStrategy: { enum: ['Always', 'Halted'] }, template: { type: 'object' } },
          additionalProperties: false,
        },
      },
    });
    expect(
      api
        .validateVirtualMachine({ spec: { runStrategy: 'Manual', replicas: 2 } })
        .map((f) => [f.code, f.path]),
    ).toEqual([
      ['SchemaUnknownField', '/spec/replicas'],
      ['SchemaInvalidValue', '/spec/runStrategy'],
    ]);
    expect(api.validateVirtualMachine({})).toEqual([
      expect.objectContaining({ code: 'SchemaRequired', path: '' }),
    ]);
    api.setVirtualMachineSchema(null);
    expect(api.validateVirtualMachine({ spec: {} }).map((f) => f.code)).toEqual(['SchemaRequired']);
  });
});
