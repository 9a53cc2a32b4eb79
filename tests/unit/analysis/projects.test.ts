/**
 * Gap-filling projects on a park small enough to work out by hand:
 *
 *   smelter ──slag 100 t/a──▶ @disposal          chp: steam (nameplate, not importable)
 *   kiln ──ash 50 t/a──▶ @market                   electricity: the grid
 *
 * The catalogue: slag bricks (the fit), a nitric-acid plant (on the negative
 * list), an electric heater (over the energy cap), and a plant for a
 * feedstock the park does not have.
 */
import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { planProject } from '../../../src/core/analysis/projectSizing.ts';
import { rankProjects } from '../../../src/core/analysis/projects.ts';
import type { Technology, TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const park = buildPark({
  materials: {
    slag: 'waste',
    ash: 'by-product',
    steam: 'energy',
    electricity: ['energy', 'MWh/a'],
  },
  traits: {
    slag: { emissionFactor: { value: 10 }, price: { value: -20, currency: 'CNY' } },
    steam: { mobility: 'piped', importable: false },
    electricity: {
      mobility: 'networked',
      useEmissionFactor: { value: 500 },
      price: { value: 600, currency: 'CNY' },
    },
  },
  park: {
    policy: {
      negativeList: [
        { id: 'no-chem', name: { zh: '不再新批化工项目', en: 'no new chemical projects' }, industries: ['C26'] },
      ],
      caps: [
        {
          id: 'energy',
          name: { zh: '新建项目能耗上限', en: 'energy cap' },
          quantity: 'energy-use',
          max: 5,
          unit: 'tce/a',
        },
      ],
    },
  },
  enterprises: {
    smelter: { out: { slag: 100 } },
    kiln: { out: { ash: 50 } },
    chp: {
      out: { steam: 1000 },
      cap: { steam: 5000 },
      streams: { capacities: { steam: { rating: 'nameplate' } } },
    },
    user: { in: { steam: 1000 } },
  },
  flows: [
    ['smelter', '@disposal', 'slag', 100],
    ['kiln', '@market', 'ash', 50],
    ['chp', 'user', 'steam', 1000],
  ],
});

const technology = (
  t: Partial<Technology> & Pick<Technology, 'id' | 'reference' | 'inputs' | 'outputs'>,
): Technology => ({
  name: { zh: t.id, en: t.id },
  typicalCapacity: 500,
  role: 'producer',
  estimated: true,
  basis: 'made up for tests',
  ...t,
});

function catalogue(): TechnologyCatalogue {
  const result = validateCatalogue({
    schemaVersion: 1,
    sources: [],
    materials: [
      { id: 'slag', name: { en: 'slag' }, category: 'waste', unit: 't/a' },
      { id: 'ash', name: { en: 'ash' }, category: 'by-product', unit: 't/a' },
      { id: 'steam', name: { en: 'steam' }, category: 'energy', unit: 't/a' },
      { id: 'electricity', name: { en: 'electricity' }, category: 'energy', unit: 'MWh/a' },
      {
        id: 'bricks',
        name: { en: 'bricks' },
        category: 'product',
        unit: 't/a',
        price: { value: 150, currency: 'CNY' },
      },
      { id: 'dust', name: { en: 'dust' }, category: 'waste', unit: 't/a', price: { value: -100, currency: 'CNY' } },
      { id: 'ammonia', name: { en: 'ammonia' }, category: 'product', unit: 't/a' },
      { id: 'acid', name: { en: 'acid' }, category: 'product', unit: 't/a' },
      { id: 'heat', name: { en: 'heat' }, category: 'energy', unit: 'GJ/a' },
      { id: 'unobtainium', name: { en: 'unobtainium' }, category: 'waste', unit: 't/a' },
      { id: 'gold', name: { en: 'gold' }, category: 'product', unit: 't/a' },
    ],
    technologies: [
      technology({
        id: 'slag-bricks',
        industry: 'C3031',
        reference: 'slag',
        inputs: [
          { material: 'slag', ratio: 1 },
          { material: 'electricity', ratio: 0.1 },
          { material: 'steam', ratio: 0.05 },
        ],
        outputs: [
          { material: 'bricks', ratio: 0.9 },
          { material: 'dust', ratio: 0.05 },
        ],
        economics: { investment: 100, operatingCost: 10, currency: 'CNY', year: 2023, estimated: true, basis: 'test' },
      }),
      technology({
        id: 'nitric-acid',
        industry: 'C2611',
        reference: 'ash',
        inputs: [{ material: 'ash', ratio: 1 }],
        outputs: [{ material: 'acid', ratio: 1 }],
      }),
      technology({
        id: 'heater',
        industry: 'D4430',
        reference: 'slag',
        inputs: [
          { material: 'slag', ratio: 1 },
          { material: 'electricity', ratio: 1 },
        ],
        outputs: [{ material: 'heat', ratio: 3 }],
      }),
      technology({
        id: 'alchemy',
        industry: 'C3240',
        reference: 'unobtainium',
        inputs: [{ material: 'unobtainium', ratio: 1 }],
        outputs: [{ material: 'gold', ratio: 0.001 }],
      }),
    ],
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('; '));
  return result.catalogue;
}

const ranking = rankProjects(park, catalogue());

describe('planning a project', () => {
  const plan = planProject(
    createAnalysisContext(park, { scope: 'with-planned' }),
    catalogue(),
    catalogue().technologies[0]!,
  );

  it('sizes it to the feedstock nobody uses, and says where every input comes from', () => {
    if (!plan.ok) throw new Error('no plan');
    expect(plan.plan).toMatchObject({ scale: 100, basis: 'park-waste' });
    expect(plan.plan.requirements).toEqual([
      {
        material: 'slag',
        quantity: 100,
        unit: 't/a',
        sources: [{ from: 'smelter', quantity: 100, kind: 'free' }],
        unmet: 0,
        spareSupply: [],
      },
      // 0.1 MWh per tonne from the grid: networked, so bought in and said so
      {
        material: 'electricity',
        quantity: 10,
        unit: 'MWh/a',
        sources: [{ from: '@supply', quantity: 10, kind: 'import' }],
        unmet: 0,
        spareSupply: [],
      },
      // steam cannot be bought in, and the CHP's nameplate is no promise of steam to sell: unmet, with the
      // 5000 − 1000 t/a the CHP runs below its nameplate named as what to negotiate
      {
        material: 'steam',
        quantity: 5,
        unit: 't/a',
        sources: [],
        unmet: 5,
        spareSupply: [{ enterprise: 'chp', spare: 4000, rating: 'nameplate' }],
      },
    ]);
    expect(plan.plan.outlets).toEqual([
      { material: 'bricks', quantity: 90, unit: 't/a', destinations: [{ to: '@market', quantity: 90 }] },
      { material: 'dust', quantity: 5, unit: 't/a', destinations: [{ to: '@disposal', quantity: 5 }] },
    ]);
  });
});

describe('ranking projects', () => {
  it('excludes what the park’s policy forbids, with the rule, and skips what has no feedstock', () => {
    expect(ranking.excluded.map((x) => [x.technology, x.reasons[0]?.en])).toEqual([
      ['nitric-acid', "the park's negative list: no new chemical projects (industry code C2611)"],
      // 100 t slag × 1 MWh = 100 MWh = 360 GJ ≈ 12.3 tce, above the 5 tce cap
      ['heater', 'energy cap: the project needs 12.3 tce/a, above the cap of 5 tce/a'],
    ]);
    expect(ranking.skipped.map((s) => s.technology)).toEqual(['alchemy']);
  });

  it('scores the project on its net effect', () => {
    const [bricks] = ranking.candidates;
    expect(bricks?.technology).toBe('slag-bricks');
    expect(bricks?.score.raw).toMatchObject({
      wasteDiverted: 95, // 100 t of slag off disposal, less its own 5 t of dust
      importsReplaced: 0,
      chainsRepaired: 0,
      linksCreated: 1, // smelter → plant
      energyUse: expect.closeTo(36 / 29.3076, 9), // 10 MWh = 36 GJ
      waterUse: 0,
    });
    // 1 t CO2e avoided (100 t slag × 10 kg) − 5 t emitted (10 MWh × 500 kg)
    expect(bricks?.effects).toMatchObject({ co2eCredit: 1, co2eEmitted: 5, co2eNet: -4, newDisposal: 5 });
    expect(bricks?.effects.uncountedEnergy).toEqual(['steam']);
    // reuse rate: 0 before; after, 100 t of the 155 t of by-products and wastes (slag, ash, its dust) used in the park
    expect(bricks?.score.raw.reuseRateChange).toBeCloseTo(100 / 155, 9);
  });

  it('works out the economics from the catalogue and the prices, scaled by the six-tenths rule', () => {
    const economics = ranking.candidates[0]!.economics!;
    // 100 万元 for 500 t/a, built at 100 t/a: 100 × 0.2^0.6
    expect(economics.investment).toBeCloseTo(100 * 0.2 ** 0.6, 9);
    // earns 100 t × 20 (taking the slag) + 90 t × 150 (bricks); pays 5 t × 100 (dust) + 10 MWh × 600; 10/t to run
    expect(economics).toMatchObject({ revenue: 15500, materialCosts: 6500, operatingCost: 1000, netCash: 8000 });
    expect(economics.unpriced).toEqual(['steam']);
    expect(economics.payback).toBeCloseTo((100 * 0.2 ** 0.6 * 10000) / 8000, 9);
    expect(ranking.candidates[0]!.explanation.zh).toContain('需新增供应:steam 5 t/a');
    expect(ranking.candidates[0]!.explanation.en).toContain(
      'CHP runs 4,000 t/a below its nameplate capacity: ask whether it can supply',
    );
    expect(ranking.candidates[0]!.explanation.en).toContain('creates 1 link between enterprises');
    expect(ranking.candidates[0]!.explanation.en).toContain('the payback leaves out what has no price: steam');
  });

  it('adds the weighted parts, penalties against, the return scaled to a four-year payback', () => {
    // One candidate: every other part scales to ±1. ROI = 8000 / 380 731 per year, over the 25 % reference.
    const roi = 8000 / (100 * 0.2 ** 0.6 * 10000) / 0.25;
    const expected = 0.25 * 1 + 0.15 * -1 + 0.05 * 1 + 0.1 * 1 + 0.15 * roi - 0.1 * 1;
    expect(ranking.candidates[0]!.score.total).toBeCloseTo(expected, 9);
  });
});
