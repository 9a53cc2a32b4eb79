/** The scales the user chose for the actors' sizes and colours, from the graph and the finished analysis. */
import { useMemo } from 'react';
import { analysedMeasures } from '../analysis/shownAnalysis.ts';
import type { AnalysisState } from '../analysis/useAnalysis.ts';
import { measureValues, type ActorMeasure, type AnalysedMeasures } from './actorMeasures.ts';
import { actorScale, scaledColours, scaledSizes, type ActorScale } from './actorScale.ts';
import type { DisplayGraph } from './displayGraph.ts';

export interface ActorScales {
  /** Null while the park's default sizing holds (the graph's own sizes). */
  readonly size: ActorScale | null;
  readonly colour: ActorScale | null;
  readonly sizes: ReadonlyMap<string, number> | null;
  readonly colours: ReadonlyMap<string, string> | null;
}

export function useActorScales(
  graph: DisplayGraph,
  sizeBy: ActorMeasure | null,
  colourBy: ActorMeasure | 'cluster',
  analysis: AnalysisState,
  /** The analysed model's enterprises, in its order (the analysis' dependants are a column in that order). */
  enterprises: readonly { readonly id: string }[],
): ActorScales {
  const analysed = useMemo<AnalysedMeasures | undefined>(
    () => (analysis.status === 'done' ? analysedMeasures(analysis.analysis, enterprises) : undefined),
    [analysis, enterprises],
  );
  const size = useMemo(
    () => (sizeBy === null ? null : actorScale(measureValues(graph, sizeBy, analysed))),
    [graph, sizeBy, analysed],
  );
  const colour = useMemo(
    () => (colourBy === 'cluster' ? null : actorScale(measureValues(graph, colourBy, analysed))),
    [graph, colourBy, analysed],
  );
  return useMemo(
    () => ({
      size,
      colour,
      sizes: size && scaledSizes(size),
      colours: colour && scaledColours(colour),
    }),
    [size, colour],
  );
}
