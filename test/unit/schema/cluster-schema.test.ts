/* eslint-disable @typescript-eslint/no-explicit-any */
import Ajv from 'ajv';
import {
  MAX_OPENAPI_CHARS,
  QUANTITY_PATTERN,
  parseOpenApiText,
  virtualMachineSchemaFromOpenApi,
} from '../../../src/schema/openapi';
import {
  activeSchemaSource,
  knownFieldsAt,
  onSchemaChange,
  setVirtualMachineSchema,
  validateVirtualMachine,
} from '../../../src/schema/validate';
import { CLUSTER_VALID_VM, OPENAPI_DOC } from './openapi-fixture';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const codes = (vm: unknown) => validateVirtualMachine(vm).map((f) => [f.code, f.path]);
const withSpec = (edit: (spec: Record<string, any>) => void) => {
  const vm = clone(CLUSTER_VALID_VM) as Record<string, any>;
  edit(vm.spec.template.spec);
  return vm;
};

afterEach(() => setVirtualMachineSchema(null));

describe('virtualMachineSchemaFromOpenApi', () => {
  const schema = virtualMachineSchemaFromOpenApi(OPENAPI_DOC) as Record<string, any>;
  const spec = schema.properties.spec;
  const domain = spec.properties.template.properties.spec.properties.domain;

  it('re-points $refs into definitions, unwrapping the allOf around them, and keeps only what they reach', () => {
    expect(schema.properties.metadata).toEqual({
      $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
    });
    expect(Object.keys(schema.definitions).sort()).toEqual([
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
      'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
      'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
      'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
    ]);
    expect(JSON.stringify(schema)).not.toMatch(/description|x-kubernetes|#\/components|"format"/);
  });

  it('closes objects that list their properties, except open ones and status', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(spec.additionalProperties).toBe(false);
    expect(
      schema.definitions['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'].additionalProperties,
    ).toBe(false);
    expect(spec.properties.template.properties.metadata.additionalProperties).toBeUndefined();
    expect(schema.properties.status.additionalProperties).toBeUndefined();
    // Maps keep their value schema.
    expect(domain.properties.resources.properties.requests.additionalProperties).toEqual({
      type: ['string', 'number'],
      pattern: QUANTITY_PATTERN,
    });
  });

  it('writes int-or-string and quantity fields as the bundled schema does, and nullable as a null type', () => {
    expect(domain.properties.memory.properties.guest).toEqual({
      type: ['string', 'number'],
      pattern: QUANTITY_PATTERN,
    });
    expect(schema.definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString']).toEqual({
      type: ['integer', 'string'],
    });
    expect(spec.properties.running.type).toEqual(['boolean', 'null']);
  });

  it('gives an embedded resource its apiVersion, kind and metadata', () => {
    expect(Object.keys(spec.properties.dataVolumeTemplates.items.properties).sort()).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'spec',
    ]);
  });

  it('finds the VirtualMachine by its group, version and kind when its name differs', () => {
    const doc = clone(OPENAPI_DOC) as any;
    doc.components.schemas['com.example.VM'] =
      doc.components.schemas['io.kubevirt.v1.VirtualMachine'];
    delete doc.components.schemas['io.kubevirt.v1.VirtualMachine'];
    expect(virtualMachineSchemaFromOpenApi(doc).properties).toBeDefined();
  });

  it.each([
    ['not an object', [], /not a JSON object/],
    ['no components', { openapi: '3.0.0' }, /no components.schemas/],
    [
      'no VirtualMachine',
      { components: { schemas: { a: {} } } },
      /no schema io.kubevirt.v1.VirtualMachine/,
    ],
  ])('refuses a document with %s', (_, doc, reason) => {
    expect(() => virtualMachineSchemaFromOpenApi(doc)).toThrow(reason);
  });

  it('refuses a $ref to a missing or a remote schema', () => {
    const missing = clone(OPENAPI_DOC) as any;
    delete missing.components.schemas['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'];
    expect(() => virtualMachineSchemaFromOpenApi(missing)).toThrow(/missing schema .*ObjectMeta/);
    const remote = clone(OPENAPI_DOC) as any;
    remote.components.schemas['io.kubevirt.v1.VirtualMachine'].properties.kind = {
      $ref: 'https://example.com/schema.json',
    };
    expect(() => virtualMachineSchemaFromOpenApi(remote)).toThrow(/is not local/);
  });

  it('refuses $refs nested deeper than the guard, and survives a definition that refers to itself', () => {
    const deep = clone(OPENAPI_DOC) as any;
    const schemas = deep.components.schemas;
    for (let i = 0; i < 100; i++) {
      schemas[`chain.${i}`] = {
        type: 'object',
        properties: { next: { $ref: `#/components/schemas/chain.${i + 1}` } },
      };
    }
    schemas['chain.100'] = { type: 'string' };
    schemas['io.kubevirt.v1.VirtualMachine'].properties.spec.properties.chain = {
      $ref: '#/components/schemas/chain.0',
    };
    expect(() => virtualMachineSchemaFromOpenApi(deep)).toThrow(/nest deeper than 64/);

    const looped = clone(OPENAPI_DOC) as any;
    looped.components.schemas.Node = {
      type: 'object',
      properties: { child: { $ref: '#/components/schemas/Node' } },
    };
    looped.components.schemas['io.kubevirt.v1.VirtualMachine'].properties.spec.properties.tree = {
      $ref: '#/components/schemas/Node',
    };
    setVirtualMachineSchema(virtualMachineSchemaFromOpenApi(looped));
    const vm = clone(CLUSTER_VALID_VM) as any;
    vm.spec.tree = { child: { child: { childd: {} } } };
    expect(codes(vm)).toEqual([['SchemaUnknownField', '/spec/tree/child/child/childd']]);
  });

  it('leaves out a pattern the validator cannot read instead of failing', () => {
    const doc = clone(OPENAPI_DOC) as any;
    doc.components.schemas['io.kubevirt.v1.VirtualMachine'].properties.kind = {
      type: 'string',
      pattern: '\\_(',
    };
    expect((virtualMachineSchemaFromOpenApi(doc) as any).properties.kind).toEqual({
      type: 'string',
    });
  });
});

