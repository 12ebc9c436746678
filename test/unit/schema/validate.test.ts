import { applyPatch, deepClone, type Operation } from 'fast-json-patch';
import { formatMessage, type Finding } from '../../../src/findings';
import { validateVirtualMachine } from '../../../src/schema/validate';
import { MINIMAL_VM, SEED_BOILERPLATE, SEED_RELOCATED, parse } from './fixtures';

const text = (f: Finding) => formatMessage(f.message, f.params);

/** A copy with `value` set at a JSON pointer whose parent exists. */
const withValue = (vm: Record<string, unknown>, path: string, value: unknown) =>
  patched(vm, [{ op: 'add', path, value }]);

const without = (vm: Record<string, unknown>, path: string) =>
  patched(vm, [{ op: 'remove', path }]);

const patched = (vm: Record<string, unknown>, ops: Operation[]) => {
  const copy = deepClone(vm) as Record<string, unknown>;
  applyPatch(copy, ops);
  return copy;
};

describe('validateVirtualMachine', () => {
  it('accepts a small valid VM, creationTimestamp: null and quantities as numbers and strings', () => {
    const vm = parse(MINIMAL_VM);
    expect(validateVirtualMachine(vm)).toEqual([]);
    const numbers = withValue(
      vm,
      '/spec/template/spec/domain/resources/requests/memory',
      2147483648,
    );
    expect(validateVirtualMachine(numbers)).toEqual([]);
    const decimal = withValue(vm, '/spec/template/spec/domain/resources/limits/cpu', 1.5);
    expect(validateVirtualMachine(decimal)).toEqual([]);
  });

  it('reads null as absent for optional fields, as the API server does, but not for required ones', () => {
    let vm = withValue(parse(MINIMAL_VM), '/spec/template/spec/affinity', null);
    vm = withValue(vm, '/spec/template/spec/domain/cpu/cores', null);
    vm = withValue(vm, '/metadata/labels', null);
    expect(validateVirtualMachine(vm)).toEqual([]);
    const required = withValue(
      parse(MINIMAL_VM),
      '/spec/template/spec/domain/devices/disks/0/name',
      null,
    );
    expect(validateVirtualMachine(required).map((f) => [f.code, f.path])).toEqual([
      ['SchemaWrongType', '/spec/template/spec/domain/devices/disks/0/name'],
    ]);
    const item = withValue(parse(MINIMAL_VM), '/spec/template/spec/domain/devices/disks/1', null);
    expect(validateVirtualMachine(item).map((f) => [f.code, f.path])).toEqual([
      ['SchemaWrongType', '/spec/template/spec/domain/devices/disks/1'],
    ]);
  });

  it('accepts the storage quantity of the seed written as a digit string', () => {
    const seed = parse(SEED_BOILERPLATE);
    const findings = validateVirtualMachine(seed);
    expect(findings.filter((f) => f.path.startsWith('/spec/dataVolumeTemplates'))).toEqual([]);
  });

  it('reports the misplaced filesystems of the seed once, naming where it belongs', () => {
    const findings = validateVirtualMachine(parse(SEED_BOILERPLATE));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'SchemaUnknownField',
      path: '/spec/template/spec/filesystems',
      params: { field: 'filesystems', location: '/spec/template/spec/domain/devices/filesystems' },
    });
    expect(text(finding)).toBe(
      'Unknown field filesystems at /spec/template/spec; filesystems belongs at /spec/template/spec/domain/devices/filesystems',
    );
    expect(finding.fix).toBeUndefined();
  });

  it('finds persistenVolumeClaim, suggests persistentVolumeClaim, and its fix repairs the VM', () => {
    const vm = parse(SEED_RELOCATED);
    const findings = validateVirtualMachine(vm);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'SchemaUnknownField',
      path: '/spec/template/spec/volumes/1/persistenVolumeClaim',
      params: { field: 'persistenVolumeClaim', suggestion: 'persistentVolumeClaim' },
    });
    expect(text(finding)).toBe(
      'Unknown field persistenVolumeClaim at /spec/template/spec/volumes/1; did you mean persistentVolumeClaim?',
    );
    expect(finding.fix?.patch).toEqual([
      {
        op: 'move',
        from: '/spec/template/spec/volumes/1/persistenVolumeClaim',
        path: '/spec/template/spec/volumes/1/persistentVolumeClaim',
      },
    ]);
    const repaired = applyPatch(deepClone(vm), finding.fix!.patch).newDocument;
    expect(validateVirtualMachine(repaired)).toEqual([]);
    expect(repaired.spec.template.spec.volumes[1].persistentVolumeClaim).toEqual({
      claimName: 'shared-static-data',
    });
  });

  it('offers no rename when the suggested field already exists', () => {
    const vm = withValue(
      parse(SEED_RELOCATED),
      '/spec/template/spec/volumes/1/persistentVolumeClaim',
      { claimName: 'other' },
    );
    const [finding] = validateVirtualMachine(vm);
    expect(finding.params?.suggestion).toBe('persistentVolumeClaim');
    expect(finding.fix).toBeUndefined();
  });

  it('lists a few valid fields when no name is close', () => {
    const vm = withValue(parse(MINIMAL_VM), '/spec/template/spec/domain/devices/disks/0/zzqqxx', 1);
    const [finding] = validateVirtualMachine(vm);
    expect(finding.code).toBe('SchemaUnknownField');
    expect(finding.path).toBe('/spec/template/spec/domain/devices/disks/0/zzqqxx');
    const fields = String(finding.params?.fields).split(', ');
    expect(fields.length).toBeGreaterThan(1);
    expect(fields.length).toBeLessThanOrEqual(5);
    for (const f of fields)
      expect([
        'name',
        'disk',
        'cdrom',
        'lun',
        'serial',
        'bootOrder',
        'cache',
        'io',
        'tag',
        'blockSize',
        'changedBlockTracking',
        'dedicatedIOThread',
        'errorPolicy',
        'shareable',
      ]).toContain(f);
  });

  it('reports a case slip as a rename', () => {
    const vm = withValue(parse(MINIMAL_VM), '/spec/RunStrategy', 'Always');
    const findings = validateVirtualMachine(vm);
    expect(findings.map((f) => [f.code, f.path, f.params?.suggestion])).toEqual([
      ['SchemaUnknownField', '/spec/RunStrategy', 'runStrategy'],
    ]);
  });

  it('reports wrong types with the expected and the found type', () => {
    let vm = withValue(parse(MINIMAL_VM), '/spec/template/spec/domain/cpu/cores', 'two');
    vm = withValue(vm, '/spec/template/spec/domain/devices/disks/0/name', 7);
    vm = withValue(vm, '/spec/template/spec/volumes', { name: 'rootdisk' });
    const findings = validateVirtualMachine(vm);
    expect(findings.map((f) => [f.code, f.path, f.params?.expected, f.params?.actual])).toEqual([
      ['SchemaWrongType', '/spec/template/spec/domain/cpu/cores', 'number', 'string'],
      ['SchemaWrongType', '/spec/template/spec/domain/devices/disks/0/name', 'string', 'number'],
      ['SchemaWrongType', '/spec/template/spec/volumes', 'array', 'object'],
    ]);
    expect(text(findings[0])).toBe(
      'Wrong type at /spec/template/spec/domain/cpu/cores: expected number, found string',
    );
  });

  it('reports missing required fields at the object that lacks them', () => {
    const vm = without(parse(MINIMAL_VM), '/spec/template/spec/domain/devices/disks/0/name');
    const findings = validateVirtualMachine(vm);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'SchemaRequired',
        path: '/spec/template/spec/domain/devices/disks/0',
        params: { field: 'name', path: '/spec/template/spec/domain/devices/disks/0' },
      }),
    ]);
    const noTemplate = without(parse(MINIMAL_VM), '/spec/template');
    expect(
      validateVirtualMachine(noTemplate).map((f) => [f.code, f.path, f.params?.field]),
    ).toEqual([['SchemaRequired', '/spec', 'template']]);
  });

  it('rejects a quantity that is not one', () => {
    const vm = withValue(parse(MINIMAL_VM), '/spec/template/spec/domain/memory/guest', '2 GB');
    const findings = validateVirtualMachine(vm);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['SchemaInvalidValue', '/spec/template/spec/domain/memory/guest'],
    ]);
  });

  it('rejects an enum value and offers the near one', () => {
    const vm = withValue(
      parse(SEED_BOILERPLATE),
      '/spec/dataVolumeTemplates/0/spec/storage/accessModes',
      ['ReadWriteMany', 'readwriteonce'],
    );
    const findings = validateVirtualMachine(vm).filter((f) => f.code === 'SchemaInvalidValue');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      path: '/spec/dataVolumeTemplates/0/spec/storage/accessModes/1',
      fix: { patch: [{ op: 'replace', value: 'ReadWriteOnce' }] },
    });
  });

  it('never throws and reports non-objects at the root', () => {
    for (const input of [null, undefined, 'vm', 42, [], true]) {
      const findings = validateVirtualMachine(input);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.severity === 'error')).toBe(true);
    }
    expect(validateVirtualMachine('vm')[0]).toMatchObject({
      code: 'SchemaWrongType',
      path: '',
      params: { path: '/', expected: 'object', actual: 'string' },
    });
  });

  it('gives one finding per problem', () => {
    const vm = parse(SEED_RELOCATED);
    const findings = validateVirtualMachine(vm);
    const keys = findings.map((f) => `${f.code} ${f.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
