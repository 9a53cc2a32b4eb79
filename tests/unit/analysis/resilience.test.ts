import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { analyzeChains } from '../../../src/core/analysis/chainIntegrity.ts';
import {
  rankClosureImpacts,
  simulateClosure,
  simulateFlowRemoval,
  unmetLines,
} from '../../../src/core/analysis/resilience.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

// ammonia → (acid plant, the only one) → acid → fertilizer plant; a second ammonia user exists.
//   synth ──ammonia 100──▶ acid ──acid 120──▶ fert
//   synth ──ammonia 50───▶ fert
//   acid ──spent 10──▶ treat        (the only taker of spent acid)
const park = buildPark({
  materials: { ammonia: 'product', acid: 'product', fertilizer: 'product', spent: 'waste', steam: ['energy', 'GJ/a'] },
  enterprises: {
    synth: { out: { ammonia: 150 } },
    acid: { in: { ammonia: 100, steam: 10 }, out: { acid: 120, spent: 10 } },
    fert: { in: { acid: 120, ammonia: 50 }, out: { fertilizer: 300 } },
    treat: { role: 'treatment', in: { spent: 10 } },
    boiler: { out: { steam: 10 } },
  },
  flows: [
    ['synth', 'acid', 'ammonia', 100],
    ['synth', 'fert', 'ammonia', 50],
    ['acid', 'fert', 'acid', 120],
    ['acid', 'treat', 'spent', 10],
    ['boiler', 'acid', 'steam', 10],
  ],
  chains: { nitrogen: ['ammonia', 'acid', 'fertilizer'] },
});
const context = createAnalysisContext(park);
const chains = analyzeChains(context);

describe('closing an enterprise', () => {
  const impact = simulateClosure(context, chains, 'acid');

  it('follows its lost supplies and outlets to their fallbacks', () => {
    expect(impact.lostSupplies.map((l) => [l.partner, l.material, l.quantity, l.fallback, l.onlyInternalLink])).toEqual(
      [
        ['fert', 'acid', 120, '@supply', true],
        ['treat', 'spent', 10, '@supply', true],
      ],
    );
    expect(impact.lostOutlets.map((l) => [l.partner, l.material, l.quantity, l.fallback, l.onlyInternalLink])).toEqual([
      ['synth', 'ammonia', 100, '@market', false], // synth still sells ammonia to fert
      ['boiler', 'steam', 10, '@market', true],
    ]);
  });

  it('breaks the chain transitions it performed alone, and counts chains as chains', () => {
    expect(impact.brokenTransitions).toEqual([{ chain: 'nitrogen', from: ['ammonia'], to: ['acid'] }]);
    expect(impact.brokenChains).toEqual(['nitrogen']);
    expect(impact.dependants).toEqual(['boiler', 'fert', 'treat']);
  });

  it('adds up the mass rerouted (steam in GJ is not mass)', () => {
    // supplies lost: 120 acid + 10 spent; outlets lost: 100 ammonia (+ 10 GJ steam, not mass)
    expect(impact.massFromSupply).toBe(130);
    expect(impact.massRerouted).toBe(230);
    expect(impact.massToDisposal).toBe(0);
  });
});

describe('removing one flow', () => {
  it('counts the flow once and knows whether it was the only link', () => {
    const impact = simulateFlowRemoval(context, 'f2')!;
    expect(impact.lostSupplies).toEqual([
      expect.objectContaining({ partner: 'fert', material: 'ammonia', onlyInternalLink: true }),
    ]);
    expect(impact.lostOutlets).toEqual([
      expect.objectContaining({ partner: 'synth', material: 'ammonia', onlyInternalLink: false }),
    ]);
    expect(impact.massRerouted).toBe(50);
    expect(simulateFlowRemoval(context, 'nope')).toBeUndefined();
  });
});

describe('ranking closures', () => {
  it('weighs the consequences of each closure, each scaled by the worst case', () => {
    // Worst cases: 1 chain, 3 dependants (acid), 230 t/a rerouted (acid), 10 t/a stranded (treat).
    //   acid:   0.2·1 + 0.25·3/3 + 0.1·230/230                    = 0.550
    //   fert:   0.2·1 + 0.25·1/3 + 0.1·170/230                    ≈ 0.357
    //   treat:  0.15·10/10 (spent acid loses its only outlet) + 0.25·1/3 + 0.1·10/230 ≈ 0.238
    //   synth:  0.25·2/3 + 0.1·150/230                            ≈ 0.232
    //   boiler: 0.25·1/3 (steam in GJ: not mass)                  ≈ 0.083
    const ranking = rankClosureImpacts(context, chains);
    expect(ranking.map((r) => r.enterprise)).toEqual(['acid', 'fert', 'treat', 'synth', 'boiler']);
    expect(ranking.map((r) => Number(r.score.toFixed(3)))).toEqual([0.55, 0.357, 0.238, 0.232, 0.083]);
  });
});

