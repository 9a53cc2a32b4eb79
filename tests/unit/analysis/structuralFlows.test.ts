/**
 * Analyses on flows that give no quantity (structural exchanges, domain.md
 * §5a), on parks small enough to work out by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { balanceCapacity } from '../../../src/core/analysis/capacityBalance.ts';
import { analyzeChains } from '../../../src/core/analysis/chainIntegrity.ts';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { matchSurpluses } from '../../../src/core/analysis/couplingGaps.ts';
import { findOpenEnds } from '../../../src/core/analysis/openEnds.ts';
import { lossAmount, rankClosureImpacts, simulateClosure, unmetLines } from '../../../src/core/analysis/resilience.ts';
import { findStructuralGaps } from '../../../src/core/analysis/structuralGaps.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

describe('quantitative findings where a flow gives no quantity', () => {
  // The smelter declares 100 t of slag: 30 t go to disposal (measured), and some to the brickworks (no
  // quantity). The dyer declares 50 t of steam and gets it from the CHP (no quantity).
  const park = buildPark({
    materials: { slag: 'waste', steam: 'energy', ash: 'waste' },
    traits: { steam: { importable: false, mobility: 'piped' } },
    enterprises: {
      smelter: { out: { slag: 100, ash: 40 } },
      bricks: { in: { slag: 80 }, cap: { slag: 80 } },
      chp: { out: { steam: 500 }, cap: { steam: 500 }, streams: { capacities: { steam: { rating: 'sellable' } } } },
      dyer: { in: { steam: 50 } },
      kiln: { in: { ash: 40 } },
    },
    flows: [
      ['smelter', '@disposal', 'slag', 30],
      ['smelter', 'bricks', 'slag', null],
      ['chp', 'dyer', 'steam', null],
      ['smelter', '@disposal', 'ash', null],
      ['@supply', 'kiln', 'ash', 40],
    ],
  });
  const context = createAnalysisContext(park);

  it('does not call a stream with a park user recorded without a quantity an open end', () => {
    const ids = findOpenEnds(context).findings.map((f) => f.id);
    expect(ids).not.toContain('open-end:smelter:slag');
  });

  it('names an outlet recorded without a quantity as such, and never "unaccounted for"', () => {
    const ash = findOpenEnds(context).findings.find((f) => f.id === 'open-end:smelter:ash');
    expect(ash?.reason.en).toContain('sent to disposal (quantity not given)');
    expect(ash?.reason.en).not.toContain('unaccounted');
  });

  it('does not report unmet demand for a supply recorded without a quantity', () => {
    const ids = findOpenEnds(context).findings.map((f) => f.id);
    expect(ids).not.toContain('unmet-demand:dyer:steam');
  });

  it('offers no surplus it cannot weigh', () => {
    // The smelter's slag goes partly to the brickworks, by how much nobody says: no slag offer.
    expect(matchSurpluses(context).filter((o) => o.material === 'slag')).toEqual([]);
  });

  it('gives a plant with a receipt of unknown size no use and no room', () => {
    const bricks = balanceCapacity(context)
      .find((b) => b.material === 'slag')!
      .plants.find((p) => p.enterprise === 'bricks')!;
    expect(bricks).toMatchObject({ utilisation: null, spare: 0, unmeasured: 1 });
    const chp = balanceCapacity(context)
      .find((b) => b.material === 'steam')!
      .plants.find((p) => p.enterprise === 'chp')!;
    expect(chp).toMatchObject({ utilisation: null, spare: 0, unmeasured: 1 });
  });
});

/**
 * A structure-only park (no quantity anywhere), clusters energy and building:
 *
 *   @supply ─coal─▶ power ─fly ash─▶ @disposal        @supply ─fly ash─▶ cement (building)
 *   power ─gypsum─▶ board (building)                  @supply ─gypsum──▶ cement
 *   power ─steam─▶ brewery (food)                     brewery ─spent grain─▶ @market
 *                                                      @supply ─spent grain─▶ farm (agri)
 */
const structureOnly = buildPark({
  clusters: ['energy', 'building', 'food', 'agri'],
  materials: {
    coal: 'product',
    'fly-ash': 'waste',
    gypsum: 'by-product',
    steam: 'energy',
    'spent-grain': 'by-product',
  },
  traits: { steam: { importable: false, mobility: 'piped' } },
  enterprises: {
    power: { cluster: 'energy' },
    cement: { cluster: 'building' },
    board: { cluster: 'building' },
    brewery: { cluster: 'food' },
    farm: { cluster: 'agri' },
  },
  flows: [
    ['@supply', 'power', 'coal', null],
    ['power', '@disposal', 'fly-ash', null],
    ['@supply', 'cement', 'fly-ash', null],
    ['power', 'board', 'gypsum', null],
    ['@supply', 'cement', 'gypsum', null],
    ['power', 'brewery', 'steam', null],
    ['brewery', '@market', 'spent-grain', null],
    ['@supply', 'farm', 'spent-grain', null],
  ],
});

const catalogueResult = validateCatalogue({
  schemaVersion: 1,
  sources: [],
  materials: [
    { id: 'fly-ash', name: { en: 'fly ash' }, category: 'waste', unit: 't/a' },
    { id: 'blended-cement', name: { en: 'blended cement' }, category: 'product', unit: 't/a' },
  ],
  technologies: [
    {
      id: 'ash-blending',
      name: { en: 'fly ash blending' },
      reference: 'fly-ash',
      inputs: [{ material: 'fly-ash', ratio: 1 }],
      outputs: [{ material: 'blended-cement', ratio: 1 }],
      typicalCapacity: 1000,
      role: 'recycler',
      estimated: true,
      basis: 'test',
    },
  ],
});
if (!catalogueResult.ok) throw new Error(catalogueResult.errors.map((e) => e.message.en).join('; '));
const catalogue = catalogueResult.catalogue;

