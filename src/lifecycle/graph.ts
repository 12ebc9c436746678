import { msg } from '../findings';

/** The lifecycle diagram of the design (semantics §8), as data shared by the view, the CLI and tests. */

export type LifecycleGroupId = 'mtv' | 'cluster';

export type LifecycleNodeId =
  | 'ova'
  | 'alien-appliance'
  | 'vm'
  | 'vm-clone'
  | 'vm-snapshot'
  | 'sealed-volume'
  | 'golden-image'
  | 'vm-prime'
  | 'registry'
  | 'redhat-registry'
  | 'appliance'
  | 'agnostic-appliance';

export type NodeShape = 'rect' | 'parallelogram' | 'stadium' | 'cylinder' | 'circle';

export interface LifecycleNode {
  id: LifecycleNodeId;
  /** English i18n key. */
  label: string;
  /** English i18n key, the origin's small print under the label. */
  sublabel?: string;
  group?: LifecycleGroupId;
  shape: NodeShape;
  /** New in this design (the origin's `newStuff` class). */
  highlighted: boolean;
}

export interface LifecycleEdge {
  /** Position in the origin's order, counted from 0 (the origin's `linkStyle` numbers). */
  index: number;
  source: LifecycleNodeId;
  target: LifecycleNodeId;
  /** English i18n key; empty for the two unlabelled import edges. */
  label: string;
  bidirectional: boolean;
  dotted: boolean;
  highlighted: boolean;
}

export interface LifecycleGroup {
  id: LifecycleGroupId;
  label: string;
}

export const lifecycleGroups: readonly LifecycleGroup[] = [
  { id: 'mtv', label: msg('MTV') },
  { id: 'cluster', label: msg('cluster') },
];

export const lifecycleNodes: readonly LifecycleNode[] = [
  { id: 'ova', label: msg('OVA'), group: 'mtv', shape: 'rect', highlighted: false },
  {
    id: 'alien-appliance',
    label: msg('Appliance'),
    group: 'mtv',
    shape: 'rect',
    highlighted: true,
  },
  { id: 'vm', label: msg('VM'), group: 'cluster', shape: 'rect', highlighted: false },
  {
    id: 'vm-clone',
    label: msg('VMClone'),
    group: 'cluster',
    shape: 'parallelogram',
    highlighted: false,
  },
  {
    id: 'vm-snapshot',
    label: msg('VMSnapshot'),
    sublabel: msg('With identity + cluster specific'),
    group: 'cluster',
    shape: 'rect',
    highlighted: false,
  },
  {
    id: 'sealed-volume',
    label: msg('SealedVolume'),
    group: 'cluster',
    shape: 'parallelogram',
    highlighted: true,
  },
  {
    id: 'golden-image',
    label: msg('GoldenImage'),
    sublabel: msg('Without identity + cluster agnostic'),
    group: 'cluster',
    shape: 'stadium',
    highlighted: false,
  },
  { id: 'vm-prime', label: msg("VM'"), group: 'cluster', shape: 'rect', highlighted: false },
  { id: 'registry', label: msg('Registry'), shape: 'cylinder', highlighted: false },
  {
    id: 'redhat-registry',
    label: msg('registry.redhat.io'),
    shape: 'cylinder',
    highlighted: false,
  },
  {
    id: 'appliance',
    label: msg('Appliance'),
    sublabel: msg('With identity + cluster specific'),
    shape: 'circle',
    highlighted: true,
  },
  {
    id: 'agnostic-appliance',
    label: msg('Appliance'),
    sublabel: msg('Without identity + cluster agnostic'),
    shape: 'circle',
    highlighted: true,
  },
];

const HIGHLIGHTED_EDGES = new Set([1, 2, 3, 4, 5, 13]);

const edge = (
  index: number,
  source: LifecycleNodeId,
  target: LifecycleNodeId,
  label: string,
  options: { bidirectional?: boolean; dotted?: boolean } = {},
): LifecycleEdge => ({
  index,
  source,
  target,
  label,
  bidirectional: options.bidirectional ?? false,
  dotted: options.dotted ?? false,
  highlighted: HIGHLIGHTED_EDGES.has(index),
});

export const lifecycleEdges: readonly LifecycleEdge[] = [
  edge(0, 'ova', 'vm', ''),
  edge(1, 'alien-appliance', 'vm', ''),
  edge(2, 'vm', 'sealed-volume', msg('seal')),
  edge(3, 'sealed-volume', 'golden-image', msg('enrich')),
  edge(4, 'golden-image', 'agnostic-appliance', msg('upload & download, share use-case'), {
    bidirectional: true,
  }),
  edge(5, 'golden-image', 'registry', msg('push')),
  edge(6, 'golden-image', 'vm-prime', msg('instantiate')),
  edge(7, 'redhat-registry', 'golden-image', msg('DV'), { dotted: true }),
  edge(8, 'vm', 'vm-clone', msg('clone')),
  edge(9, 'vm-clone', 'vm-prime', msg('clear-abi')),
  edge(10, 'vm-snapshot', 'vm', msg('restore')),
  edge(11, 'vm-snapshot', 'vm-clone', msg('clone')),
  edge(12, 'vm', 'vm-snapshot', msg('snapshot')),
  edge(13, 'vm-snapshot', 'appliance', msg('upload & download, DR use-case'), {
    bidirectional: true,
  }),
];

export const nodeById = (id: LifecycleNodeId): LifecycleNode => {
  const node = lifecycleNodes.find((n) => n.id === id);
  if (!node) throw new Error(`unknown lifecycle node ${id}`);
  return node;
};