describe('parseOpenApiText', () => {
  it('parses JSON and refuses text that is not JSON or too large', () => {
    expect(parseOpenApiText('{"a":1}')).toEqual({ a: 1 });
    expect(() => parseOpenApiText('openapi: 3')).toThrow(/not JSON/);
    expect(() => parseOpenApiText(' '.repeat(MAX_OPENAPI_CHARS + 1))).toThrow(/larger than 16 MiB/);
  });
});

describe('validating with the cluster schema', () => {
  beforeEach(() =>
    setVirtualMachineSchema(virtualMachineSchemaFromOpenApi(OPENAPI_DOC), {
      kubevirtVersion: 'v1.6.2',
    }),
  );

  it('accepts what the cluster accepts: free status, open template metadata, int-or-string, quantities', () => {
    expect(validateVirtualMachine(CLUSTER_VALID_VM)).toEqual([]);
    expect(
      validateVirtualMachine(withSpec((s) => (s.readinessProbe.tcpSocket.port = 'ssh'))),
    ).toEqual([]);
  });

  it('reports an unknown field with the nearest name and a rename fix', () => {
    const findings = validateVirtualMachine(
      withSpec((s) => (s.domain.devices.disks[0].bootorder = 1)),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'SchemaUnknownField',
        path: '/spec/template/spec/domain/devices/disks/0/bootorder',
        params: expect.objectContaining({ suggestion: 'bootOrder' }),
        fix: expect.objectContaining({ patch: [expect.objectContaining({ op: 'move' })] }),
      }),
    ]);
  });

  it('knows only the fields the cluster publishes', () => {
    // The bundled schema knows spec.template.spec.networks; this cluster's does not.
    expect(codes(withSpec((s) => (s.networks = [])))).toEqual([
      ['SchemaUnknownField', '/spec/template/spec/networks'],
    ]);
    expect(knownFieldsAt('/spec/template/spec')).toEqual(['domain', 'readinessProbe', 'volumes']);
  });

  it('reports wrong types, missing fields, enum values and quantities with the usual codes', () => {
    const vm = withSpec((s) => {
      s.domain.cpu.cores = 'two';
      s.domain.memory.guest = '2 gigs';
      delete s.volumes[0].name;
      s.readinessProbe.tcpSocket.port = true;
    });
    vm.spec.runStrategy = 'always';
    const findings = validateVirtualMachine(vm);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['SchemaInvalidValue', '/spec/runStrategy'],
      ['SchemaWrongType', '/spec/template/spec/domain/cpu/cores'],
      ['SchemaInvalidValue', '/spec/template/spec/domain/memory/guest'],
      ['SchemaWrongType', '/spec/template/spec/readinessProbe/tcpSocket/port'],
      ['SchemaRequired', '/spec/template/spec/volumes/0'],
    ]);
    expect(findings[0].fix?.patch).toEqual([
      { op: 'replace', path: '/spec/runStrategy', value: 'Always' },
    ]);
    expect(findings[2].message).toMatch(/not a valid quantity/);
    expect(findings[3].params).toEqual(
      expect.objectContaining({ expected: 'integer or string', actual: 'boolean' }),
    );
  });

  it('never throws on values JSON cannot hold', () => {
    expect(() =>
      validateVirtualMachine({ spec: { template: undefined, f: () => 1 } }),
    ).not.toThrow();
    const cyclic: Record<string, unknown> = { spec: {} };
    (cyclic.spec as Record<string, unknown>).self = cyclic;
    expect(validateVirtualMachine(cyclic).length).toBeGreaterThan(0);
  });
});

