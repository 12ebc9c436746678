import fc from 'fast-check';
import { editDistance, suggestNearest } from '../../../src/schema/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('persistenVolumeClaim', 'persistentVolumeClaim')).toBe(1);
    expect(editDistance('name', 'nmae')).toBe(1);
    expect(editDistance('disk', 'desk')).toBe(1);
    expect(editDistance('bus', 'bu')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is zero exactly for equal strings and symmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});

describe('suggestNearest', () => {
  const volumeFields = [
    'dataVolume',
    'persistentVolumeClaim',
    'containerDisk',
    'name',
    'emptyDisk',
  ];

  it('finds the field a typo meant', () => {
    expect(suggestNearest('persistenVolumeClaim', volumeFields)).toBe('persistentVolumeClaim');
    expect(suggestNearest('dataVolum', volumeFields)).toBe('dataVolume');
    expect(suggestNearest('nmae', volumeFields)).toBe('name');
  });

  it('prefers a case-insensitive match over a nearer spelling', () => {
    expect(suggestNearest('DATAVOLUME', volumeFields)).toBe('dataVolume');
    expect(suggestNearest('Name', ['name', 'Nam'])).toBe('name');
  });

  it('suggests nothing when no name is close', () => {
    expect(suggestNearest('filesystems', volumeFields)).toBeUndefined();
    expect(suggestNearest('zz', ['io', 'tag'])).toBeUndefined();
    expect(suggestNearest('anything', [])).toBeUndefined();
  });

  it('allows only one edit in short names', () => {
    expect(suggestNearest('tga', ['tag'])).toBe('tag');
    expect(suggestNearest('ab', ['io'])).toBeUndefined();
  });

  it('breaks ties alphabetically whatever the order of the candidates', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['cache', 'catch', 'match', 'batch'], { minLength: 4 }),
        (c) => {
          expect(suggestNearest('xatch', c)).toBe('batch');
        },
      ),
    );
  });

  it('returns a candidate or nothing, never another string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 10 })), (n, c) => {
        const s = suggestNearest(n, c);
        if (s !== undefined) expect(c).toContain(s);
      }),
    );
  });
});
