/**
 * The year slider's state: which year the network is drawn as of (null: all
 * years, the whole model). It is a view, like the legend's filters: the park
 * shown is core's `modelAsOf` of the open model, rebuilt as a display graph,
 * while the model, its history and every edit stay the whole model's.
 *
 * Actors keep their places across years: a year's graph takes the positions
 * of the whole park's graph and the saved ones, so moving the slider redraws
 * the network without moving anyone; positions dragged in a year's view are
 * kept with those of the actors not shown that year.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { eachYear, modelAsOf } from '../../core/model/asOf.ts';
import { valueTally } from '../../core/model/sameItems.ts';
import type { Flow, ParkModel } from '../../core/model/types.ts';
import type { DisplayGraph } from './displayGraph.ts';
import type { Positions } from '../model/positions.ts';
import { applyPositions, positionsOf } from './graphPositions.ts';

/** How the app turns a model into the graph it draws (the same for the whole park and for a year). */
export type DrawGraph = (model: ParkModel) => DisplayGraph;

/** The display graph of the park as of `year`, its actors where they are in the whole park's drawing. */
export function yearGraph(
  model: ParkModel,
  year: number,
  whole: DisplayGraph,
  saved: Positions | null,
  draw: DrawGraph,
): DisplayGraph {
  const graph = draw(modelAsOf(model, year));
  applyPositions(graph, positionsOf(whole));
  applyPositions(graph, saved ?? {});
  return graph;
}

/**
 * The positions to save after actors moved in `shown`: theirs, over the
 * saved ones (or the whole drawing's), so that actors absent that year keep
 * theirs.
 */
export function positionsToKeep(shown: DisplayGraph, whole: DisplayGraph, saved: Positions | null): Positions {
  if (shown === whole) return positionsOf(shown);
  return { ...positionsOf(whole), ...saved, ...positionsOf(shown) };
}

export interface YearView {
  /** The years in which something changed; empty when no flow has a year (then there is no slider). */
  readonly years: readonly number[];
  /** The year shown, or null for all years. */
  readonly year: number | null;
  readonly setYear: (year: number | null) => void;
  /** The graph to draw: the whole park's, or the park as of `year`. */
  readonly graph: DisplayGraph;
}

/**
 * Every start and end year of the flows (core's yearsOf), tallied from the places an edit replaced: 100 000
 * flows are a walk at each edit.
 */
const flowYears = valueTally<Flow, number>(eachYear);

/**
 * The year view of the open model. `whole` is the whole park's display
 * graph and `draw` how it was drawn; `saved` reads the positions kept with
 * the model; `modelKey` changes when another model is opened, which goes
 * back to all years.
 */
export function useYearView(
  model: ParkModel,
  whole: DisplayGraph,
  saved: () => Positions | null,
  modelKey: string,
  draw: DrawGraph,
): YearView {
  const [chosen, setChosen] = useState<number | null>(null);
  useEffect(() => setChosen(null), [modelKey]);
  const tally = flowYears(model.flows);
  const years = useMemo(() => [...tally.keys()].sort((a, b) => a - b), [tally]);
  // An edit that removes every year leaves nothing to choose: all years again.
  const year = years.length === 0 ? null : chosen;
  const graph = useMemo(
    () => (year === null ? whole : yearGraph(model, year, whole, saved(), draw)),
    [model, year, whole, saved, draw],
  );
  // Back to all years: actors dragged in a year's view are where they were left. Only then, not at each edit:
  // the whole park's graph is patched in place, and walking 20 000 saved positions per edit is for nothing.
  useMemo(() => {
    if (year === null) applyPositions(whole, saved() ?? {});
  }, [year, whole, saved]);
  const setYear = useCallback((next: number | null) => setChosen(next), []);
  return { years, year, setYear, graph };
}
