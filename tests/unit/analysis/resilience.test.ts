import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { analyzeChains } from '../../../src/core/analysis/chainIntegrity.ts';
import { rankClosureImpacts, simulateClosure, simulateFlowRemoval } from '../../../src/core/analysis/resilience.ts';
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

  it('breaks the chain transitions it performed alone', () => {
    expect(impact.brokenTransitions).toEqual([{ chain: 'nitrogen', from: ['ammonia'], to: ['acid'] }]);
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
  it('puts the chain-breaking bridge enterprise first', () => {
    const ranking = rankClosureImpacts(context, chains);
    expect(ranking.map((r) => r.enterprise)).toEqual(['acid', 'fert', 'synth', 'treat', 'boiler']);
    // fert performs acid → fertilizer alone: it breaks the chain too, but loses fewer sole links than acid.
    expect(ranking[1]?.impact.brokenTransitions).toHaveLength(1);
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
    // a, c and b each lose their only internal link; 27 t/a must be rerouted (10 + 5 in, 12 out)
    expect(critical?.details).toEqual({ chains: [], soleLinks: 3 });
    expect(critical?.quantity).toBe(27);
    expect(analysis.resilience?.[0]?.enterprise).toBe('hub');
  });
});
