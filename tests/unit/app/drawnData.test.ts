import { describe, expect, it } from 'vitest';
import { curveParallelFlows } from '../../../src/app/network/curves.ts';
import { drawnBundles, edgeLook, nodeLook, type DisplayContext } from '../../../src/app/network/display.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { drawnEdge, drawnNode, keptDrawings } from '../../../src/app/network/drawnData.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { displayContextIn } from '../../fixtures/displayContext.ts';

// a sends b slag and ash (one bundle of two), b sends a water back (the pair curves apart), a buys coal.
const park = buildPark({
  materials: { slag: 'by-product', ash: 'waste', coal: 'product', water: 'water' },
  enterprises: { a: { in: { coal: 100 }, out: { slag: 30, ash: 10 } }, b: { out: { water: 5 } } },
  flows: [
    ['a', 'b', 'slag', 30],
    ['a', 'b', 'ash', 10],
    ['b', 'a', 'water', 5],
    ['@supply', 'a', 'coal', 100],
  ],
});
const graph = buildDisplayGraph(park);
curveParallelFlows(graph);
const [slag, , water, coal] = park.flows.map((f) => f.id);
const context = displayContextIn('en');
const ends = (id: string) => ({ source: graph.source(id), target: graph.target(id) });
const drawn = (id: string, c: DisplayContext) => {
  const line = graph.getEdgeAttributes(id);
  return { line, look: edgeLook(id, line, ends(id), c), kept: drawnEdge(line, edgeLook(id, line, ends(id), c)) };
};

const EDGE_FIELDS = ['size', 'color', 'type', 'curvature', 'scaledQuantity', 'hidden', 'zIndex', 'label', 'forceLabel'];
const NODE_FIELDS = [
  'x',
  'y',
  'size',
  'color',
  'borderColor',
  'borderSize',
  'type',
  'label',
  'hidden',
  'highlighted',
  'forceLabel',
  'zIndex',
];

describe('drawnEdge', () => {
  it('keeps the look over the line and none of the attributes sigma does not draw', () => {
    const { line, look, kept } = drawn(water!, context());
    expect(line.type).toBe('curved');
    expect(kept).toEqual({
      size: look.size,
      color: look.color,
      type: 'curved',
      curvature: line.curvature,
      scaledQuantity: look.scaledQuantity,
      hidden: false,
      zIndex: look.zIndex,
      label: null,
      forceLabel: false,
    });
    expect(Object.keys(kept)).toEqual(EDGE_FIELDS);
  });

  it('gives a bundle its own type, curvature and count over the line that carries it, in the same fields', () => {
    const bundled = context({ bundles: drawnBundles(graph, context()) });
    const { look, kept } = drawn(slag!, bundled);
    expect(look.label).toBe('×2');
    expect(kept).toMatchObject({ type: look.type, curvature: look.curvature, label: '×2', forceLabel: true });
    // One shape whatever the branch: a lone line, a bundle, a flow from the boundary.
    expect(Object.keys(kept)).toEqual(EDGE_FIELDS);
    expect(Object.keys(drawn(coal!, bundled).kept)).toEqual(EDGE_FIELDS);
  });
});

describe('drawnNode', () => {
  it('keeps the look over the position and border, not the actor or its throughflow', () => {
    for (const id of ['a', '@supply']) {
      const node = graph.getNodeAttributes(id);
      const look = nodeLook(id, node, context({ selected: 'a' }));
      const kept = drawnNode(node, look);
      expect(kept).toEqual({ ...look, x: node.x, y: node.y, borderSize: node.borderSize, type: 'bordered' });
      expect(Object.keys(kept)).toEqual(NODE_FIELDS);
    }
  });
});

describe('keptDrawings', () => {
  it('fills the object it gave for an item before, as a fresh one would read, in the same fields', () => {
    const kept = keptDrawings();
    const line = graph.getEdgeAttributes(slag!);
    const plain = edgeLook(slag!, line, ends(slag!), context());
    const first = kept.edge(graph, slag!, line, plain);
    // Sigma writes its defaults into what it keeps (an empty label).
    first.label = '';
    const bundled = context({ bundles: drawnBundles(graph, context()) });
    const look = edgeLook(slag!, line, ends(slag!), bundled);
    const second = kept.edge(graph, slag!, line, look);
    expect(second).toBe(first);
    expect(second).toEqual(drawnEdge(line, look));
    expect(Object.keys(second)).toEqual(EDGE_FIELDS);

    const node = graph.getNodeAttributes('a');
    const before = kept.node(graph, 'a', node, nodeLook('a', node, context()));
    // Sigma rewrites what it keeps of an actor's position into its own frame.
    before.x = 0.5;
    const selected = nodeLook('a', node, context({ selected: 'a' }));
    const after = kept.node(graph, 'a', node, selected);
    expect(after).toBe(before);
    expect(after).toEqual(drawnNode(node, selected));
    expect(Object.keys(after)).toEqual(NODE_FIELDS);
  });

  it('starts afresh for another graph, and forgets an item its graph dropped', () => {
    const kept = keptDrawings();
    const own = buildDisplayGraph(park);
    curveParallelFlows(own);
    const line = own.getEdgeAttributes(water!);
    const look = edgeLook(water!, line, { source: own.source(water!), target: own.target(water!) }, context());
    const first = kept.edge(own, water!, line, look);
    const node = own.getNodeAttributes('b');
    const actor = kept.node(own, 'b', node, nodeLook('b', node, context()));
    expect(kept.edge(own, water!, line, look)).toBe(first);

    own.dropEdge(water!);
    expect(kept.edge(own, water!, line, look)).not.toBe(first);
    own.dropNode('b');
    expect(kept.node(own, 'b', node, nodeLook('b', node, context()))).not.toBe(actor);

    const other = buildDisplayGraph(park);
    const again = kept.edge(own, coal!, own.getEdgeAttributes(coal!), look);
    expect(kept.edge(other, coal!, own.getEdgeAttributes(coal!), look)).not.toBe(again);
  });
});
