import {
  lifecycleEdges,
  lifecycleGroups,
  lifecycleNodes,
  type LifecycleNodeId,
} from '../../../../src/lifecycle/graph';
import type { Pt } from '../../../../src/views/lifecycle/geometry';
import { placeLifecycle, SLOTS } from '../../../../src/views/lifecycle/layout';
import { buildModel } from '../../../../src/views/lifecycle/model';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// The group padding of the model, and some air so boxes do not touch.
const PADDING = 30;
const AIR = 10;

const model = buildModel();
const boxes = new Map<string, Box>(
  (model.nodes ?? [])
    .filter((n) => !n.group)
    .map((n) => [
      n.id,
      { x: n.x ?? NaN, y: n.y ?? NaN, width: n.width ?? 0, height: n.height ?? 0 },
    ]),
);
const box = (id: string): Box => boxes.get(id) as Box;
const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const union = (list: Box[]): Box => {
  const x = Math.min(...list.map((b) => b.x));
  const y = Math.min(...list.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...list.map((b) => b.x + b.width)) - x,
    height: Math.max(...list.map((b) => b.y + b.height)) - y,
  };
};
/** Group boxes as topology draws them: the children's bounds plus the padding. */
const groupBox = (group: string): Box =>
  grow(union(lifecycleNodes.filter((n) => n.group === group).map((n) => box(n.id))), PADDING);
const center = (b: Box): Pt => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Whether segment p–q passes through the box (sampled finely: boxes are far larger). */
const crosses = (p: Pt, q: Pt, b: Box): boolean => {
  for (let i = 0; i <= 200; i++) {
    const f = i / 200;
    const x = p.x + (q.x - p.x) * f;
    const y = p.y + (q.y - p.y) * f;
    if (x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height) return true;
  }
  return false;
};

describe('lifecycle layout', () => {
  it('places every node of the diagram, each in its own slot', () => {
    expect([...boxes.keys()].sort()).toEqual(lifecycleNodes.map((n) => n.id).sort());
    const slots = lifecycleNodes.map((n) => `${SLOTS[n.id].row},${SLOTS[n.id].column}`);
    expect(new Set(slots).size).toBe(slots.length);
    for (const b of boxes.values()) expect(Number.isFinite(b.x + b.y)).toBe(true);
  });

  it('keeps nodes apart', () => {
    const list = [...boxes.entries()];
    for (const [i, [a, boxA]] of list.entries())
      for (const [b, boxB] of list.slice(i + 1))
        expect({ a, b, overlap: overlap(grow(boxA, AIR), boxB) }).toEqual({
          a,
          b,
          overlap: false,
        });
  });

  it('keeps other nodes and the other group out of each group box', () => {
    for (const group of lifecycleGroups) {
      const g = groupBox(group.id);
      for (const n of lifecycleNodes.filter((m) => m.group !== group.id))
        expect({ group: group.id, node: n.id, inside: overlap(g, grow(box(n.id), AIR)) }).toEqual({
          group: group.id,
          node: n.id,
          inside: false,
        });
    }
    expect(overlap(groupBox('mtv'), groupBox('cluster'))).toBe(false);
  });

  it('reads top to bottom: the VM above the golden image, the registries below their sources', () => {
    expect(box('vm').y).toBeLessThan(box('sealed-volume').y);
    expect(box('sealed-volume').y).toBeLessThan(box('golden-image').y);
    expect(box('golden-image').y).toBeLessThan(box('registry').y);
    expect(box('ova').y).toBeLessThan(box('vm').y);
  });

  it('draws no edge through a node it does not join, nor two edges on one line', () => {
    const drawn = (model.edges ?? []).map((e) => [
      center(box(e.source as string)),
      ...(e.bendpoints ?? []).map(([x, y]) => ({ x, y })),
      center(box(e.target as string)),
    ]);
    (model.edges ?? []).forEach((e, i) => {
      for (const [id, b] of boxes) {
        if (id === e.source || id === e.target) continue;
        const points = drawn[i];
        const through = points.slice(1).some((q, k) => crosses(points[k], q, grow(b, 5)));
        expect({ edge: e.id, node: id, through }).toEqual({ edge: e.id, node: id, through: false });
      }
    });
    const lines = drawn.map((points) => JSON.stringify(points.map((p) => [p.x, p.y]).sort()));
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('bends the two edges between the VM and its snapshots to opposite sides', () => {
    const { bendpoints } = placeLifecycle(() => ({ width: 100, height: 50 }));
    const pair = lifecycleEdges
      .map((e, i) => ({ e, bend: bendpoints[i] }))
      .filter(({ e }) => [e.source, e.target].sort().join() === 'vm,vm-snapshot');
    expect(pair).toHaveLength(2);
    const [a, b] = pair.map(({ bend }) => bend[0]);
    const mid = (id: LifecycleNodeId) => SLOTS[id];
    expect(mid('vm').row).not.toBe(mid('vm-snapshot').row);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(40);
  });
});