describe('the schema source', () => {
  it('says bundled (KubeVirt 1.7) until a cluster schema is set, tells listeners, and keeps a reason', () => {
    const seen: string[] = [];
    const off = onSchemaChange(() => seen.push(activeSchemaSource().source));
    expect(activeSchemaSource()).toEqual({ source: 'bundled', kubevirtVersion: '1.7' });
    setVirtualMachineSchema(virtualMachineSchemaFromOpenApi(OPENAPI_DOC), {
      kubevirtVersion: 'v1.6.2',
    });
    expect(activeSchemaSource()).toEqual({ source: 'cluster', kubevirtVersion: 'v1.6.2' });
    setVirtualMachineSchema(null, { reason: 'forbidden' });
    expect(activeSchemaSource()).toEqual({
      source: 'bundled',
      kubevirtVersion: '1.7',
      reason: 'forbidden',
    });
    off();
    setVirtualMachineSchema(null);
    expect(seen).toEqual(['cluster', 'bundled']);
  });

  it('names the KubeVirt version the bundled schema comes from', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require('../../../package.json') as { devDependencies: Record<string, string> };
    const [major, minor] = pkg.devDependencies['@kubevirt-ui-ext/kubevirt-api'].split('.');
    expect(activeSchemaSource().kubevirtVersion).toBe(`${major}.${minor}`);
  });
});

describe('no code generation on the cluster path', () => {
  it('prepares and validates with Function and eval trapped', () => {
    const realFunction = global.Function;
    const realEval = global.eval;
    const trap = function trap(): never {
      throw new Error('code generation at run time');
    };
    global.Function = trap as unknown as FunctionConstructor;
    global.eval = trap;
    try {
      // The trap works: ajv's run-time compile, which the old path used, would have hit it.
      expect(() => new Function('return 1')).toThrow('code generation at run time');
      expect(() => new Ajv().compile({ type: 'string' })).toThrow('code generation at run time');
      const schema = virtualMachineSchemaFromOpenApi(clone(OPENAPI_DOC));
      setVirtualMachineSchema(schema, { kubevirtVersion: 'v1.6.2' });
      expect(validateVirtualMachine(CLUSTER_VALID_VM)).toEqual([]);
      expect(codes(withSpec((s) => (s.domain.cpuu = {})))).toEqual([
        ['SchemaUnknownField', '/spec/template/spec/domain/cpuu'],
      ]);
    } finally {
      global.Function = realFunction;
      global.eval = realEval;
    }
  });
});
