import * as React from 'react';
import {
  EllipseAnchor,
  GraphComponent,
  ModelKind,
  RectAnchor,
  SELECTION_EVENT,
  TopologyControlBar,
  TopologyView,
  Visualization,
  VisualizationProvider,
  VisualizationSurface,
  action,
  createTopologyControlButtons,
  defaultControlButtonsOptions,
  withPanZoom,
  withSelection,
  type ComponentFactory,
  type Graph,
  type GraphElement,
} from '@patternfly/react-topology';
import type { LifecycleCounts } from '../../lifecycle/counts';
import { lifecycleNodes } from '../../lifecycle/graph';
import LifecycleEdgeView from './LifecycleEdgeView';
import LifecycleGroupView from './LifecycleGroupView';
import LifecycleNodeView from './LifecycleNodeView';
import { EDGE_TYPE, GROUP_TYPE, NODE_TYPE, buildModel, type NodeData } from './model';

type ElementComponent = React.ComponentType<{ element: GraphElement }>;

// Topology hands each component the element kind it was registered for, hence the casts.
const SelectableNode = withSelection({ controlled: true })(LifecycleNodeView) as ElementComponent;
const SelectableEdge = withSelection({ controlled: true })(LifecycleEdgeView) as ElementComponent;
const PanZoomGraph = withPanZoom()(GraphComponent) as ElementComponent;

const componentFactory: ComponentFactory = (kind, type) => {
  if (kind === ModelKind.graph) return PanZoomGraph;
  switch (type) {
    case NODE_TYPE:
      return SelectableNode;
    case EDGE_TYPE:
      return SelectableEdge;
    case GROUP_TYPE:
      return LifecycleGroupView as ElementComponent;
    default:
      return undefined;
  }
};

const FIT_PADDING = 40;

/** Performance marks the benchmark (test/bench/lifecycle.bench.js) measures between. */
export const BENCH_START = 'kv-lifecycle:start';
export const BENCH_LAYOUT = 'kv-lifecycle:layout';
export const BENCH_RENDERED = 'kv-lifecycle:rendered';

// Some hosts (and jsdom) lack the User Timing API; the marks are only for measuring.
const mark = (name: string): void => {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
};

interface Props {
  counts?: LifecycleCounts;
  selectedId?: string;
  onSelect: (id: string | undefined) => void;
  sideBar?: React.ReactNode;
  legend?: React.ReactNode;
  /** Called once the diagram is laid out and mounted (the model carries the layout: ./layout). */
  onLayoutEnd?: () => void;
}

/**
 * The surface may not have a size yet (e.g. while hidden); fitting a graph of
 * size 0 would scale it away, so wait (a few frames at most) for a size.
 */
const fitWhenSized = (graph: Graph, framesLeft = 120): void => {
  const { width, height } = graph.getDimensions();
  if ((width > 0 && height > 0) || framesLeft === 0) {
    action(() => graph.fit(FIT_PADDING))();
    // The frame after the fit is when the laid-out graph is on screen.
    requestAnimationFrame(() => mark(BENCH_RENDERED));
    return;
  }
  requestAnimationFrame(() => fitWhenSized(graph, framesLeft - 1));
};

const LifecycleGraph: React.FC<Props> = ({
  counts,
  selectedId,
  onSelect,
  sideBar,
  legend,
  onLayoutEnd,
}) => {
  const onSelectRef = React.useRef(onSelect);
  onSelectRef.current = onSelect;
  const onLayoutEndRef = React.useRef(onLayoutEnd);
  onLayoutEndRef.current = onLayoutEnd;

  const controller = React.useMemo(() => {
    mark(BENCH_START);
    const visualization = new Visualization();
    visualization.registerComponentFactory(componentFactory);
    visualization.addEventListener(SELECTION_EVENT, (ids: string[]) => onSelectRef.current(ids[0]));
    // Twelve nodes are cheap: draw them all, also while panned out of view.
    visualization.setRenderConstraint(false);
    // The model comes laid out, so there is no layout engine to run or wait for.
    visualization.fromModel(buildModel(), false);
    // Anchors come with the model rather than from each node view's useAnchor: set after the
    // first render, they changed every edge's end points and so drew all edges a second time.
    action(() => {
      for (const node of lifecycleNodes) {
        const element = visualization.getNodeById(node.id);
        element?.setAnchor(
          node.shape === 'circle' ? new EllipseAnchor(element) : new RectAnchor(element),
        );
      }
    })();
    mark(BENCH_LAYOUT);
    return visualization;
  }, []);

  // Laid out once; watch events only change node data. A layout effect: the surface has measured
  // itself by now (its ref runs first), so the first paint already shows the fitted diagram.
  React.useLayoutEffect(() => {
    fitWhenSized(controller.getGraph());
    onLayoutEndRef.current?.();
  }, [controller]);

  React.useEffect(() => {
    action(() => {
      for (const node of lifecycleNodes) {
        const element = controller.getNodeById(node.id);
        const data = element?.getData() as NodeData | undefined;
        const count = counts?.[node.id];
        if (element && data && data.count !== count) element.setData({ ...data, count });
      }
    })();
  }, [controller, counts]);

  const controlButtons = React.useMemo(
    () =>
      createTopologyControlButtons({
        ...defaultControlButtonsOptions,
        zoomInCallback: action(() => controller.getGraph().scaleBy(4 / 3)),
        zoomOutCallback: action(() => controller.getGraph().scaleBy(0.75)),
        fitToScreenCallback: action(() => controller.getGraph().fit(FIT_PADDING)),
        resetViewCallback: action(() => {
          controller.getGraph().reset();
          controller.getGraph().fit(FIT_PADDING);
        }),
        legend: false,
      }),
    [controller],
  );

  return (
    <TopologyView
      controlBar={<TopologyControlBar controlButtons={controlButtons} />}
      sideBar={sideBar}
      sideBarOpen={!!sideBar}
      sideBarResizable
      viewToolbar={legend}
    >
      <VisualizationProvider controller={controller}>
        <VisualizationSurface state={{ selectedIds: selectedId ? [selectedId] : [] }} />
      </VisualizationProvider>
    </TopologyView>
  );
};

export default LifecycleGraph;
