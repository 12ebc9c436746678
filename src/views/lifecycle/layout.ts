import {
  lifecycleEdges,
  lifecycleNodes,
  type LifecycleEdge,
  type LifecycleNodeId,
} from '../../lifecycle/graph';
import type { Pt } from './geometry';

/**
 * The diagram's placement, computed in plain code instead of by a generic layout engine: dagre
 * on this compound graph took most of the first render (issue 18), and the diagram is fixed, so
 * its rows and columns are part of the design. Rows read top to bottom like the origin's
 * `flowchart TB`; each group's members fill a block of rows and columns no other node enters.
 */
export const SLOTS: Readonly<Record<LifecycleNodeId, { row: number; column: number }>> = {
  ova: { row: 0, column: 2 },
  'alien-appliance': { row: 0, column: 3 },
  vm: { row: 1, column: 2 },
  'vm-snapshot': { row: 2, column: 1 },
  'sealed-volume': { row: 2, column: 3 },
  'redhat-registry': { row: 2, column: 4 },
  appliance: { row: 3, column: 0 },
  'vm-clone': { row: 3, column: 2 },
  'golden-image': { row: 3, column: 3 },
  'agnostic-appliance': { row: 3, column: 5 },
  'vm-prime': { row: 4, column: 2 },
  registry: { row: 4, column: 4 },
};

/** Between columns: room for a group's padding on each side plus the edges' labels. */
export const COLUMN_GAP = 70;
/** Between rows: room for two group paddings and a group's title, or an edge label. */
export const ROW_GAP = 90;
/** Two edges between the same two nodes bend this far apart, so neither hides the other. */
const PAIR_OFFSET = 30;

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  /** Top-left corner of each node. */
  nodes: Record<LifecycleNodeId, Pt>;
  /** Bendpoints of each edge, in `lifecycleEdges` order (none: a straight line). */
  bendpoints: Pt[][];
}

/** Running offsets of rows or columns of the given sizes, `gap` apart; each entry the start. */
const starts = (sizes: number[], gap: number): number[] => {
  const out: number[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(at);
    at += size + gap;
  }
  return out;
};

const center = (
  id: LifecycleNodeId,
  nodes: Record<LifecycleNodeId, Pt>,
  size: (id: LifecycleNodeId) => Size,
): Pt => ({
  x: nodes[id].x + size(id).width / 2,
  y: nodes[id].y + size(id).height / 2,
});

const pairKey = (e: LifecycleEdge): string => [e.source, e.target].sort().join(' ');

/**
 * Places every node in its slot, centred in its column and row (each as wide and tall as its
 * largest node), and bends the edges that share their two ends apart.
 */
export const placeLifecycle = (size: (id: LifecycleNodeId) => Size): Placement => {
  const columns: number[] = [];
  const rows: number[] = [];
  for (const { id } of lifecycleNodes) {
    const { row, column } = SLOTS[id];
    columns[column] = Math.max(columns[column] ?? 0, size(id).width);
    rows[row] = Math.max(rows[row] ?? 0, size(id).height);
  }
  const x = starts(
    Array.from(columns, (w) => w ?? 0),
    COLUMN_GAP,
  );
  const y = starts(
    Array.from(rows, (h) => h ?? 0),
    ROW_GAP,
  );
  const nodes = {} as Record<LifecycleNodeId, Pt>;
  for (const { id } of lifecycleNodes) {
    const { row, column } = SLOTS[id];
    const { width, height } = size(id);
    nodes[id] = {
      x: x[column] + (columns[column] - width) / 2,
      y: y[row] + (rows[row] - height) / 2,
    };
  }

  const pairs = new Map<string, number>();
  for (const e of lifecycleEdges) pairs.set(pairKey(e), (pairs.get(pairKey(e)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const bendpoints = lifecycleEdges.map((e): Pt[] => {
    const key = pairKey(e);
    if ((pairs.get(key) ?? 0) < 2) return [];
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    // Offsets measured from the pair's sorted ends, so opposite edges land on opposite sides.
    const [a, b] = [e.source, e.target].sort() as [LifecycleNodeId, LifecycleNodeId];
    const from = center(a, nodes, size);
    const to = center(b, nodes, size);
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const side = (nth % 2 === 0 ? 1 : -1) * PAIR_OFFSET * (Math.floor(nth / 2) + 1);
    return [
      {
        x: (from.x + to.x) / 2 + (side * (to.y - from.y)) / length,
        y: (from.y + to.y) / 2 - (side * (to.x - from.x)) / length,
      },
    ];
  });
  return { nodes, bendpoints };
};
