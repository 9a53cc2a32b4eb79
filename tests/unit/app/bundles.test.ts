import { describe, expect, it } from 'vitest';
import { EDGE_WIDTH, edgeWidth } from '../../../src/app/network/appearance.ts';
import { bundleFlows } from '../../../src/app/network/bundles.ts';
import { drawnBundles, edgeLook, type DisplayContext } from '../../../src/app/network/display.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { NO_FILTERS } from '../../../src/app/network/filters.ts';
import { CATEGORY_COLOURS, DIMMED_EDGE } from '../../../src/app/network/palette.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { displayContextIn } from '../../fixtures/displayContext.ts';

// a sends b steam (GJ), slag and ash; b sends a water back; a buys coal from outside.
const park = buildPark({
  materials: { slag: 'by-product', ash: 'waste', coal: 'product', steam: ['energy', 'GJ/a'], water: 'water' },
  enterprises: { a: { in: { coal: 100 }, out: { slag: 30, ash: 10, steam: 500 } }, b: { out: { water: 5 } } },
  flows: [
    ['a', 'b', 'slag', 30],
    ['a', 'b', 'ash', 10],
    ['a', 'b', 'steam', 500],
    ['b', 'a', 'water', 5],
    ['@supply', 'a', 'coal', 100],
  ],
});
const graph = buildDisplayGraph(park);
const context = displayContextIn('en');
const look = (id: string, c: DisplayContext) =>
  edgeLook(id, graph.getEdgeAttributes(id), { source: graph.source(id), target: graph.target(id) }, c);

describe('bundleFlows', () => {
  it('draws the flows of one ordered pair as one line carried by the first, with their mass and leading category', () => {
    const view = bundleFlows([
      { id: 'x', source: 'a', target: 'b', category: 'waste', tonnes: 10 },
      { id: 'y', source: 'a', target: 'b', category: 'by-product', tonnes: 30 },
      { id: 'z', source: 'a', target: 'b', category: 'energy', tonnes: null },
      { id: 'w', source: 'b', target: 'a', category: 'water', tonnes: 5 },
    ]);
    expect([...view.carried.keys()]).toEqual(['x', 'w']);
    expect(view.carried.get('x')).toEqual({
      members: ['x', 'y', 'z'],
      tonnes: 40,
      // 30 t of by-product outweigh 10 t of waste; the steam has no mass to weigh.
      category: 'by-product',
      reverse: true,
      boundary: false,
    });
    expect([...view.absorbed].sort()).toEqual(['y', 'z']);
  });
  it('weighs by count where no flow gives a mass', () => {
    const view = bundleFlows([
      { id: 'x', source: 'a', target: '@market', category: 'waste', tonnes: null },
      { id: 'y', source: 'a', target: '@market', category: 'product', tonnes: null },
      { id: 'z', source: 'a', target: '@market', category: 'product', tonnes: null },
    ]);
    expect(view.carried.get('x')).toMatchObject({ tonnes: null, category: 'product', boundary: true, reverse: false });
  });
});

describe('the reading view of the network', () => {
  const bundles = drawnBundles(graph, NO_FILTERS);
  const reading = context({ bundles });
  it('draws one line per pair, wide as their summed mass, with the count on it', () => {
    expect(look('f1', reading)).toMatchObject({
      hidden: false,
      color: CATEGORY_COLOURS['by-product'],
      size: edgeWidth(40, graph.getAttribute('maxQuantity')),
      label: '×3',
      // b sends water back: the two lines curve apart.
      type: 'curved',
    });
    expect(look('f2', reading).hidden).toBe(true);
    expect(look('f3', reading).hidden).toBe(true);
    expect(look('f4', reading)).toMatchObject({ hidden: false, label: null, type: 'curved' });
  });
  it('draws the boundary bundles thin and grey until a highlight lights them', () => {
    expect(look('f5', reading)).toMatchObject({ color: '#D9D9D9', size: EDGE_WIDTH.min, label: null });
    const lit = context({ bundles, highlight: { nodes: new Set(['a', '@supply']), edges: new Set(['f5']) } });
    expect(look('f5', lit).color).toBe(CATEGORY_COLOURS.product);
    // A bundle is lit when any of its flows is.
    const ash = context({ bundles, highlight: { nodes: new Set(['a', 'b']), edges: new Set(['f2']) } });
    expect(look('f1', ash).color).toBe(CATEGORY_COLOURS['by-product']);
    expect(look('f4', ash).color).toBe(DIMMED_EDGE);
  });
  it('bundles only what the filters leave shown', () => {
    const noWaste = { ...NO_FILTERS, hiddenCategories: new Set(['waste', 'by-product'] as const) };
    const filtered = drawnBundles(graph, noWaste);
    // The slag and the ash are hidden: the steam alone carries the line, no count.
    expect(filtered.carried.get('f3')?.members).toEqual(['f3']);
    expect(look('f3', context({ ...noWaste, bundles: filtered }))).toMatchObject({ hidden: false, label: null });
  });
  it('draws every flow on its own when the bundles are off', () => {
    expect(look('f2', context()).hidden).toBe(false);
    expect(look('f2', context()).label).toBeUndefined();
  });
});
