import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { findingPicture } from '../../../src/app/network/findingPicture.ts';
import { placeholderPoint } from '../../../src/app/network/findingLayer.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

// The copper chain: the smelter ships anode out, nobody refines it, the rod mill buys cathode in.
const park = buildPark({
  materials: { scrap: 'waste', anode: 'product', cathode: 'product', rod: 'product', slag: 'waste' },
  enterprises: {
    smelter: { in: { scrap: 100 }, out: { anode: 90, slag: 10 } },
    rodmill: { in: { cathode: 50 }, out: { rod: 49 } },
    other: { in: { scrap: 5 } },
  },
  flows: [
    ['@supply', 'smelter', 'scrap', 100],
    ['smelter', '@market', 'anode', 90],
    ['smelter', '@disposal', 'slag', 10],
    ['@supply', 'rodmill', 'cathode', 50],
    ['rodmill', '@market', 'rod', 49],
    ['@supply', 'other', 'scrap', 5],
  ],
  chains: { copper: ['scrap', 'anode', 'cathode', 'rod'] },
});
const graph = buildDisplayGraph(park);
const findings = analyzePark(park).findings;
const of = (kind: Finding['kind']) => findings.find((f) => f.kind === kind)!;
const sorted = (s: Iterable<string>) => [...s].sort();

describe('findingPicture', () => {
  it('shows a broken link by the flows of its stages at the enterprises around it, and places the missing stage between them', () => {
    const picture = findingPicture(graph, of('broken-link'));
    // f2: the anode shipped out; f4: the cathode bought in. Not the slag, nor the other enterprise's scrap.
    expect(sorted(picture.highlight.edges)).toEqual(['f2', 'f4']);
    expect(sorted(picture.highlight.nodes)).toEqual(['@market', '@supply', 'rodmill', 'smelter']);
    expect(sorted(picture.focus)).toEqual(sorted(picture.highlight.nodes));
    expect(picture.missingStage).toEqual({
      chain: 'copper',
      from: ['anode'],
      to: ['cathode'],
      upstream: ['smelter'],
      downstream: ['rodmill'],
    });
  });
  it('keeps a finding’s own flows and lights their ends, the boundary included', () => {
    const openEnd = findings.find((f) => f.kind === 'open-end' && f.materials.includes('slag'))!;
    const picture = findingPicture(graph, openEnd);
    expect([...picture.highlight.edges]).toEqual(['f3']);
    expect(sorted(picture.highlight.nodes)).toEqual(['@disposal', 'smelter']);
    expect(picture.missingStage).toBeUndefined();
  });
  it('shows every exchange of a lone enterprise when the finding names no flow nor material at it', () => {
    const lone = {
      ...of('broken-link'),
      kind: 'articulation-point',
      enterprises: ['rodmill'],
      materials: [],
      flows: [],
    };
    const picture = findingPicture(graph, lone as unknown as Finding);
    expect(sorted(picture.highlight.edges)).toEqual(['f4', 'f5']);
  });
});

describe('placeholderPoint', () => {
  it('lies halfway between the centres of the two sides, or beside the one side there is', () => {
    const up = [
      { x: 0, y: 0 },
      { x: 0, y: 2 },
    ];
    const down = [{ x: 4, y: 1 }];
    expect(placeholderPoint(up, down, 1)).toEqual({ x: 2, y: 1 });
    expect(placeholderPoint(up, [], 1)).toEqual({ x: 1, y: 1 });
    expect(placeholderPoint([], down, 1)).toEqual({ x: 3, y: 1 });
    expect(placeholderPoint([], [], 1)).toBeNull();
  });
});
