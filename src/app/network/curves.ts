/**
 * Parallel flows between the same pair drawn as separate curves
 * (@sigma/edge-curve draws them from `curvature`). The pairs are indexed
 * here by the rule of that package's `indexParallelEdgesIndex` — alone: a
 * straight line; alone one way with flows back: index 1 of 1; several one
 * way only: spread around 0; several both ways: 1…n each side — in one pass
 * over the flows (the package's pass built two string ids per flow: half a
 * second at 100 000 flows). Where the package leaves a bound out, it is
 * null here: every line has the same three fields.
 */
import { parallelCurvature } from './appearance.ts';
import type { DisplayEdgeAttributes, DisplayGraph } from './displayGraph.ts';

type ParallelIndex = Pick<DisplayEdgeAttributes, 'parallelIndex' | 'parallelMinIndex' | 'parallelMaxIndex'>;

/** Each flow's place among the flows of its pair, the flows given in drawing order as [id, source, target]. */
export function parallelIndexes(flows: Iterable<readonly [string, string, string]>): Map<string, ParallelIndex> {
  const byPair = new Map<string, Map<string, string[]>>();
  for (const [id, source, target] of flows) {
    let targets = byPair.get(source);
    if (!targets) byPair.set(source, (targets = new Map()));
    const list = targets.get(target);
    if (list) list.push(id);
    else targets.set(target, [id]);
  }
  const indexes = new Map<string, ParallelIndex>();
  for (const [source, targets] of byPair) {
    for (const [target, ids] of targets) {
      const back = source === target ? 0 : (byPair.get(target)?.get(source)?.length ?? 0);
      const count = ids.length;
      ids.forEach((id, i) => {
        if (count === 1)
          indexes.set(
            id,
            back === 0
              ? { parallelIndex: null, parallelMaxIndex: null, parallelMinIndex: null }
              : { parallelIndex: 1, parallelMaxIndex: 1, parallelMinIndex: null },
          );
        else if (back === 0) {
          const max = (count - 1) / 2;
          indexes.set(id, { parallelIndex: i - max, parallelMinIndex: -max, parallelMaxIndex: max });
        } else indexes.set(id, { parallelIndex: i + 1, parallelMaxIndex: count, parallelMinIndex: null });
      });
    }
  }
  return indexes;
}

/** The line of a flow with its place among its pair's flows: straight, or curved apart. */
export function curvedLine(index: ParallelIndex): ParallelIndex & Pick<DisplayEdgeAttributes, 'type' | 'curvature'> {
  const curvature = parallelCurvature(index.parallelIndex, index.parallelMaxIndex);
  return { ...index, type: curvature === 0 ? 'arrow' : 'curved', curvature };
}

/** Curves every pair's parallel flows apart; for a graph no renderer draws yet (it is written without events). */
export function curveParallelFlows(graph: DisplayGraph): void {
  const indexes = parallelIndexes(graph.mapEdges((id, _a, source, target) => [id, source, target] as const));
  graph.forEachEdge((id, attributes) => {
    Object.assign(attributes, curvedLine(indexes.get(id)!));
  });
}
