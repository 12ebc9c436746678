import { validateVirtualMachine } from '../../../src/schema/validate';
import { MAX_DETAILED_UNKNOWN_FIELDS } from '../../../src/schema/errors';

const vmWithUnknownFields = (count: number) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'many' },
  spec: {
    template: {
      spec: {
        domain: { devices: {} },
        ...Object.fromEntries(Array.from({ length: count }, (_, i) => [`bogusField${i}`, i])),
      },
    },
  },
});

describe('many unknown fields', () => {
  it('lists the first ones and counts the rest in one finding', () => {
    const findings = validateVirtualMachine(vmWithUnknownFields(MAX_DETAILED_UNKNOWN_FIELDS + 30));
    const unknown = findings.filter((f) => f.code === 'SchemaUnknownField');
    expect(unknown).toHaveLength(MAX_DETAILED_UNKNOWN_FIELDS + 1);
    const summary = unknown.find((f) => f.path === '');
    expect(summary?.params).toEqual({ count: 30 });
  });

  it('lists every unknown field when there are few', () => {
    const findings = validateVirtualMachine(vmWithUnknownFields(3));
    const unknown = findings.filter((f) => f.code === 'SchemaUnknownField');
    expect(unknown.map((f) => f.path).sort()).toEqual([
      '/spec/template/spec/bogusField0',
      '/spec/template/spec/bogusField1',
      '/spec/template/spec/bogusField2',
    ]);
  });
});
