import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it, vi } from 'vitest';
import { parallelIndexes } from '../../../src/app/network/curves.ts';
import { seededRandom } from '../../../src/core/analysis/network/shared.ts';

// The reference: sigma's edge-curve package, which reads WebGL constants when it loads (none are drawn here).
vi.hoisted(() => {
  const constants = new Proxy({}, { get: () => 0 });
  Object.assign(globalThis, { WebGL2RenderingContext: constants, WebGLRenderingContext: constants });
});
const { indexParallelEdgesIndex } = await import('@sigma/edge-curve');

describe('parallelIndexes', () => {
  it('indexes a pair as the edge-curve package does: alone, one way, both ways, and loops', () => {
    const flows = [
      ['solo', 'a', 'b'],
      ['there', 'c', 'd'],
      ['back', 'd', 'c'],
      ['back2', 'd', 'c'],
      ['fan1', 'e', 'f'],
      ['fan2', 'e', 'f'],
      ['fan3', 'e', 'f'],
      ['loop', 'g', 'g'],
    ] as const;
    const indexes = parallelIndexes(flows);
    expect(indexes.get('solo')).toEqual({ parallelIndex: null, parallelMaxIndex: null, parallelMinIndex: null });
    expect(indexes.get('there')).toEqual({ parallelIndex: 1, parallelMaxIndex: 1, parallelMinIndex: null });
    expect([indexes.get('back'), indexes.get('back2')]).toEqual([
      { parallelIndex: 1, parallelMaxIndex: 2, parallelMinIndex: null },
      { parallelIndex: 2, parallelMaxIndex: 2, parallelMinIndex: null },
    ]);
    expect(['fan1', 'fan2', 'fan3'].map((id) => indexes.get(id)?.parallelIndex)).toEqual([-1, 0, 1]);
    expect(indexes.get('loop')).toEqual({ parallelIndex: null, parallelMaxIndex: null, parallelMinIndex: null });
  });

  it('gives what the package gives on a random multigraph', () => {
    const random = seededRandom(3);
    const graph = new MultiDirectedGraph();
    const flows: [string, string, string][] = [];
    for (let i = 0; i < 400; i++) {
      const source = `n${Math.floor(random() * 12)}`;
      const target = `n${Math.floor(random() * 12)}`;
      graph.mergeNode(source);
      graph.mergeNode(target);
      graph.addDirectedEdgeWithKey(`e${i}`, source, target);
      flows.push([`e${i}`, source, target]);
    }
    indexParallelEdgesIndex(graph);
    const ours = parallelIndexes(flows);
    graph.forEachEdge((id, attributes) => {
      const index = ours.get(id)!;
      expect([index.parallelIndex, index.parallelMaxIndex, index.parallelMinIndex], id).toEqual([
        attributes['parallelIndex'],
        attributes['parallelMaxIndex'],
        // The package leaves a bound out where we write null.
        attributes['parallelMinIndex'] ?? null,
      ]);
    });
  });
});
