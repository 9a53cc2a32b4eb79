/** A sigma renderer with the programs and settings of the network view. */
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import Sigma from 'sigma';
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
} from 'sigma/rendering';
import type {
  DisplayEdgeAttributes,
  DisplayGraph,
  DisplayGraphAttributes,
  DisplayNodeAttributes,
} from './displayGraph.ts';
import { edgeLook, nodeLook, type DisplayContext } from './display.ts';
import { endInHiddenCluster } from './filters.ts';
import { keptDrawings } from './drawnData.ts';
import { createLabelDrawer } from './labelDrawer.ts';
import type { DrawnLabel } from './labelFrame.ts';
import type { Box } from './labelPlacement.ts';
import { scaledWidths, WIDTH_READS } from './scaledWidths.ts';
import { uploadingChanges } from './uploadChanges.ts';
import { defaultLabelDensity, labelRule, type LabelDensity, type LabelRule } from './labelDensity.ts';

/** Above this many flows, edges and labels are hidden while the camera moves. */
const HIDE_ON_MOVE_MIN_EDGES = 5000;
/** Above this many flows, lines carry no labels (a bundle's count stays in its tooltip). */
const EDGE_LABELS_MAX_EDGES = 20_000;
/** The names the user asked for, else the ones the park's size suggests: one rule for the reducer and the settings. */
export function labelsOf(graph: { readonly order: number }, density: LabelDensity | null | undefined): LabelRule {
  return labelRule(density ?? defaultLabelDensity(graph.order));
}

export type Renderer = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;

// Each program uploads only what changed to the GPU (uploadChanges.ts).
const NodeProgram = uploadingChanges(
  createNodeBorderProgram<DisplayNodeAttributes, DisplayEdgeAttributes>({
    borders: [
      { size: { attribute: 'borderSize', defaultValue: 0.1, mode: 'relative' }, color: { attribute: 'borderColor' } },
      { size: { fill: true }, color: { attribute: 'color' } },
    ],
  }),
);

// The lines' widths follow the widest flow in the shaders (scaledWidths.ts).
const CurvedArrowProgram = uploadingChanges(
  scaledWidths(
    createEdgeCurveProgram<DisplayNodeAttributes, DisplayEdgeAttributes>({
      arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
    }),
    WIDTH_READS.curve,
  ),
);

/** Sigma's default straight arrow (a line and its head), built from its parts so that each uploads only changes. */
const ArrowProgram = createEdgeCompoundProgram<DisplayNodeAttributes, DisplayEdgeAttributes>([
  uploadingChanges(
    scaledWidths(createEdgeClampedProgram<DisplayNodeAttributes, DisplayEdgeAttributes>(), WIDTH_READS.clamped),
  ),
  uploadingChanges(
    scaledWidths(createEdgeArrowHeadProgram<DisplayNodeAttributes, DisplayEdgeAttributes>(), WIDTH_READS.arrowHead),
  ),
]);

