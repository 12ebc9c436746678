import fc from 'fast-check';
import { applyPatch, deepClone } from 'fast-json-patch';
import { validateVirtualMachine } from '../../../src/schema/validate';
import { MINIMAL_VM, parse } from './fixtures';

// Walks own properties only: JSON input may hold a key named `__proto__` (JSON.parse makes it an own
// property), which fast-json-patch's getValueByPointer refuses to follow.
const exists = (doc: unknown, pointer: string): boolean => {
  if (pointer === '') return true;
  let node = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (
      node === null ||
      typeof node !== 'object' ||
      !Object.prototype.hasOwnProperty.call(node, key)
    )
      return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
};

describe('validateVirtualMachine on any input', () => {
  it('never throws, and every finding is an error at a path that exists in the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const findings = validateVirtualMachine(value);
        for (const f of findings) {
          expect(f.severity).toBe('error');
          expect(exists(value, f.path)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly the field added where no such field exists', () => {
    const base = parse(MINIMAL_VM);
    const places = [
      '',
      '/spec',
      '/spec/template/spec',
      '/spec/template/spec/domain/devices/disks/0',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.stringMatching(/^x[a-zA-Z]{3,12}$/),
        fc.jsonValue(),
        (place, key, value) => {
          const vm = deepClone(base);
          applyPatch(vm, [{ op: 'add', path: `${place}/${key}`, value }]);
          const findings = validateVirtualMachine(vm);
          expect(findings.map((f) => [f.code, f.path])).toEqual([
            ['SchemaUnknownField', `${place}/${key}`],
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('treats __proto__ and constructor keys as unknown fields and pollutes nothing', () => {
    const vm = JSON.parse(
      '{"spec":{"template":{"spec":{"domain":{"devices":{}}}},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}',
    );
    const findings = validateVirtualMachine(vm);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['SchemaUnknownField', '/spec/__proto__'],
      ['SchemaUnknownField', '/spec/constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a missing generated schema', () => {
  it('fails on import with the command that makes it', () => {
    jest.isolateModules(() => {
      jest.doMock('../../../src/schema/generated/vm-validator', () => {
        throw Object.assign(new Error("Cannot find module './generated/vm-validator'"), {
          code: 'MODULE_NOT_FOUND',
        });
      });
      // require: the module must be evaluated inside isolateModules, after the mock.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      expect(() => require('../../../src/schema/validate')).toThrow(/run npm run build:schema/);
    });
  });
});
