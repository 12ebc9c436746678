/** Plain 2-D helpers for drawing edges (no DOM, so they are unit-testable). */
export interface Pt {
  x: number;
  y: number;
}

/** The point halfway along a polyline, by length. */
export const midpoint = (points: readonly Pt[]): Pt => {
  if (points.length === 0) return { x: 0, y: 0 };
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let remaining = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (remaining <= lengths[i] && lengths[i] > 0) {
      const f = remaining / lengths[i];
      return {
        x: points[i].x + (points[i + 1].x - points[i].x) * f,
        y: points[i].y + (points[i + 1].y - points[i].y) * f,
      };
    }
    remaining -= lengths[i];
  }
  return points[points.length - 1];
};

/** Triangle points of an arrowhead whose tip is `tip`, pointing away from `from`. */
export const arrowhead = (from: Pt, tip: Pt, size = 10): string => {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const spread = Math.PI / 7;
  const a = {
    x: tip.x - size * Math.cos(angle - spread),
    y: tip.y - size * Math.sin(angle - spread),
  };
  const b = {
    x: tip.x - size * Math.cos(angle + spread),
    y: tip.y - size * Math.sin(angle + spread),
  };
  const f = (p: Pt) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  return `${f(tip)} ${f(a)} ${f(b)}`;
};

export const polylinePath = (points: readonly Pt[]): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
