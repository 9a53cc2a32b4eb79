/**
 * The whole park's display graph, kept across edits: drawn once per open
 * model, then patched in place by each edit (displayPatch.ts) — or drawn
 * again where an edit changes how everything is drawn. `revision` counts
 * the changes, for what is worked out from the graph's contents (the same
 * graph object holds a new park after a patch); `patch` says what the last
 * one touched, so the renderer repaints only that.
 */
import { useLayoutEffect, useState } from 'react';
import type { ParkModel } from '../../core/model/types.ts';
import type { Positions } from '../model/positions.ts';
import { curveParallelFlows } from './curves.ts';
import { buildDisplayGraph, type DisplayGraph } from './displayGraph.ts';
import { patchDisplayGraph, type DisplayPatch } from './displayPatch.ts';
import { applyPositions } from './graphPositions.ts';

/** The graph the network draws for a model, parallel flows curved: the whole park's and each year's alike. */
export function drawPark(model: ParkModel): DisplayGraph {
  const display = buildDisplayGraph(model);
  curveParallelFlows(display);
  return display;
}

export interface DrawnPark {
  readonly graph: DisplayGraph;
  readonly revision: number;
  /** What the last change patched in place; null after the park was drawn whole. */
  readonly patch: DisplayPatch | null;
}

interface Drawn extends DrawnPark {
  readonly model: ParkModel;
  readonly entry: string;
}

export function useDisplayGraph(model: ParkModel, entry: string, positions: () => Positions | null): DrawnPark {
  const [drawn, setDrawn] = useState<Drawn>(() => ({ ...drawWhole(model, positions), model, entry, revision: 0 }));
  // Patched before the browser paints (the network never shows the old park beside the new model), and in an
  // effect rather than while rendering: patching mutates the graph, which a render must not.
  useLayoutEffect(() => {
    if (drawn.model === model && drawn.entry === entry) return;
    const patch = drawn.entry === entry ? patchDisplayGraph(drawn.graph, drawn.model, model) : null;
    const next = patch ? { graph: drawn.graph, patch } : drawWhole(model, positions);
    setDrawn({ ...next, model, entry, revision: drawn.revision + 1 });
  }, [model, entry, drawn, positions]);
  return drawn;
}

function drawWhole(model: ParkModel, positions: () => Positions | null) {
  const graph = drawPark(model);
  // Where the user last left the actors, which an edit or an undo does not move.
  applyPositions(graph, positions() ?? {});
  return { graph, patch: null };
}
