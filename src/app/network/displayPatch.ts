/**
 * An edit applied to the display graph in place, instead of drawing the
 * park again: at 100 000 flows building the display graph took 1.6 s and
 * handing a new graph to sigma 2 s more, for a one-cell edit.
 *
 * What changed is found by identity (core's modelDelta.ts: an edit's
 * result shares every untouched item with the model before it). Changed
 * flows and enterprises get their attributes written again; throughflow
 * (which sizes the actors) is adjusted by what the changed flows added and
 * now add (core's `throughflowShare`, the matrix' own rule, flow by flow);
 * the widest flow and the largest actor are looked for again only when a
 * changed item was or becomes one. Flows added or removed go through
 * graphology's own calls (sigma hears them), with their pair's curves
 * worked out again.
 *
 * Some edits change how everything is drawn: a cluster's colour, a
 * material's unit, an enterprise opening or closing (which actors count in
 * the throughflow), an actor added or removed, the size basis. Those return
 * null and the caller draws the park again.
 */
import { internalActors } from '../../core/analysis/network/actors.ts';
import { throughflowShare } from '../../core/analysis/network/flowMatrix.ts';
import { enterpriseNode, flowEdge } from '../../core/graph/exchangeGraph.ts';
import { maxOf } from '../../core/model/maxOf.ts';
import { collectionChanges, modelDelta } from '../../core/model/modelDelta.ts';
import { isBoundaryId } from '../../core/model/references.ts';
import type { Flow, Material, ParkModel } from '../../core/model/types.ts';
import { edgeWidth, nodeSize } from './appearance.ts';
import { curvedLine, parallelIndexes } from './curves.ts';
import {
  actorLook,
  clusterColours,
  flowLine,
  lineQuantity,
  sizeBasisOf,
  sizeByPartners,
  tonnesOf,
  widthQuantity,
  type DisplayGraph,
} from './displayGraph.ts';

export interface DisplayPatch {
  /** Actors and flows whose look changed in place (not their place nor their kind of line): repaint only these. */
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** The flows the edit itself changed. */
  readonly changed: readonly string[];
  /**
   * The widest line changed, so every line's width did: the graph's sizes are written again, and the programs draw
   * the new widths from `maxQuantity` (scaledWidths.ts) without processing every line; the renderer's kept widths
   * follow with `rescaleKeptWidths`.
   */
  readonly rescaled: boolean;
  /** Flows were added or removed: the renderer must index the graph again. */
  readonly structural: boolean;
}

/** Patches `graph` (drawn from `before`) to draw `after`; null when the park must be drawn again. */
export function patchDisplayGraph(graph: DisplayGraph, before: ParkModel, after: ParkModel): DisplayPatch | null {
  const delta = modelDelta(before, after);
  if (delta.collections.clusters || delta.collections.materials) return null;
  const flows = collectionChanges(before.flows, delta.collections.flows);
  if (sizeBasisAfter(graph, after, flows.added) !== graph.getAttribute('sizeBasis')) return null;
  const enterprises = collectionChanges(before.enterprises, delta.collections.enterprises);
  const replaced = new Map(enterprises.dropped.map((e) => [e.id, e]));
  if (enterprises.added.length !== enterprises.dropped.length) return null;
  for (const e of enterprises.added) if (replaced.get(e.id)?.status !== e.status) return null;

  const nodes = new Set<string>();
  const edges = new Set<string>();
  const colours = clusterColours(after);
  for (const enterprise of enterprises.added) {
    Object.assign(graph.getNodeAttributes(enterprise.id), actorLook(enterpriseNode(enterprise), colours));
    nodes.add(enterprise.id);
  }

  if (flows.added.length === 0 && flows.dropped.length === 0)
    return { nodes: [...nodes], edges: [], changed: [], rescaled: false, structural: false };
  const materials = new Map(after.materials.map((m) => [m.id, m]));
  const counting = throughflowCounter(after, materials);
  const oldMax = graph.getAttribute('maxQuantity');
  let maxQuestioned = false;
  for (const flow of flows.dropped) {
    counting.add(flow, -1);
    if (graph.hasEdge(flow.id) && widthQuantity(graph.getEdgeAttributes(flow.id)) >= oldMax) maxQuestioned = true;
  }
  const added = new Map(flows.added.map((f) => [f.id, f]));
  const touchedPairs: [string, string][] = [];
  let structural = false;
  for (const flow of flows.dropped) {
    const next = added.get(flow.id);
    if (next && next.from === flow.from && next.to === flow.to) continue;
    graph.dropEdge(flow.id);
    touchedPairs.push([flow.from, flow.to]);
    structural = true;
  }
  let newMax = oldMax;
  for (const flow of flows.added) {
    counting.add(flow, 1);
    const material = materials.get(flow.material)!;
    const edge = flowEdge(flow, material);
    const line = flowLine(edge, tonnesOf(edge, material), oldMax);
    newMax = Math.max(newMax, widthQuantity(line));
    if (graph.hasEdge(flow.id)) {
      // Same ends: the line keeps its place among its pair's curves.
      const { type, curvature, parallelIndex, parallelMinIndex, parallelMaxIndex } = graph.getEdgeAttributes(flow.id);
      const kept = { type, curvature, parallelIndex, parallelMinIndex, parallelMaxIndex };
      Object.assign(graph.getEdgeAttributes(flow.id), line, kept);
      edges.add(flow.id);
    } else {
      graph.addDirectedEdgeWithKey(flow.id, flow.from, flow.to, line);
      touchedPairs.push([flow.from, flow.to]);
      structural = true;
    }
  }
  if (maxQuestioned)
    newMax = maxOf(
      graph.mapEdges((_id, a) => widthQuantity(a)),
      0,
    );
  const changed = [...edges];
  const rescaled = newMax !== oldMax;
  if (rescaled) {
    graph.setAttribute('maxQuantity', newMax);
    graph.forEachEdge((_id, a) => {
      a.size = edgeWidth(lineQuantity(a), newMax);
    });
  }
  if (touchedPairs.length > 0) {
    // A pair's curves are dealt in model order, as a fresh drawing deals them (an undone removal comes back last
    // in the graph, but in its place in the model).
    const order = new Map(after.flows.map((f, i) => [f.id, i] as const));
    for (const [source, target] of touchedPairs) curvePair(graph, source, target, order);
  }
  for (const id of resize(graph, counting.changes(), structural)) nodes.add(id);
  return { nodes: [...nodes], edges: [...edges], changed, rescaled, structural };
}