/** `context` is read on every render, so UI state changes only need a refresh. */
export function createRenderer(
  graph: DisplayGraph,
  container: HTMLElement,
  context: { readonly current: DisplayContext },
  options: { readonly edgeEvents: boolean } = { edgeEvents: true },
): Renderer {
  // Assigned once the constructor returns; the constructor's first render already calls the reducers.
  let renderer: Renderer | undefined = undefined;
  const labels = createLabelDrawer(() => (renderer ? discBoxes(renderer) : []));
  const kept = keptDrawings();
  renderer = new Sigma<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>(graph, container, {
    ...sizeSettings(graph, options.edgeEvents, context.current.labelRule ?? labelsOf(graph, null)),
    nodeProgramClasses: { bordered: NodeProgram },
    edgeProgramClasses: { arrow: ArrowProgram, curved: CurvedArrowProgram },
    defaultNodeType: 'bordered',
    defaultEdgeType: 'arrow',
    // Only a bundle of parallel flows has a label: its count (bundles.ts); see sizeSettings for the largest parks.
    edgeLabelSize: 11,
    edgeLabelWeight: 'bold',
    edgeLabelColor: { color: '#333333' },
    // Room for the labels of the boundary actors at the left and right edges.
    stagePadding: 60,
    zIndex: true,
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelFont: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
    labelSize: 12,
    minEdgeThickness: 0.5,
    // Sizes in screen pixels whatever the zoom: zooming in spreads the actors apart instead of
    // thickening every flow until the picture is a wall of lines.
    zoomToSizeRatioFunction: () => 1,
    defaultDrawNodeLabel: labels.draw,
    // Sigma keeps what a reducer returns: a compact object of what it draws, not its copy of every attribute,
    // and the same object for an item at each repaint (drawnData.ts).
    nodeReducer: (node, data) => {
      const drawn = kept.node(renderer?.getGraph() ?? graph, node, data, nodeLook(node, data, context.current));
      if (context.current.labelRule?.everyName) drawn.forceLabel = true;
      return drawn;
    },
    edgeReducer: (edge, data) => {
      // The renderer's graph, not `graph`: another one is swapped in for a year or a layout view (useSigma).
      const shown = renderer?.getGraph() ?? graph;
      const [source, target] = shown.extremities(edge);
      const actorOf = (id: string) => shown.getNodeAttribute(id, 'actor');
      const endHidden = endInHiddenCluster(actorOf, source, target, context.current);
      return kept.edge(shown, edge, data, edgeLook(edge, data, { source, target, endHidden }, context.current));
    },
  });
  renderer.on('beforeRender', labels.reset);
  // Sigma asked for each name while it rendered; they are placed together, once all are known.
  renderer.on('afterRender', () => {
    const context = renderer?.getCanvases()['labels']?.getContext('2d');
    if (context) labels.flush(context);
  });
  DRAWN_LABELS.set(renderer, labels.drawn);
  return renderer;
}

/** Above this many actors the discs are not worked out per frame for the names to avoid (few names are drawn). */
const AVOID_DISCS_MAX_NODES = 2000;

/** The boxes of the actors drawn, in viewport pixels. */
function discBoxes(renderer: Renderer): Box[] {
  const graph = renderer.getGraph();
  if (graph.order > AVOID_DISCS_MAX_NODES) return [];
  return graph.nodes().flatMap((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return [];
    const at = renderer.framedGraphToViewport(data);
    const r = renderer.scaleSize(data.size);
    return [{ x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r }];
  });
}

const DRAWN_LABELS = new WeakMap<Renderer, () => readonly DrawnLabel[]>();

/** The names the renderer drew in its last frame (for the end-to-end tests' geometric checks). */
export function drawnLabels(renderer: Renderer): readonly DrawnLabel[] {
  return DRAWN_LABELS.get(renderer)?.() ?? [];
}

/** After a new graph was swapped in: the settings chosen by the park's size follow it. */
export function adaptRenderer(renderer: Renderer, graph: DisplayGraph, edgeEvents: boolean, labels: LabelRule): void {
  const settings = sizeSettings(graph, edgeEvents, labels);
  for (const key of Object.keys(settings) as (keyof typeof settings)[])
    if (renderer.getSetting(key) !== settings[key]) renderer.setSetting(key, settings[key]);
}

function sizeSettings(graph: DisplayGraph, edgeEvents: boolean, labels: LabelRule) {
  const huge = graph.size > HIDE_ON_MOVE_MIN_EDGES;
  return {
    enableEdgeEvents: edgeEvents,
    // Drawing many thousand flows per frame makes panning crawl (software WebGL here: ~0.5 s a
    // frame at 10 000): big parks show only their actors while the camera moves, all once it stops.
    hideEdgesOnMove: huge,
    hideLabelsOnMove: huge,
    // Sigma looks through every flow for labels at each frame (30 ms at 100 000 flows, on each hover and edit):
    // past this size a bundle's count is in its tooltip only.
    renderEdgeLabels: graph.size <= EDGE_LABELS_MAX_EDGES,
    // Every name offered, or only those of the actors drawn at least this big (labelDensity.ts).
    labelRenderedSizeThreshold: labels.minSize,
  };
}
