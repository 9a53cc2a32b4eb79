/**
 * The measures an actor can be sized or coloured by. Mass throughflow alone
 * drew the wastewater plant — the actor most of the park depends on — as a
 * dot, because water is counted in m³ and steam in GJ: each dimension is
 * its own measure, and so are the structural ones (partners, betweenness,
 * dependants) the analysis computes.
 */
import { findUnit, type Dimension } from '../../core/model/units.ts';
import type { FlowEdgeAttributes } from '../../core/graph/types.ts';
import type { DisplayGraph } from './displayGraph.ts';

export const ACTOR_MEASURES = ['mass', 'energy', 'water', 'partners', 'betweenness', 'dependants'] as const;
export type ActorMeasure = (typeof ACTOR_MEASURES)[number];

/** The unit each measure is stated in, for the legend; null for a count or an index. */
export const MEASURE_UNITS: Readonly<Record<ActorMeasure, string | null>> = {
  mass: 't/a',
  energy: 'GJ/a',
  water: 'm3/a',
  partners: null,
  betweenness: null,
  dependants: null,
};

/** What the analysis adds, by actor id: betweenness and the number of dependants its closure would strand (0: none). */
export interface AnalysedMeasures {
  betweenness(id: string): number;
  dependants(id: string): number;
}

/** The measure the park's data supports by default: partners when some flow gives no quantity. */
export function defaultMeasure(graph: DisplayGraph): ActorMeasure {
  return graph.getAttribute('sizeBasis') === 'links' ? 'partners' : 'mass';
}

/**
 * Each actor's value of the measure. Mass is the throughflow the graph
 * already holds (core's T_i, boundary actors by the mass they exchange);
 * energy and water are the larger of what flows in and what flows out in
 * that dimension (a power plant takes coal in tonnes and gives out steam in
 * GJ: its energy is what it gives out); measures of the analysis are 0
 * until it has run.
 */
export function measureValues(
  graph: DisplayGraph,
  measure: ActorMeasure,
  analysed: AnalysedMeasures | undefined,
): Map<string, number> {
  switch (measure) {
    case 'mass':
      return new Map(graph.mapNodes((id, a) => [id, a.throughflow] as const));
    case 'energy':
      return largerOfInAndOut(graph, (flow) => inDimension(flow, 'energy'));
    case 'water':
      // Water given in tonnes is the same number of cubic metres.
      return largerOfInAndOut(graph, (flow) =>
        flow.category === 'water' ? (inDimension(flow, 'volume') ?? inDimension(flow, 'mass')) : null,
      );
    case 'partners':
      return new Map(graph.mapNodes((id) => [id, graph.neighbors(id).length] as const));
    case 'betweenness':
      return new Map(graph.mapNodes((id) => [id, analysed?.betweenness(id) ?? 0] as const));
    case 'dependants':
      return new Map(graph.mapNodes((id) => [id, analysed?.dependants(id) ?? 0] as const));
  }
}

/** The flow's quantity in its dimension's base unit when its unit is of that dimension (no material property needed). */
function inDimension(flow: FlowEdgeAttributes, dimension: Dimension): number | null {
  const unit = findUnit(flow.unit);
  return flow.quantity === null || unit?.dimension !== dimension ? null : flow.quantity * unit.factor;
}

function largerOfInAndOut(
  graph: DisplayGraph,
  value: (flow: FlowEdgeAttributes) => number | null,
): Map<string, number> {
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  graph.forEachEdge((_id, { flow }, source, target) => {
    const v = value(flow);
    if (v === null) return;
    outflow.set(source, (outflow.get(source) ?? 0) + v);
    inflow.set(target, (inflow.get(target) ?? 0) + v);
  });
  return new Map(graph.mapNodes((id) => [id, Math.max(inflow.get(id) ?? 0, outflow.get(id) ?? 0)] as const));
}
