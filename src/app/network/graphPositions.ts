/**
 * Positions on the display graph: taken from it after a drag or a layout
 * run, laid onto it from the saved ones (model/positions.ts), and overlaps
 * pushed apart after a layout.
 */
import noverlap from 'graphology-layout-noverlap';
import type { Positions } from '../model/positions.ts';
import type { DisplayGraph } from './displayGraph.ts';

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
    // An actor already there is left alone: each move is an event sigma re-indexes the whole graph for.
    const { x, y } = graph.getNodeAttributes(id);
    if (x !== point.x || y !== point.y) graph.mergeNodeAttributes(id, { x: point.x, y: point.y });
    moved += 1;
  }
  return moved;
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