describe('exchanges the structure suggests', () => {
  const context = createAnalysisContext(structureOnly);
  const { proposals, findings } = findStructuralGaps(context, catalogue);

  it('pairs what leaves the park (or goes to one taker) with who buys the same only from outside', () => {
    expect(proposals.map((p) => [p.supplier, p.material, p.candidates.map((c) => c.consumer)])).toEqual([
      ['power', 'fly-ash', ['cement']],
      ['power', 'gypsum', ['cement']],
      ['brewery', 'spent-grain', ['farm']],
    ]);
    expect(proposals[1]!.now).toEqual({ disposal: false, market: false, taker: 'board' });
  });

  it('ranks by evidence, worked out by hand', () => {
    // fly ash: to disposal 2 + a waste 1 + a catalogue technology uses it 1 = 4 (power and cement are in
    // different clusters); gypsum: already goes to one taker 0 + a by-product 1 = 1; spent grain: sold out of
    // the park 1 + a by-product 1 = 2.
    expect(proposals[0]!.candidates[0]).toMatchObject({ evidence: ['to-disposal', 'residue', 'catalogue'], score: 4 });
    expect(proposals[1]!.candidates[0]).toMatchObject({ evidence: ['residue'], score: 1 });
    expect(proposals[2]!.candidates[0]).toMatchObject({ evidence: ['to-market', 'residue'], score: 2 });
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['structural-match:power:fly-ash', 'medium'],
      ['structural-match:power:gypsum', 'low'],
      ['structural-match:brewery:spent-grain', 'low'],
    ]);
  });

  it('explains each proposal in both languages, saying it rests on the structure', () => {
    const [ash, gypsum] = findings;
    expect(ash!.reason.zh).toBe(
      '「POWER」的fly-ash目前送处置,而「CEMENT」的fly-ash全部从园区外购入,可考虑就地对接。依据:属废物;工艺目录中有利用技术(依据交换结构,未给出数量)。',
    );
    expect(gypsum!.reason.en).toBe(
      "POWER's gypsum now goes to BOARD alone, while CEMENT buys all of its gypsum from outside the park: a possible exchange. Evidence: a by-product (from the structure; no quantities given).",
    );
  });

  it('runs in the full analysis, and shows unconnected clusters as complementary', () => {
    const ids = analyzePark(structureOnly, { catalogue, only: ['coupling'] }).findings.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['structural-match:power:fly-ash', 'weak-coupling:food:agri']));
    // power → board already joins energy and building.
    expect(ids).not.toContain('weak-coupling:energy:building');
  });
});

describe('a closure in a structure-only park, by links', () => {
  const context = createAnalysisContext(structureOnly);
  const chains = analyzeChains(context);
  const impact = simulateClosure(context, chains, 'power');

  it('counts who loses their only supplier, and leaves steam unmet without inventing an amount', () => {
    // board loses its only gypsum (bought in instead); brewery loses its only steam (cannot be bought).
    expect(impact.dependants).toEqual(['board', 'brewery']);
    expect(impact.unmet).toEqual({});
    expect(impact.unmetLinks).toBe(1);
    const [steam] = unmetLines(context, impact, 'zh');
    expect(lossAmount(steam!, 'zh')).toBe('1 条物质流(数量未给出)');
    expect(lossAmount(unmetLines(context, impact, 'en')[0]!, 'en')).toBe('1 flow (quantity not given)');
  });

  it('ranks the power plant first: its closure leaves a link unmet and two dependants', () => {
    const ranking = rankClosureImpacts(context, chains);
    expect(ranking[0]!.enterprise).toBe('power');
    // unmet 0.3 × 1 (the only unmet link) + dependants 0.25 × 2/2; no chains, nothing stranded, no mass
    expect(ranking[0]!.score).toBeCloseTo(0.55, 12);
  });
});

describe('chain stages read from flows when nothing is declared', () => {
  // ore → concentrate → metal: the mill takes ore from outside and ships concentrate out of the park,
  // while the smelter buys concentrate from outside; nobody declares a stream, no flow gives a quantity.
  const park = buildPark({
    materials: { ore: 'product', concentrate: 'product', metal: 'product' },
    enterprises: { mill: {}, smelter: {} },
    flows: [
      ['@supply', 'mill', 'ore', null],
      ['mill', '@market', 'concentrate', null],
      ['@supply', 'smelter', 'concentrate', null],
      ['smelter', '@market', 'metal', null],
    ],
    chains: { metals: ['ore', 'concentrate', 'metal'] },
  });
  const result = analyzeChains(createAnalysisContext(park));

  it('finds who performs each stage by what it receives and sends', () => {
    expect(result.chains[0]!.transitions.map((t) => [t.performers, t.state])).toEqual([
      [['mill'], 'single'],
      [['smelter'], 'single'],
    ]);
  });

  it('reports a stage shipped out while the next buys it in, without inventing how much', () => {
    const shipped = result.findings.find((f) => f.kind === 'chain-shipped-out')!;
    expect(shipped.quantity).toBeUndefined();
    expect(shipped.reason.zh).toContain('可就地衔接(数量未给出)');
  });
});
