import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  activeHighlight,
  highlightFor,
  neighbourhoodOf,
  sameHighlight,
  withHover,
} from '../../../src/app/network/highlight.ts';

function triangle() {
  const graph = new MultiDirectedGraph();
  for (const n of ['a', 'b', 'c', 'd']) graph.addNode(n);
  graph.addDirectedEdgeWithKey('ab', 'a', 'b');
  graph.addDirectedEdgeWithKey('ab2', 'a', 'b');
  graph.addDirectedEdgeWithKey('bc', 'b', 'c');
  graph.addDirectedEdgeWithKey('cd', 'c', 'd');
  return graph;
}

const finding = { enterprises: ['c', 'd'], flows: ['cd'] };

describe('highlightFor', () => {
  it('holds exactly the finding’s enterprises and flows', () => {
    const h = highlightFor(finding);
    expect([...h.nodes]).toEqual(['c', 'd']);
    expect([...h.edges]).toEqual(['cd']);
  });
});

describe('neighbourhoodOf', () => {
  it('holds the node, its neighbours in both directions and all their flows', () => {
    const h = neighbourhoodOf(triangle(), 'b');
    expect([...h.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...h.edges].sort()).toEqual(['ab', 'ab2', 'bc']);
  });
  it('is empty for an unknown node', () => {
    expect(neighbourhoodOf(triangle(), 'zz').nodes.size).toBe(0);
  });
});

describe('activeHighlight', () => {
  const graph = triangle();
  it('is null when nothing is selected or highlighted', () => {
    expect(activeHighlight(graph, { selected: null, finding: undefined })).toBeNull();
  });
  it('prefers the finding, then the selection', () => {
    expect([...activeHighlight(graph, { selected: 'a', finding })!.nodes]).toEqual(['c', 'd']);
    expect([...activeHighlight(graph, { selected: 'd', finding: undefined })!.nodes].sort()).toEqual(['c', 'd']);
  });
});

describe('withHover', () => {
  const graph = triangle();
  it('lets the neighbourhood of the hovered node win over the highlight while it lasts', () => {
    const selected = activeHighlight(graph, { selected: 'c', finding: undefined });
    expect([...withHover(graph, 'a', selected)!.nodes].sort()).toEqual(['a', 'b']);
    expect(withHover(graph, null, selected)).toBe(selected);
    expect(withHover(graph, null, null)).toBeNull();
  });
});

describe('sameHighlight', () => {
  it('compares what is lit, not which object holds it', () => {
    const a = { nodes: new Set(['x', 'y']), edges: new Set(['f-1']) };
    expect(sameHighlight(a, { nodes: new Set(['y', 'x']), edges: new Set(['f-1']) })).toBe(true);
    expect(sameHighlight(null, null)).toBe(true);
    expect(sameHighlight(a, null)).toBe(false);
    expect(sameHighlight(a, { nodes: new Set(['x']), edges: new Set(['f-1']) })).toBe(false);
    expect(sameHighlight(a, { nodes: new Set(['x', 'z']), edges: new Set(['f-1']) })).toBe(false);
    expect(sameHighlight(a, { nodes: new Set(['x', 'y']), edges: new Set(['f-2']) })).toBe(false);
  });
});
