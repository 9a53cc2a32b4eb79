import { describe, expect, it } from 'vitest';
import { alignedActors } from '../../../src/app/network/alignedActors.ts';
import { applyThroughflow, buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const model = buildPark({
  materials: { slag: 'waste' },
  enterprises: { a: { out: { slag: 100 } }, b: { in: { slag: 100 }, out: { slag: 50 } }, c: { in: { slag: 50 } } },
  flows: [
    ['a', 'b', 'slag', 100],
    ['b', 'c', 'slag', 50],
  ],
});

describe('alignedActors', () => {
  it("gives each id's drawn actor in the ids' order, undefined where none is drawn", () => {
    const graph = buildDisplayGraph(model);
    const actors = alignedActors(graph, ['c', 'nobody', 'a']);
    expect(actors[0]).toBe(graph.getNodeAttributes('c'));
    expect(actors[1]).toBeUndefined();
    expect(actors[2]).toBe(graph.getNodeAttributes('a'));
  });

  it('keeps the list while the ids are the same and no actor comes, goes or is replaced', () => {
    const graph = buildDisplayGraph(model);
    const ids = ['a', 'b', 'c'];
    const first = alignedActors(graph, ids);
    graph.mergeNodeAttributes('a', { size: 3 });
    expect(alignedActors(graph, [...ids])).toBe(first);
    graph.replaceNodeAttributes('b', { ...graph.getNodeAttributes('b') });
    const afterReplace = alignedActors(graph, ids);
    expect(afterReplace).not.toBe(first);
    expect(afterReplace[1]).toBe(graph.getNodeAttributes('b'));
    const kept = graph.getNodeAttributes('c');
    graph.dropNode('c');
    graph.addNode('c', { ...kept });
    expect(alignedActors(graph, ids)[2]).toBe(graph.getNodeAttributes('c'));
  });
});

describe('applyThroughflow against the aligned actors', () => {
  const column = (values: Record<string, number>) => ({
    ids: Object.keys(values),
    throughflow: Float64Array.from(Object.values(values)),
  });

  it('resizes an actor re-added under the same id, not the dropped one', () => {
    const graph = buildDisplayGraph(model);
    const figures = Object.fromEntries(graph.mapNodes((id, a) => [id, a.throughflow] as const));
    applyThroughflow(graph, column(figures));
    const old = graph.getNodeAttributes('c');
    graph.dropNode('c');
    graph.addNode('c', { ...old, throughflow: 0, size: 0 });
    applyThroughflow(graph, column(figures));
    expect(graph.getNodeAttribute('c', 'throughflow')).toBe(figures['c']);
    expect(graph.getNodeAttribute('c', 'size')).toBeGreaterThan(0);
  });

  it('sees a figure the display patch wrote in place', () => {
    const graph = buildDisplayGraph(model);
    const figures = Object.fromEntries(graph.mapNodes((id, a) => [id, a.throughflow] as const));
    applyThroughflow(graph, column(figures));
    // The display patch writes into the attribute object (displayPatch.ts), with no event.
    graph.getNodeAttributes('a').throughflow = 1;
    applyThroughflow(graph, column(figures));
    expect(graph.getNodeAttribute('a', 'throughflow')).toBe(figures['a']);
  });
});
