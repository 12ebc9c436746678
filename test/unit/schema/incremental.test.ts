import fc from 'fast-check';
import { dereference, validate, type Schema } from '@cfworker/json-schema';
import { createIncrementalValidator } from '../../../src/schema/incremental';
import { ajvErrorsFromUnits, compileSchema } from '../../../src/schema/cluster';
import type { JsonSchema } from '../../../src/schema/navigator';
import { bundledSchema } from '../../../src/schema/bundled';
import { virtualMachineSchemaFromOpenApi } from '../../../src/schema/openapi';
import { CLUSTER_VALID_VM, OPENAPI_DOC } from './openapi-fixture';
import { parse, SEED_BOILERPLATE, MINIMAL_VM } from './fixtures';

/**
 * The cluster-schema validator checks only what changed since a recent document (incremental.ts).
 * Whatever the edits, its errors must be the ones a fresh validator finds in the whole document.
 */

type Json = unknown;
type Path = Array<string | number>;

const pathsOf = (doc: Json, at: Path = [], out: Path[] = []): Path[] => {
  out.push(at);
  if (Array.isArray(doc)) doc.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (doc && typeof doc === 'object')
    Object.entries(doc).forEach(([k, v]) => pathsOf(v, [...at, k], out));
  return out;
};

const VALUES: Json[] = ['text', '', 12, -1, 2.5, true, null, {}, [], { unknownField: 1 }, ['x']];

type Edit =
  | { op: 'set'; at: number; value: number }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: number }
  | { op: 'push'; at: number; value: number };

/** Applies an edit to a copy of `doc`; `at` picks one of its paths, `value` one of VALUES. */
const apply = (doc: Json, edit: Edit): Json => {
  const copy = structuredClone(doc);
  const paths = pathsOf(copy);
  const path = paths[edit.at % paths.length];
  const parentPath = path.slice(0, -1);
  type Node = Record<string | number, unknown> & unknown[];
  let node = copy as Node;
  for (const s of edit.op === 'delete' || edit.op === 'set' ? parentPath : path)
    node = node?.[s] as Node;
  const last = path[path.length - 1];
  switch (edit.op) {
    case 'set':
      if (path.length === 0) return VALUES[edit.value % VALUES.length];
      node[last] = structuredClone(VALUES[edit.value % VALUES.length]);
      break;
    case 'delete':
      if (path.length === 0) return copy;
      if (Array.isArray(node)) node.splice(last as number, 1);
      else delete node[last];
      break;
    case 'addKey':
      if (node && typeof node === 'object' && !Array.isArray(node))
        (node as Record<string, unknown>)[edit.key] = structuredClone(
          VALUES[edit.value % VALUES.length],
        );
      break;
    case 'push':
      if (Array.isArray(node))
        node.push(structuredClone(node[0] ?? VALUES[edit.value % VALUES.length]));
      break;
  }
  return copy;
};

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.constantFrom('name', 'bus', 'extra', 'disk', 'a/b', 'ü~1'),
    value: fc.nat(),
  }),
  fc.record({ op: fc.constant('push' as const), at: fc.nat(), value: fc.nat() }),
);

interface VmShape {
  spec: {
    template: {
      spec: { domain: { devices: { disks: Array<Record<string, unknown>> } }; volumes: unknown[] };
    };
  };
}

const manyDisks = (n: number): VmShape => {
  const vm = parse(MINIMAL_VM) as unknown as VmShape;
  const template = vm.spec.template.spec;
  template.domain.devices.disks = Array.from({ length: n }, (_x, i) => ({
    name: `d${i}`,
    disk: { bus: 'virtio' },
  }));
  template.volumes = Array.from({ length: n }, (_x, i) => ({
    name: `d${i}`,
    dataVolume: { name: `dv-${i}` },
  }));
  return vm;
};

/** The errors as a sorted list, so two runs compare whatever their order. */
const errorsOf = (validate: ReturnType<typeof compileSchema>, doc: Json) => {
  const valid = validate(doc);
  const errors = (validate.errors ?? []).map((e) => JSON.stringify(e)).sort();
  return { valid, errors };
};

/** Keywords at a node that judge its whole value: a change below them must be judged there. */
const WHOLE_VALUE_SCHEMA = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      properties: {
        a: { type: 'object', properties: { x: { type: 'string' } } },
        b: { type: 'string' },
      },
      oneOf: [{ required: ['a'] }, { required: ['b'] }],
    },
    list: {
      type: 'array',
      items: { type: 'object', properties: { n: { type: 'integer' } } },
      uniqueItems: true,
    },
    tag: { type: 'object', properties: { k: { type: 'string' } }, enum: [{ k: 'v' }, { k: 'w' }] },
    has: { type: 'array', items: { type: 'object' }, contains: { required: ['z'] } },
  },
};
const WHOLE_VALUE_DOC = {
  spec: { a: { x: 's' } },
  list: [{ n: 1 }, { n: 2 }, { n: 3 }],
  tag: { k: 'v' },
  has: [{ z: 1 }, { y: 2 }],
};

describe.each([
  ['a schema with oneOf, uniqueItems, enum and contains', () => WHOLE_VALUE_SCHEMA],
  ['the bundled KubeVirt schema', () => bundledSchema.schema as object],
  [
    'an OpenAPI document with anyOf, allOf and $ref',
    () => virtualMachineSchemaFromOpenApi(OPENAPI_DOC),
  ],
])('incremental checks against %s', (_name, schemaOf) => {
  const schema = schemaOf();
  const docs: Array<[string, Json]> = [
    ['a document for whole-value keywords', WHOLE_VALUE_DOC],
    ['the seed boilerplate', parse(SEED_BOILERPLATE)],
    ['a minimal VM', parse(MINIMAL_VM)],
    ['a cluster-valid VM', CLUSTER_VALID_VM],
    ['a VM with 30 disks', manyDisks(30)],
  ];

  it.each(docs)('find what a whole check finds after edits of %s', (_doc, start) => {
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (steps) => {
          const incremental = compileSchema(schema);
          incremental(start);
          let doc = start;
          for (const edits of steps) {
            doc = edits.reduce(apply, doc);
            const fresh = compileSchema(schema);
            expect(errorsOf(incremental, doc)).toEqual(errorsOf(fresh, doc));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('re-checks only the changed part of a large document', () => {
    const root = structuredClone(schema) as Schema;
    const lookup = dereference(root);
    const whole = jest.fn((data: unknown) => validate(data, root, '2019-09', lookup, false));
    const check = createIncrementalValidator(root, lookup, whole);
    const big = manyDisks(200);
    check(big);
    expect(whole).toHaveBeenCalledTimes(1);
    const edited = structuredClone(big);
    edited.spec.template.spec.domain.devices.disks[150].name = 42;
    const result = check(edited);
    // No whole check for one changed field, and the same verdict as one.
    expect(whole).toHaveBeenCalledTimes(1);
    const expected = validate(edited, root, '2019-09', lookup, false);
    expect(result.valid).toBe(false);
    // Compared as cluster.ts reads them ("something below failed" units are not errors).
    const read = (units: typeof result.errors) =>
      ajvErrorsFromUnits(units, root as JsonSchema)
        .map((e) => JSON.stringify(e))
        .sort();
    expect(read(result.errors)).toEqual(read(expected.errors));
    expect(read(result.errors).length).toBeGreaterThan(0);
    // A document unlike any recent one is checked whole.
    check({ spec: 'nothing alike' });
    expect(whole).toHaveBeenCalledTimes(2);
  });
});
