/**
 * The graph sigma draws: the core exchange graph's nodes and edges, each
 * carrying its core attributes plus where and how big it is drawn. Built
 * once per model; the analysis later patches sizes, a layout patches
 * positions, and the reducers derive everything that depends on UI state.
 */
import { MultiDirectedGraph } from 'graphology';
import { columnById, type ActorColumns } from '../analysis/shownAnalysis.ts';
import { alignedActors } from './alignedActors.ts';
import type { ActorNodeAttributes, FlowEdgeAttributes } from '../../core/graph/types.ts';
import { boundaryNode, enterpriseNode, flowEdge } from '../../core/graph/exchangeGraph.ts';
import { listBoundaryIds } from '../../core/model/boundary.ts';
import { buildFlowMatrix } from '../../core/analysis/network/flowMatrix.ts';
import { throughflowOf } from '../../core/analysis/network/flowMetrics.ts';
import { isBoundaryId } from '../../core/model/references.ts';
import { convertQuantity } from '../../core/model/units.ts';
import type { Material, ParkModel } from '../../core/model/types.ts';
import { edgeWidth, nodeSize, nodeStyle } from './appearance.ts';
import { clusterLayout, type Point } from './layout.ts';
import { CATEGORY_COLOURS, clusterColour } from './palette.ts';
import { maxOf } from '../../core/model/maxOf.ts';

export interface DisplayNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  borderColor: string;
  borderSize: number;
  type: 'bordered';
  /** Throughflow in t/a that sets the size (core's T_i for enterprises, mass exchanged for boundary actors). */
  throughflow: number;
  /** A proposed project drawn over the park (see projectOverlay.ts), not part of the model. */
  ghost?: boolean;
  readonly actor: ActorNodeAttributes;
}

export interface DisplayEdgeAttributes {
  size: number;
  color: string;
  type: 'arrow' | 'curved';
  curvature: number;
  /**
   * The line's place among its pair's flows, by the rule of @sigma/edge-curve's indexParallelEdgesIndex
   * (curves.ts); null where there is none. Present from the start, so that placing the lines adds no property.
   */
  parallelIndex: number | null;
  parallelMaxIndex: number | null;
  parallelMinIndex: number | null;
  /** The quantity in t/a, or null where the material has no mass equivalent (e.g. electricity). */
  readonly tonnes: number | null;
  readonly flow: FlowEdgeAttributes;
}

/**
 * What sets the actors' sizes: mass throughflow when every flow gives a
 * quantity, else — a published exchange list, where a few rows give one —
 * the number of partners. Sizing by the few measured flows would draw the
 * actors whose exchanges nobody measured as negligible dots.
 */
export type SizeBasis = 'throughflow' | 'links';

export interface DisplayGraphAttributes {
  sizeBasis: SizeBasis;
  /** The largest flow's quantity (t/a where known), which the widest line stands for. */
  maxQuantity: number;
}

export type DisplayGraph = MultiDirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;

/** `links` when some flow gives no quantity. */
export function sizeBasisOf(model: ParkModel): SizeBasis {
  return model.flows.some((f) => f.quantity === undefined) ? 'links' : 'throughflow';
}

const MASS_UNIT = 't/a';

/** A flow's quantity in t/a, or null where it has none or its material no mass equivalent. */
export function tonnesOf(flow: FlowEdgeAttributes, material: Material | undefined): number | null {
  if (flow.quantity === null) return null;
  return convertQuantity(flow.quantity, flow.unit, MASS_UNIT, material ?? {}) ?? null;
}

/** What sets a flow's line width (`edgeWidth`): its mass, else its quantity in its own unit; null when it has none. */
export function lineQuantity(edge: Pick<DisplayEdgeAttributes, 'tonnes' | 'flow'>): number | null {
  return edge.tonnes ?? edge.flow.quantity;
}

/** The same as a number, for finding the widest line. */
export function widthQuantity(edge: Pick<DisplayEdgeAttributes, 'tonnes' | 'flow'>): number {
  return lineQuantity(edge) ?? 0;
}

/** How a flow's line is drawn, before parallel flows are curved apart (curves.ts). */
export function flowLine(flow: FlowEdgeAttributes, tonnes: number | null, maxQuantity: number): DisplayEdgeAttributes {
  return {
    size: edgeWidth(lineQuantity({ tonnes, flow }), maxQuantity),
    color: CATEGORY_COLOURS[flow.category],
    type: 'arrow',
    curvature: 0,
    parallelIndex: null,
    parallelMaxIndex: null,
    parallelMinIndex: null,
    tonnes,
    flow,
  };
}

/** An enterprise's colour: its cluster's. */
export function clusterColours(model: ParkModel): Map<string, string> {
  return new Map(model.clusters.map((c, i) => [c.id, clusterColour(c.colour, i)]));
}

/** The look of an actor's disc (not its size, which depends on every actor). */
export function actorLook(actor: ActorNodeAttributes, colours: ReadonlyMap<string, string>) {
  const colour = actor.kind === 'enterprise' ? (colours.get(actor.cluster) ?? clusterColour(undefined, 0)) : '';
  return { ...nodeStyle(actor, colour), type: 'bordered' as const, actor };
}

/**
 * The display graph of a model: core's exchange graph (the same actors and
 * flows, with the same attributes, in the same order) with the look of each
 * item, built in one graph (building the exchange graph first and copying
 * it cost 0.7 s more at 100 000 flows).
 */
