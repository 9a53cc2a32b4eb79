/** Parallel flows between the same pair drawn as separate curves (@sigma/edge-curve). */
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import { parallelCurvature } from './appearance.ts';
import type { DisplayGraph } from './displayGraph.ts';

export function curveParallelFlows(graph: DisplayGraph): void {
  indexParallelEdgesIndex(graph);
  graph.updateEachEdgeAttributes((_edge, a) => {
    const curvature = parallelCurvature(a.parallelIndex, a.parallelMaxIndex);
    return { ...a, type: curvature === 0 ? 'arrow' : 'curved', curvature };
  });
}
