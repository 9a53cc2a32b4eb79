import { describe, expect, it } from 'vitest';
import { curveParallelFlows } from '../../../src/app/network/curves.ts';
import { drawnBundles, edgeLook, nodeLook, type DisplayContext } from '../../../src/app/network/display.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { drawnEdge, drawnNode } from '../../../src/app/network/drawnData.ts';
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
