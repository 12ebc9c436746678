import fc from 'fast-check';
import { fieldToPointer, serverMessage, statusOf } from '../../../../src/k8s/apply';

describe('fieldToPointer', () => {
  it('turns API server field paths into JSON pointers', () => {
    expect(fieldToPointer('spec.template.spec.volumes[2].dataVolume.name')).toBe(
      '/spec/template/spec/volumes/2/dataVolume/name',
    );
    expect(fieldToPointer('')).toBe('');
    expect(fieldToPointer('metadata.labels[a/b]')).toBe('/metadata/labels/a~1b');
  });

  it('round-trips plain dotted names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/), { minLength: 1 }),
        (parts) => {
          expect(fieldToPointer(parts.join('.'))).toBe(parts.map((p) => `/${p}`).join(''));
        },
      ),
    );
  });
});

describe('statusOf / serverMessage', () => {
  it('reads the status and the Status message of an SDK HttpError', () => {
    const e = Object.assign(new Error('fallback'), { code: 500, json: { message: 'from server' } });
    expect(statusOf(e)).toBe(500);
    expect(serverMessage(e)).toBe('from server');
    expect(statusOf(new Error('network'))).toBe(0);
    expect(serverMessage('plain')).toBe('plain');
  });
});