export function buildDisplayGraph(model: ParkModel): DisplayGraph {
  const materials = new Map(model.materials.map((m) => [m.id, m]));
  const colours = clusterColours(model);
  const actors: (readonly [string, ActorNodeAttributes])[] = [
    ...model.enterprises.map((e) => [e.id, enterpriseNode(e)] as const),
    ...listBoundaryIds().map((b) => [b, boundaryNode(b)] as const),
  ];
  // Each flow's edge and its mass, worked out once: its throughflow, the widest line and its own line read them.
  const flows = model.flows.map((flow) => {
    const material = materials.get(flow.material)!;
    const edge = flowEdge(flow, material);
    return [flow, { flow: edge, tonnes: tonnesOf(edge, material) }] as const;
  });
  const positions = initialPositions(model, actors);

  // Enterprises: core's throughflow T_i (inflows + imports, t/a), the figure the analysis reports.
  // Boundary actors are outside that definition; they are drawn by the mass they exchange.
  const matrix = buildFlowMatrix(model);
  const t = throughflowOf(matrix);
  const throughflow = new Map(matrix.actors.map((id, i) => [id, t[i] ?? 0]));
  for (const [{ from, to }, { tonnes }] of flows) {
    for (const end of [from, to]) {
      if (isBoundaryId(end)) throughflow.set(end, (throughflow.get(end) ?? 0) + (tonnes ?? 0));
    }
  }
  const maxThroughflow = maxOf(throughflow.values(), 0);
  const maxQuantity = maxOf(
    flows.map(([, width]) => widthQuantity(width)),
    0,
  );

  const sizeBasis = sizeBasisOf(model);
  const graph: DisplayGraph = new MultiDirectedGraph();
  graph.setAttribute('sizeBasis', sizeBasis);
  graph.setAttribute('maxQuantity', maxQuantity);
  for (const [id, actor] of actors) {
    const through = throughflow.get(id) ?? 0;
    graph.addNode(id, {
      ...(positions.get(id) ?? { x: 0, y: 0 }),
      ...actorLook(actor, colours),
      size: nodeSize(through, maxThroughflow),
      throughflow: through,
    });
  }
  for (const [{ id, from, to }, { flow, tonnes }] of flows)
    graph.addDirectedEdgeWithKey(id, from, to, flowLine(flow, tonnes, maxQuantity));
  // Sized by partners, which the graph just built knows.
  if (sizeBasis === 'links') sizeByPartners(graph);
  return graph;
}

/** Every actor sized by its number of exchange partners (a park whose flows give no quantities). */
export function sizeByPartners(graph: DisplayGraph): void {
  const partners = (id: string) => graph.neighbors(id).length;
  const most = maxOf(graph.mapNodes(partners), 0);
  graph.forEachNode((id, attributes) => {
    attributes.size = nodeSize(partners(id), most);
  });
}

/**
 * Resizes the actors to the analysis' throughflow (t/a), patching the graph
 * in place; actors the analysis leaves out keep their own figure. Only the
 * actors whose figure or size changes are touched: each update is an event
 * the renderer repaints for, and a fresh graph already holds the figures
 * (at 20 000 actors, rewriting them all was 20 000 repaints per analysis).
 */
export function applyThroughflow(graph: DisplayGraph, analysed: Pick<ActorColumns, 'ids' | 'throughflow'>): void {
  // A park sized by its links has no throughflow to size by (every one is 0): keep the sizes.
  if (graph.getAttribute('sizeBasis') === 'links') return;
  // After an edit the display patch has already adjusted each touched actor flow by flow (displayPatch.ts), so
  // the analysis mostly confirms what is drawn: one pass over two lists to see that, two more only when it does not.
  const { ids, throughflow } = analysed;
  const actors = alignedActors(graph, ids);
  let confirmed = true;
  for (let i = 0; i < ids.length && confirmed; i++) {
    const actor = actors[i];
    confirmed = actor === undefined || nearlyEqual(actor.throughflow, throughflow[i]!);
  }
  if (confirmed) return;
  const analysedOf = columnById(analysed, 'throughflow');
  // Two passes over the nodes, with nothing built per node: this runs after each analysis of 20 000 actors.
  let max = 0;
  graph.forEachNode((id, a) => {
    max = Math.max(max, analysedOf.get(id) ?? a.throughflow);
  });
  graph.forEachNode((id, before) => {
    const value = analysedOf.get(id) ?? before.throughflow;
    const size = nodeSize(value, max);
    // A patched graph adjusted throughflow flow by flow (displayPatch.ts): the same sum up to rounding is no change.
    if (!nearlyEqual(before.throughflow, value) || !nearlyEqual(before.size, size))
      graph.mergeNodeAttributes(id, { throughflow: value, size });
  });
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Where actors are first drawn: the model's saved view positions, else the cluster layout. */
function initialPositions(
  model: ParkModel,
  actors: readonly (readonly [string, ActorNodeAttributes])[],
): Map<string, Point> {
  const positions = clusterPositions(model, actors);
  for (const [id, point] of Object.entries(model.view?.positions ?? {}))
    if (positions.has(id)) positions.set(id, point);
  return positions;
}

/** The deterministic cluster layout of these actors. */
function clusterPositions(
  model: ParkModel,
  actors: readonly (readonly [string, ActorNodeAttributes])[],
): Map<string, Point> {
  return clusterLayout(
    actors.map(([id, actor]) =>
      actor.kind === 'boundary' ? { id, boundary: actor.boundary } : { id, cluster: actor.cluster },
    ),
    model.clusters.map((c) => c.id),
  );
}

/** Puts every actor back at its place in the cluster layout. */
export function resetPositions(model: ParkModel, graph: DisplayGraph): void {
  for (const [id, point] of clusterPositions(
    model,
    graph.mapNodes((id, a) => [id, a.actor] as const),
  )) {
    if (graph.hasNode(id)) graph.mergeNodeAttributes(id, { x: point.x, y: point.y });
  }
}
