import type { EdgeModel, Model, NodeModel } from '@patternfly/react-topology';
import {
  lifecycleEdges,
  lifecycleGroups,
  lifecycleNodes,
  type LifecycleEdge,
  type LifecycleNode,
  type NodeShape,
} from '../../lifecycle/graph';
import { placeLifecycle } from './layout';

export const GRAPH_ID = 'lifecycle';
export const NODE_TYPE = 'lifecycle-node';
export const EDGE_TYPE = 'lifecycle-edge';
export const GROUP_TYPE = 'lifecycle-group';

export interface NodeData {
  node: LifecycleNode;
  /** `null`: nothing observable in a cluster; `undefined`: not loaded yet. */
  count?: number | null;
}

export interface EdgeData {
  edge: LifecycleEdge;
}

export interface GroupData {
  label: string;
}

const SIZE: Readonly<Record<NodeShape, { width: number; height: number }>> = {
  rect: { width: 180, height: 64 },
  parallelogram: { width: 200, height: 64 },
  stadium: { width: 230, height: 64 },
  cylinder: { width: 180, height: 76 },
  circle: { width: 240, height: 76 },
};

const nodeShape = new Map(lifecycleNodes.map((n) => [n.id, n.shape]));

export const edgeId = (edge: Pick<LifecycleEdge, 'index'>): string => `edge-${edge.index}`;
export const groupId = (id: string): string => `group-${id}`;

/**
 * The topology model of semantics §8, laid out (./layout); counts arrive later through node data
 * only. Groups carry no position: topology sizes them around their children.
 */
export const buildModel = (): Model => {
  const sizeOf = (id: LifecycleNode['id']) => SIZE[nodeShape.get(id) ?? 'rect'];
  const placement = placeLifecycle(sizeOf);
  const nodes: NodeModel[] = lifecycleNodes.map((node) => ({
    id: node.id,
    type: NODE_TYPE,
    label: node.label,
    ...SIZE[node.shape],
    ...placement.nodes[node.id],
    data: { node } satisfies NodeData,
  }));
  const groups: NodeModel[] = lifecycleGroups.map((group) => ({
    id: groupId(group.id),
    type: GROUP_TYPE,
    group: true,
    label: group.label,
    children: lifecycleNodes.filter((n) => n.group === group.id).map((n) => n.id),
    style: { padding: 30 },
    data: { label: group.label } satisfies GroupData,
  }));
  const edges: EdgeModel[] = lifecycleEdges.map((edge, i) => ({
    id: edgeId(edge),
    type: EDGE_TYPE,
    source: edge.source,
    target: edge.target,
    bendpoints: placement.bendpoints[i].map((p) => [p.x, p.y]),
    data: { edge } satisfies EdgeData,
  }));
  return {
    graph: { id: GRAPH_ID, type: 'graph', scaleExtent: [0.2, 3] },
    nodes: [...nodes, ...groups],
    edges,
  };
};
