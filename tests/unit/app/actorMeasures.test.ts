import { describe, expect, it } from 'vitest';
import { measureValues } from '../../../src/app/network/actorMeasures.ts';
import { measureColour, NONE_COLOUR } from '../../../src/app/network/actorScale.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { defaultLabelDensity, labelRule } from '../../../src/app/network/labelDensity.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

// A power plant burns 100 t coal and gives 900 GJ steam to a user; a treatment plant takes 40 m³ wastewater and
// 10 t of water (as tonnes) and returns 45 m³ reclaimed water.
const park = buildPark({
  materials: {
    coal: 'product',
    steam: ['energy', 'GJ/a'],
    wastewater: ['water', 'm3/a'],
    'water-t': 'water',
    reclaimed: ['water', 'm3/a'],
  },
  enterprises: {
    power: { in: { coal: 100 }, out: { steam: 900 } },
    user: { in: { steam: 900, reclaimed: 45 }, out: { wastewater: 40, 'water-t': 10 } },
    wwtp: { in: { wastewater: 40, 'water-t': 10 }, out: { reclaimed: 45 } },
  },
  flows: [
    ['@supply', 'power', 'coal', 100],
    ['power', 'user', 'steam', 900],
    ['user', 'wwtp', 'wastewater', 40],
    ['user', 'wwtp', 'water-t', 10],
    ['wwtp', 'user', 'reclaimed', 45],
  ],
});
const graph = buildDisplayGraph(park);

describe('measureValues', () => {
  it('counts energy as the larger of what flows in and out in GJ, whatever the mass around it', () => {
    const energy = measureValues(graph, 'energy', undefined);
    expect(energy.get('power')).toBe(900);
    expect(energy.get('user')).toBe(900);
    expect(energy.get('wwtp')).toBe(0);
  });
  it('counts water in cubic metres, tonnes of water as the same number', () => {
    const water = measureValues(graph, 'water', undefined);
    expect(water.get('wwtp')).toBe(50);
    expect(water.get('user')).toBe(50);
    expect(water.get('power')).toBe(0);
  });
  it('counts partners, and reads betweenness and dependants from the analysis', () => {
    expect(measureValues(graph, 'partners', undefined).get('user')).toBe(2);
    const analysed = {
      betweenness: (id: string) => (id === 'user' ? 0.5 : 0),
      dependants: (id: string) => (id === 'wwtp' ? 1 : 0),
    };
    expect(measureValues(graph, 'betweenness', analysed).get('user')).toBe(0.5);
    expect(measureValues(graph, 'dependants', analysed).get('wwtp')).toBe(1);
    expect(measureValues(graph, 'dependants', undefined).get('wwtp')).toBe(0);
  });
});

describe('measureColour', () => {
  it('runs from light to dark along viridis, grey for none', () => {
    expect(measureColour(0, 10)).toBe(NONE_COLOUR);
    expect(measureColour(10, 10)).toBe('#440154');
    expect(measureColour(1e-9, 10)).toMatch(/^#f/i);
  });
});

describe('label density', () => {
  it('names every actor of a park up to 100, the larger ones beyond', () => {
    expect(defaultLabelDensity(100)).toBe('all');
    expect(defaultLabelDensity(101)).toBe('major');
    expect(labelRule('all')).toEqual({ everyName: true, minSize: 0, litOnly: false });
    expect(labelRule('highlighted').litOnly).toBe(true);
  });
});
