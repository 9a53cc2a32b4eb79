/** The scales the user chose for the actors' sizes and colours, from the graph and the finished analysis. */
import { useMemo } from 'react';
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
): ActorScales {
  const analysed = useMemo<AnalysedMeasures | undefined>(() => {
    if (analysis.status !== 'done') return undefined;
    const { network, dependants } = analysis.analysis;
    return {
      // Not computed (NaN) counts as 0.
      betweenness: network
        ? new Map(network.actors.ids.map((id, i) => [id, network.actors.betweenness[i] || 0] as const))
        : new Map<string, number>(),
      dependants: dependants ?? new Map(),
    };
  }, [analysis]);
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
