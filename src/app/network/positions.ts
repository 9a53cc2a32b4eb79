/**
 * Where the actors are drawn, kept as the model's view state
 * (`view.positions`) so that a park looks the same when reopened: read from
 * the model, taken from the graph after a drag or a layout run, and saved
 * with the model in the library (not as an undo step).
 */
import noverlap from 'graphology-layout-noverlap';
import type { ParkModel } from '../../core/model/types.ts';
import type { DisplayGraph } from './displayGraph.ts';

export type Positions = Readonly<Record<string, { readonly x: number; readonly y: number }>>;

export function positionsOf(graph: DisplayGraph): Positions {
  const out: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((id, a) => {
    if (!a.ghost) out[id] = { x: a.x, y: a.y };
  });
  return out;
}

/** Moves the actors that have a saved position; others keep theirs. Returns how many moved. */
export function applyPositions(graph: DisplayGraph, positions: Positions): number {
  let moved = 0;
  for (const [id, point] of Object.entries(positions)) {
    if (!graph.hasNode(id)) continue;
    graph.mergeNodeAttributes(id, { x: point.x, y: point.y });
    moved += 1;
  }
  return moved;
}

/** The model with these positions as its view state (what an export or a save writes). */
export function withPositions(model: ParkModel, positions: Positions): ParkModel {
  return { ...model, view: { ...model.view, positions: { ...positions } } };
}

/** Keeps only entries of the shape `{ id: { x: finite, y: finite } }`. */
export function sanitisePositions(value: unknown): Positions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, point] of Object.entries(value as Record<string, unknown>)) {
    if (typeof point !== 'object' || point === null) continue;
    const { x, y } = point as { x?: unknown; y?: unknown };
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) out[id] = { x, y };
  }
  return out;
}

/**
 * Pushes overlapping actors apart (noverlap). Sizes are drawn in screen
 * pixels while positions are graph units, so the caller says how many graph
 * units one node-size unit covers at the current zoom.
 */
export function removeOverlaps(graph: DisplayGraph, graphUnitsPerSize: number, maxIterations = 200): void {
  if (!(graphUnitsPerSize > 0) || graph.order < 2) return;
  noverlap.assign(graph, {
    maxIterations,
    settings: { margin: 2 * graphUnitsPerSize, ratio: 1.1, expansion: 1.1 },
    inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: (a.size ?? 1) * graphUnitsPerSize }),
  });
}
