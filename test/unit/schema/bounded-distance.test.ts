import fc from 'fast-check';
import { boundedDistance, editDistance } from '../../../src/schema/suggest';

describe('boundedDistance', () => {
  it('equals editDistance capped at limit + 1', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.'), maxLength: 14 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.'), maxLength: 14 }),
        fc.integer({ min: 0, max: 6 }),
        (a, b, limit) => {
          expect(boundedDistance(a, b, limit)).toBe(Math.min(editDistance(a, b), limit + 1));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('costs length × limit, not length × length', () => {
    const a = 'x'.repeat(5_000);
    const started = performance.now();
    expect(boundedDistance(a, `${a.slice(1)}y`, 3)).toBe(1);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
