import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { CLUSTER_RING_RADIUS, clusterLayout } from '../../../src/app/network/layout.ts';
import { cameraFor, SINGLE_NODE_RATIO, focusedNodes, frameOf } from '../../../src/app/network/camera.ts';

const actors = [
  { id: 'a1', cluster: 'a' },
  { id: 'a2', cluster: 'a' },
  { id: 'b1', cluster: 'b' },
  { id: '@supply', boundary: '@supply' },
  { id: '@market', boundary: '@market' },
];

describe('clusterLayout', () => {
  it('is deterministic', () => {
    expect([...clusterLayout(actors, ['a', 'b'])]).toEqual([...clusterLayout(actors, ['a', 'b'])]);
  });
  it('places each cluster’s enterprises close to each other', () => {
    const p = clusterLayout(actors, ['a', 'b']);
    const distance = (u: string, v: string) => Math.hypot(p.get(u)!.x - p.get(v)!.x, p.get(u)!.y - p.get(v)!.y);
    expect(distance('a1', 'a2')).toBeLessThan(distance('a1', 'b1'));
    expect(distance('a1', 'b1')).toBeGreaterThan(CLUSTER_RING_RADIUS);
  });
  it('puts supply on the left and the market on the right', () => {
    const p = clusterLayout(actors, ['a', 'b']);
    expect(p.get('@supply')!.x).toBeLessThan(-CLUSTER_RING_RADIUS);
    expect(p.get('@market')!.x).toBeGreaterThan(CLUSTER_RING_RADIUS);
  });
  it('gives every actor a position, even in a cluster not listed', () => {
    const p = clusterLayout([...actors, { id: 'x1', cluster: 'unlisted' }], ['a', 'b']);
    expect(p.size).toBe(actors.length + 1);
  });
});

describe('cameraFor', () => {
  it('centres on the points', () => {
    const target = cameraFor([
      { x: 0.2, y: 0.4 },
      { x: 0.6, y: 0.8 },
    ]);
    expect(target?.x).toBeCloseTo(0.4);
    expect(target?.y).toBeCloseTo(0.6);
    expect(target!.ratio).toBeGreaterThan(0.4);
  });
  it('zooms in on a single node and gives up on none', () => {
    expect(cameraFor([{ x: 0.5, y: 0.5 }])?.ratio).toBe(SINGLE_NODE_RATIO);
    expect(cameraFor([])).toBeNull();
  });
});

describe('focusedNodes', () => {
  const graph = new MultiDirectedGraph();
  for (const id of ['a', 'b', 'c', 'd', '@market']) graph.addNode(id);
  graph.addEdge('a', 'b');
  graph.addEdge('c', 'a');
  graph.addEdge('a', '@market');

  it('shows a selected actor with its partners in the park, not the boundary', () => {
    expect([...focusedNodes(graph, ['a'])].sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps a request for several actors, or for one not drawn, as it is', () => {
    expect(focusedNodes(graph, ['b', 'd'])).toEqual(['b', 'd']);
    expect(focusedNodes(graph, ['gone'])).toEqual(['gone']);
  });
});

describe('frameOf', () => {
  it('is the actors’ extent in graph coordinates, and a unit frame for an empty graph', () => {
    const graph = new MultiDirectedGraph<{ x: number; y: number }>();
    expect(frameOf(graph)).toEqual({ x: [0, 1], y: [0, 1] });
    graph.addNode('a', { x: -190, y: 20 });
    graph.addNode('b', { x: 50, y: -148 });
    graph.addNode('c', { x: 190, y: 106 });
    expect(frameOf(graph)).toEqual({ x: [-190, 190], y: [-148, 106] });
  });
});