/**
 * The park's size basis after the edit. A park sized by throughflow has a quantity on every flow, so it
 * still has after an edit unless an added flow lacks one: no need to look through 100 000 flows again.
 */
function sizeBasisAfter(graph: DisplayGraph, after: ParkModel, added: readonly Flow[]) {
  if (graph.getAttribute('sizeBasis') === 'throughflow' && added.every((f) => f.quantity !== undefined))
    return 'throughflow';
  return sizeBasisOf(after);
}

/** The internal actors' places (core's matrix order), kept while the enterprises are the same array. */
const INTERNAL = new WeakMap<ParkModel['enterprises'], ReadonlyMap<string, number>>();

function internalIndex(model: ParkModel): ReadonlyMap<string, number> {
  let index = INTERNAL.get(model.enterprises);
  if (!index) {
    index = new Map(internalActors(model).map((id, i) => [id, i] as const));
    INTERNAL.set(model.enterprises, index);
  }
  return index;
}

/**
 * Builds what patching the display graph after an edit of `model` keeps from one edit to the next (the internal
 * actors' places), so that the first edit after a park opens does not (14 ms at 20 000 enterprises).
 */
export function prepareDisplayPatch(model: ParkModel): void {
  internalIndex(model);
}

/** Throughflow changes by actor: core's T_i for enterprises, mass exchanged for the boundary (as displayGraph.ts). */
function throughflowCounter(model: ParkModel, materials: ReadonlyMap<string, Material>) {
  const internal = internalIndex(model);
  const changes = new Map<string, number>();
  const add = (actor: string, quantity: number) => changes.set(actor, (changes.get(actor) ?? 0) + quantity);
  return {
    add(flow: Flow, sign: 1 | -1) {
      const material = materials.get(flow.material);
      if (!material) return;
      const share = throughflowShare(flow, material, internal);
      if (share) add(share.actor, sign * share.quantity);
      const tonnes = tonnesOf(flowEdge(flow, material), material) ?? 0;
      for (const end of [flow.from, flow.to]) if (isBoundaryId(end)) add(end, sign * tonnes);
    },
    changes: () => changes,
  };
}

/**
 * Actors' sizes after throughflow changed by `changes`: every actor is
 * resized only when the largest one changed. A park sized by its links
 * (partners) is resized whole when flows came or went.
 */
function resize(graph: DisplayGraph, changes: ReadonlyMap<string, number>, structural: boolean): Iterable<string> {
  const touched = [...changes.keys()].filter((id) => graph.hasNode(id));
  if (graph.getAttribute('sizeBasis') === 'links') {
    if (!structural) return [];
    sizeByPartners(graph);
    return graph.nodes();
  }
  const oldMax = largestThroughflow(graph);
  let max = oldMax;
  // The largest is looked for again only when it was a touched actor's and that one shrank.
  let maxQuestioned = false;
  for (const id of touched) {
    const a = graph.getNodeAttributes(id);
    const before = a.throughflow;
    // Sums adjusted up and down may leave a rounding residue where nothing flows any more.
    a.throughflow = Math.max(0, a.throughflow + (changes.get(id) ?? 0));
    if (Math.abs(a.throughflow) < 1e-9) a.throughflow = 0;
    if (before >= oldMax && a.throughflow < before) maxQuestioned = true;
    max = Math.max(max, a.throughflow);
  }
  if (maxQuestioned) max = largestThroughflow(graph);
  const resized = max === oldMax ? touched : graph.nodes();
  for (const id of resized) {
    const a = graph.getNodeAttributes(id);
    a.size = nodeSize(a.throughflow, max);
  }
  return resized;
}

/** The largest throughflow of the drawn actors (0 for none), found without building a list of 20 000 of them. */
function largestThroughflow(graph: DisplayGraph): number {
  let max = 0;
  graph.forEachNode((_id, a) => {
    max = Math.max(max, a.throughflow);
  });
  return max;
}

/** The curves of the flows between two actors (both ways) after one was added or removed. */
function curvePair(graph: DisplayGraph, a: string, b: string, order: ReadonlyMap<string, number>): void {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return;
  const flows = a === b ? graph.outEdges(a, b) : [...graph.outEdges(a, b), ...graph.outEdges(b, a)];
  flows.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  const indexes = parallelIndexes(flows.map((id) => [id, graph.source(id), graph.target(id)] as const));
  for (const [id, index] of indexes) {
    // Every bound is rewritten: a pair that was curved keeps no stale one where it no longer has one.
    graph.mergeEdgeAttributes(id, curvedLine(index));
  }
}
