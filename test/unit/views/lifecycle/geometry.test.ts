import { arrowhead, midpoint, polylinePath } from '../../../../src/views/lifecycle/geometry';

describe('edge geometry', () => {
  it('finds the point halfway along a bent line', () => {
    expect(
      midpoint([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 30 },
      ]),
    ).toEqual({ x: 10, y: 10 });
    expect(midpoint([{ x: 3, y: 4 }])).toEqual({ x: 3, y: 4 });
  });

  it('puts the arrow tip on the end point, its base behind it', () => {
    const [tip, a, b] = arrowhead({ x: 0, y: 0 }, { x: 0, y: 100 })
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(tip).toEqual([0, 100]);
    expect(a[1]).toBeLessThan(100);
    expect(b[1]).toBeLessThan(100);
    expect(a[0]).toBeCloseTo(-b[0], 5);
  });

  it('writes an SVG path through every point', () => {
    expect(
      polylinePath([
        { x: 0, y: 0 },
        { x: 1.25, y: 2 },
      ]),
    ).toBe('M0.0,0.0 L1.3,2.0');
  });
});