describe('closing the only heat source', () => {
  // The CHP is the park's only source of steam and district heat, which cannot be bought from outside.
  const heat = buildPark({
    materials: { steam: 'energy', heat: ['energy', 'GJ/a'], coal: 'product', power: ['energy', 'MWh/a'] },
    traits: {
      steam: { mobility: 'piped', importable: false },
      heat: { mobility: 'piped', importable: false },
      power: { mobility: 'networked' },
    },
    enterprises: {
      chp: { in: { coal: 100 }, out: { steam: 300, heat: 1000, power: 50 } },
      dye: { in: { steam: 200, power: 10 } },
      food: { in: { steam: 100, coal: 5 } },
      mine: { out: { coal: 105 } },
    },
    flows: [
      ['mine', 'chp', 'coal', 100],
      ['mine', 'food', 'coal', 5],
      ['chp', 'dye', 'steam', 200],
      ['chp', 'food', 'steam', 100],
      ['chp', '@market', 'heat', 1000, undefined, { counterparty: { zh: '居民', en: 'residents' } }],
      ['chp', 'dye', 'power', 10],
    ],
  });
  const heatContext = createAnalysisContext(heat);
  const impact = simulateClosure(heatContext, analyzeChains(heatContext), 'chp');

  it('leaves unmet steam and heat, names the residents, and buys in only what can be bought', () => {
    expect(impact.lostSupplies.map((l) => [l.partner, l.material, l.fallback])).toEqual([
      ['dye', 'steam', 'unmet'],
      ['food', 'steam', 'unmet'],
      ['dye', 'power', '@supply'],
    ]);
    expect(impact.outsideLosses).toEqual([
      {
        flow: 'f5',
        counterparty: { zh: '居民', en: 'residents' },
        material: 'heat',
        quantity: 1000,
        unit: 'GJ/a',
        measured: true,
      },
    ]);
    expect(impact.unmet).toEqual({ mass: 300, energy: 1000 });
    expect(unmetLines(heatContext, impact, 'en')).toEqual([
      { who: ['DYE', 'FOOD'], material: 'steam', quantity: 300, unit: 't/a', unmeasured: 0 },
      { who: ['residents'], material: 'heat', quantity: 1000, unit: 'GJ/a', unmeasured: 0 },
    ]);
  });

  it('as a scenario, reroutes no steam to imports: the partners’ need stays unmet', () => {
    const applied = applyScenario(heat, {
      id: 'close',
      name: { en: 'close' },
      changes: [{ kind: 'close-enterprise', enterprise: 'chp', flows: 'remove', rerouteToBoundary: true }],
    });
    if (!applied.ok) throw new Error('scenario failed');
    const imports = applied.model.flows.filter((f) => f.from === '@supply').map((f) => [f.to, f.material]);
    expect(imports).toEqual([['dye', 'power']]);
    const after = analyzePark(applied.model, { only: ['open-ends'] });
    expect(after.findings.filter((f) => f.kind === 'unmet-demand').map((f) => [f.id, f.quantity])).toEqual([
      ['unmet-demand:dye:steam', 200],
      ['unmet-demand:food:steam', 100],
    ]);
  });
});

describe('a bridge enterprise in the full analysis', () => {
  // a → hub → b, and c → hub: without the hub the three others are cut apart.
  const bridged = buildPark({
    materials: { x: 'by-product', y: 'product' },
    enterprises: {
      a: { out: { x: 10 } },
      c: { out: { x: 5 } },
      hub: { in: { x: 15 }, out: { y: 12 } },
      b: { in: { y: 12 } },
    },
    flows: [
      ['a', 'hub', 'x', 10],
      ['c', 'hub', 'x', 5],
      ['hub', 'b', 'y', 12],
    ],
  });

  it('is reported as an articulation point and as a critical enterprise', () => {
    const analysis = analyzePark(bridged, { only: ['network', 'resilience'] });
    const articulation = analysis.findings.find((f) => f.kind === 'articulation-point');
    expect(articulation?.id).toBe('articulation-point:hub');
    expect(articulation?.details).toEqual({ pieces: 3 });
    const critical = analysis.findings.find((f) => f.id === 'critical-enterprise:hub');
    // a, c and b each lose their only internal link; a's and c's by-product (15 t/a) is left with no outlet.
    expect(critical?.details).toMatchObject({ chains: [], dependants: ['a', 'b', 'c'] });
    expect(critical?.severity).toBe('high');
    expect(analysis.resilience?.[0]?.impact.massRerouted).toBe(27); // 10 + 5 in, 12 out
    expect(analysis.resilience?.[0]?.enterprise).toBe('hub');
  });
});
