import {
  knownFieldsAt,
  setVirtualMachineSchema,
  validateVirtualMachine,
} from '../../../src/schema/validate';
import { MINIMAL_VM, parse } from './fixtures';

/** A cluster might publish fewer fields (an older KubeVirt); this one knows only a few. */
const TINY_SCHEMA = {
  type: 'object',
  required: ['spec'],
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    spec: { $ref: '#/definitions/Spec' },
  },
  additionalProperties: false,
  definitions: {
    Spec: {
      type: 'object',
      properties: {
        runStrategy: { type: 'string', enum: ['Always', 'Halted'] },
        template: { type: 'object' },
        replicas: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
      },
      additionalProperties: false,
    },
  },
};

afterEach(() => setVirtualMachineSchema(null));

describe('setVirtualMachineSchema', () => {
  it('replaces the bundled schema for validation and field lists, and null restores it', () => {
    const vm = {
      ...parse(MINIMAL_VM),
      spec: { runStrategy: 'Manual', template: {}, running: true },
    };
    const bundled = validateVirtualMachine(vm);
    expect(bundled).toEqual([]);
    expect(knownFieldsAt('/spec')).toContain('dataVolumeTemplates');

    setVirtualMachineSchema(TINY_SCHEMA);
    expect(validateVirtualMachine(vm).map((f) => [f.code, f.path])).toEqual([
      ['SchemaInvalidValue', '/spec/runStrategy'],
      ['SchemaUnknownField', '/spec/running'],
    ]);
    expect(knownFieldsAt('/spec')).toEqual(['replicas', 'runStrategy', 'template']);

    setVirtualMachineSchema(null);
    expect(validateVirtualMachine(vm)).toEqual([]);
    expect(knownFieldsAt('/spec')).toContain('dataVolumeTemplates');
  });

  it('reports a failed anyOf once, as a wrong type naming every allowed type', () => {
    setVirtualMachineSchema(TINY_SCHEMA);
    const findings = validateVirtualMachine({ spec: { replicas: true } });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'SchemaWrongType',
        path: '/spec/replicas',
        params: { path: '/spec/replicas', expected: 'integer or string', actual: 'boolean' },
      }),
    ]);
  });

  it('reports a failed anyOf of $ref branches once', () => {
    setVirtualMachineSchema({
      type: 'object',
      properties: { spec: { anyOf: [{ $ref: '#/definitions/A' }, { $ref: '#/definitions/B' }] } },
      required: ['spec'],
      definitions: {
        A: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
        B: { type: 'object', properties: { b: { type: 'string' } }, additionalProperties: false },
      },
    });
    const findings = validateVirtualMachine({ spec: { c: 1 } });
    expect(findings.map((f) => [f.code, f.path])).toEqual([['SchemaInvalidValue', '/spec']]);
    expect(validateVirtualMachine({})).toEqual([
      expect.objectContaining({
        code: 'SchemaRequired',
        path: '',
        params: { field: 'spec', path: '/' },
      }),
    ]);
  });

  it('keeps the current schema when the new one does not compile', () => {
    setVirtualMachineSchema(TINY_SCHEMA);
    expect(() => setVirtualMachineSchema({ type: 'no-such-type' })).toThrow(
      /VirtualMachine schema could not be used/,
    );
    expect(knownFieldsAt('/spec')).toEqual(['replicas', 'runStrategy', 'template']);
  });
});

describe('knownFieldsAt', () => {
  it('lists the fields of the bundled schema at a path', () => {
    expect(knownFieldsAt('')).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(knownFieldsAt('/')).toEqual(knownFieldsAt(''));
    expect(knownFieldsAt('/spec/template/spec/volumes/0')).toEqual(
      expect.arrayContaining(['name', 'dataVolume', 'persistentVolumeClaim', 'cloudInitNoCloud']),
    );
    expect(knownFieldsAt('/spec/template/spec/volumes/-')).toEqual(
      knownFieldsAt('/spec/template/spec/volumes/0'),
    );
    expect(knownFieldsAt('/spec/template/spec/domain/devices/filesystems/0')).toEqual([
      'name',
      'virtiofs',
    ]);
    expect(knownFieldsAt('/spec/template/spec')).not.toContain('filesystems');
  });

  it('is empty for maps, scalars and unknown places', () => {
    expect(knownFieldsAt('/metadata/labels')).toEqual([]);
    expect(knownFieldsAt('/metadata/name')).toEqual([]);
    expect(knownFieldsAt('/spec/nonsense/deeper')).toEqual([]);
  });
});
