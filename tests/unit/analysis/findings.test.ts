import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { findIntegrityProblems } from '../../../src/core/analysis/integrity.ts';
import { findOpenEnds } from '../../../src/core/analysis/openEnds.ts';
import { analyzeChains } from '../../../src/core/analysis/chainIntegrity.ts';
import { distanceKm, findCouplingGaps, matchSurpluses, streamKey } from '../../../src/core/analysis/couplingGaps.ts';
import { analyzeCapacity } from '../../../src/core/analysis/capacityBalance.ts';
import type { TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const ids = (findings: readonly { id: string }[]) => findings.map((f) => f.id).sort();

describe('integrity findings', () => {
  it('flags flows that touch a closed enterprise, undeclared materials and over-allocation', () => {
    const park = buildPark({
      materials: { ash: 'by-product', slag: 'by-product' },
      enterprises: {
        chp: { out: { ash: 100 } },
        bricks: { in: { ash: 50 } },
        old: { status: 'closed', in: { ash: 10 } },
      },
      // f1: 80 t ash to bricks (> 50 declared input); f2: ash to a closed plant; f3: slag chp never declares
      flows: [
        ['chp', 'bricks', 'ash', 80],
        ['chp', 'old', 'ash', 10],
        ['chp', '@disposal', 'slag', 5],
      ],
    });
    const findings = findIntegrityProblems(createAnalysisContext(park));
    expect(ids(findings)).toEqual([
      'flow-closed-enterprise:f2:old',
      'flow-undeclared-material:f3:sender',
      'over-allocation:bricks:inputs:ash',
    ]);
    const over = findings.find((f) => f.kind === 'over-allocation')!;
    expect(over.quantity).toBe(30); // 80 received − 50 declared
    expect(over.flows).toEqual(['f1']);
    expect(over.reason.en).toBe("BRICKS's flows deliver 80 t/a of ash, more than the 50 t/a it declares using.");
    expect(over.reason.zh).toContain('多于其申报用量');
  });
});

describe('open ends', () => {
  const park = buildPark({
    materials: {
      ash: 'by-product',
      sludge: 'waste',
      steam: 'energy',
      fertilizer: 'product',
      solvent: 'waste',
      heat: ['energy', 'GJ/a'],
      power: ['energy', 'MWh/a'],
      effluent: ['water', 'm3/a'],
    },
    hazardous: { solvent: 'HW06' },
    traits: { steam: { mobility: 'piped', importable: false } },
    enterprises: {
      chp: { out: { ash: 100, steam: 500, heat: 80, power: 40 } },
      wwtp: { out: { sludge: 40, effluent: 1000 } },
      plant: { in: { steam: 500, ash: 30 }, out: { fertilizer: 90, solvent: 2 } },
      farm: { in: { ash: 20 } },
      dryer: { in: { steam: 50 } },
    },
    flows: [
      ['chp', 'plant', 'ash', 30],
      ['chp', '@disposal', 'ash', 60],
      ['chp', 'plant', 'steam', 500],
      ['wwtp', '@disposal', 'sludge', 30],
      ['wwtp', 'farm', 'sludge', 10, 'potential'],
      ['plant', '@market', 'fertilizer', 90],
      ['@supply', 'farm', 'ash', 20],
      ['chp', '@disposal', 'heat', 80],
      ['chp', '@market', 'power', 40],
      ['wwtp', '@disposal', 'effluent', 1000],
    ],
  });
  const context = createAnalysisContext(park);
  const offers = matchSurpluses(context);
  const { findings, covered } = findOpenEnds(context, { offers });

  it('reports each unused by-product and waste stream once, with where it goes and who could take it', () => {
    expect(ids(findings.filter((f) => f.kind === 'open-end'))).toEqual([
      'open-end:chp:ash',
      'open-end:plant:solvent',
      'open-end:wwtp:sludge',
    ]);
    const ash = findings.find((f) => f.id === 'open-end:chp:ash')!;
    // 100 declared − 30 used in the park = 70 open: 60 to disposal, 10 nowhere at all.
    expect(ash.quantity).toBe(70);
    expect(ash.details).toMatchObject({ declared: 100, internal: 30, disposal: 60, market: 0, unaccounted: 10 });
    expect(ash.severity).toBe('high');
    // The farm buys 20 t/a of ash from outside: the same stream's taker is a facet here, not a second finding.
    expect(ash.reason.en).toBe(
      "CHP's 70 t/a of ash has no user in the park: 60 t/a to disposal, 10 t/a unaccounted for; FARM (buys 20 t/a from outside) in the park could take 20 t/a.",
    );
    expect(covered.has(streamKey('chp', 'ash'))).toBe(true);
    expect(findings.find((f) => f.id === 'open-end:plant:solvent')?.severity).toBe('high'); // hazardous, nowhere
  });

  it('calls a potential outlet what it is, never unaccounted', () => {
    const sludge = findings.find((f) => f.id === 'open-end:wwtp:sludge')!;
    expect(sludge.details).toMatchObject({ disposal: 30, proposed: 10, unaccounted: 0 });
    expect(sludge.reason.zh).toBe(
      '「WWTP」产生的sludge 40 t/a 在园区内没有用户:30 t/a 送处置,10 t/a 有规划或潜在去向(尚未落实)。',
    );
    expect(sludge.reason.zh).not.toContain('去向不明');
  });

  it('reports dissipated energy and discharged water under their own kinds, and energy sold as nothing', () => {
    expect(findings.find((f) => f.id === 'open-energy:chp:heat')).toMatchObject({ quantity: 80, severity: 'medium' });
    expect(findings.find((f) => f.id === 'open-water:wwtp:effluent')).toMatchObject({
      quantity: 1000,
      severity: 'low',
    });
    expect(findings.some((f) => f.materials.includes('power') || f.materials.includes('steam'))).toBe(
      // steam appears only as the dryer's unmet demand
      true,
    );
    expect(findings.filter((f) => f.materials.includes('power'))).toEqual([]);
  });

  it('reports a need that cannot be bought from outside and has no supplier as unmet demand', () => {
    const unmet = findings.filter((f) => f.kind === 'unmet-demand');
    expect(unmet.map((f) => [f.id, f.quantity, f.severity])).toEqual([['unmet-demand:dryer:steam', 50, 'high']]);
  });

  it('keeps ids stable when quantities change', () => {
    const changed = structuredClone(park);
    changed.flows[1]!.quantity = 50;
    expect(ids(findOpenEnds(createAnalysisContext(changed)).findings)).toEqual(ids(findings));
  });
});

describe('chain integrity', () => {
  const catalogue: TechnologyCatalogue = {
    schemaVersion: 1,
    sources: [],
    materials: [{ id: 'wire', name: { en: 'wire' }, category: 'product', unit: 't/a' }],
    technologies: [
      {
        id: 'electrorefining',
        name: { en: 'electrorefining' },
        reference: 'anode',
        inputs: [{ material: 'anode', ratio: 1 }],
        outputs: [{ material: 'cathode', ratio: 0.97 }],
        typicalCapacity: 1000,
        role: 'recycler',
        estimated: true,
        basis: 'test',
      },
      {
        id: 'drawing',
        name: { en: 'wire drawing' },
        reference: 'rod',
        inputs: [{ material: 'rod', ratio: 1 }],
        outputs: [{ material: 'wire', ratio: 0.99 }],
        typicalCapacity: 1000,
        role: 'producer',
        estimated: true,
        basis: 'test',
      },
    ],
  };
  // scrap → anode (one plant) → cathode (nobody: broken) → rod (two plants)
  const park = buildPark({
    materials: { scrap: 'by-product', anode: 'product', cathode: 'product', rod: 'product' },
    enterprises: {
      smelter: { in: { scrap: 100 }, out: { anode: 90 } },
      rodmill1: { in: { cathode: 50 }, out: { rod: 49 } },
      rodmill2: { in: { cathode: 40 }, out: { rod: 39 } },
      planned: { status: 'planned', in: { anode: 90 }, out: { cathode: 87 } },
    },
    flows: [
      ['smelter', '@market', 'anode', 90],
      ['@supply', 'rodmill1', 'cathode', 50],
    ],
    chains: { copper: ['scrap', 'anode', 'cathode', 'rod'] },
  });
  const result = analyzeChains(createAnalysisContext(park), catalogue);

  it('counts operating performers per transition', () => {
    expect(result.chains[0]?.transitions.map((t) => [t.state, t.performers])).toEqual([
      ['single', ['smelter']],
      ['broken', []],
      ['ok', ['rodmill1', 'rodmill2']],
    ]);
    expect(result.chains[0]?.complete).toBe(false);
    expect(result.chains[0]?.transitions[1]).toMatchObject({
      plannedPerformers: ['planned'],
      technologies: ['electrorefining'],
    });
  });

  it('reports the broken link, the single performer and the extension candidates', () => {
    expect(ids(result.findings)).toEqual([
      'broken-link:copper:anode:cathode',
      'chain-extension:copper',
      'single-performer:copper:scrap:anode',
    ]);
    const broken = result.findings.find((f) => f.kind === 'broken-link')!;
    expect(broken.enterprises).toEqual(['smelter', 'rodmill1', 'rodmill2']);
    // The anode makers before the gap and the cathode takers after it: where the picture puts the missing stage.
    expect(broken.details).toMatchObject({ upstream: ['smelter'], downstream: ['rodmill1', 'rodmill2'] });
    expect(broken.reason.en).toBe(
      'The copper chain is broken: no operating enterprise in the park turns anode into cathode; 1 catalogue technologies could fill it.',
    );
    expect(result.findings.find((f) => f.kind === 'chain-extension')?.details).toMatchObject({
      technologies: ['drawing'],
    });
  });

  it('reports a stage shipped out while the next stage imports it', () => {
    const coupled = buildPark({
      materials: { a: 'product', b: 'product' },
      enterprises: { maker: { out: { a: 100 } }, user: { in: { a: 60 }, out: { b: 50 } } },
      flows: [
        ['maker', '@market', 'a', 100],
        ['@supply', 'user', 'a', 60],
      ],
      chains: { ab: ['a', 'b'] },
    });
    const found = analyzeChains(createAnalysisContext(coupled)).findings.find((f) => f.kind === 'chain-shipped-out')!;
    expect(found.id).toBe('chain-shipped-out:ab:a');
    expect(found.quantity).toBe(60); // min(100 shipped, 60 imported)
    expect(found.enterprises).toEqual(['maker', 'user']);
  });
});

describe('in-house chains and service stages', () => {
  // ammonia → acid inside one integrated plant (it makes its own ammonia and uses all of it);
  // machines → logistics: the carrier moves the maker's machines without taking machines in.
  const park = buildPark({
    materials: { ammonia: 'product', acid: 'product', machine: 'product', logistics: ['service', 'tkm/a'] },
    enterprises: {
      integrated: {
        out: { ammonia: 100, acid: 200 },
        in: { ammonia: 100 },
        streams: { outputs: { ammonia: { inHouse: 100 } }, inputs: { ammonia: { inHouse: 100 } } },
      },
      maker: { out: { machine: 50 }, in: { logistics: 1000 } },
      carrier: { out: { logistics: 1000 } },
    },
    flows: [
      ['integrated', '@market', 'acid', 200],
      ['maker', '@market', 'machine', 50],
      ['carrier', 'maker', 'logistics', 1000],
    ],
    chains: { acid: ['ammonia', 'acid'], trade: ['machine', 'logistics'] },
  });
  const result = analyzeChains(createAnalysisContext(park));

  it('calls an integrated firm’s own step an in-house chain, not a weakness to strengthen', () => {
    expect(result.chains[0]?.transitions[0]).toMatchObject({ state: 'in-house', performers: ['integrated'] });
    expect(result.findings.find((f) => f.kind === 'in-house-chain')).toMatchObject({
      id: 'in-house-chain:acid:integrated',
      severity: 'info',
    });
    expect(result.findings.some((f) => f.kind === 'single-performer' && f.enterprises[0] === 'integrated')).toBe(false);
  });

  it('counts a logistics firm that serves the previous stage as performing a logistics stage', () => {
    expect(result.chains[1]?.transitions[0]).toMatchObject({ state: 'single', performers: ['carrier'] });
  });
});

describe('coupling gaps', () => {
  const park = buildPark({
    clusters: ['energy', 'chem', 'build'],
    materials: { ash: 'by-product', steam: 'energy', gypsum: 'by-product', power: ['energy', 'MWh/a'] },
    traits: {
      steam: { mobility: 'piped', importable: false, pipedRangeKm: 10 },
      power: { mobility: 'networked' },
    },
    enterprises: {
      chp: {
        cluster: 'energy',
        out: { ash: 100, steam: 300, gypsum: 40, power: 500 },
        location: { lon: 118.5, lat: 35.0 },
      },
      brick: { cluster: 'build', in: { ash: 60, power: 80 }, location: { lon: 118.5, lat: 35.1 } },
      chem: { cluster: 'chem', in: { steam: 200 }, location: { lon: 118.5, lat: 35.01 } },
      dryer: { cluster: 'chem', in: { steam: 90 }, location: { lon: 118.5, lat: 35.3 } },
      board: { cluster: 'build', in: { gypsum: 50 } },
    },
    flows: [
      ['chp', 'chem', 'steam', 200],
      ['chp', '@disposal', 'ash', 100],
      ['@supply', 'brick', 'ash', 60],
      ['@supply', 'board', 'gypsum', 50],
      ['chp', 'board', 'gypsum', 10, 'potential'],
    ],
  });
  const result = findCouplingGaps(createAnalysisContext(park));
  const offer = (supplier: string, material: string) =>
    result.offers.find((o) => o.supplier === supplier && o.material === material);

  it('offers each surplus to the takers that need it, never more than the surplus, with distance', () => {
    expect(offer('chp', 'ash')).toMatchObject({ surplus: 100, matched: 60, disposed: 100 });
    expect(offer('chp', 'ash')?.candidates.map((c) => [c.consumer, c.matched, c.boughtIn])).toEqual([
      ['brick', 60, 60],
    ]);
    // 0.1° of latitude ≈ 11.12 km
    expect(offer('chp', 'ash')?.candidates[0]?.distanceKm).toBeCloseTo(11.12, 1);
    expect(offer('chp', 'gypsum')).toMatchObject({ surplus: 40, matched: 40 }); // min(40 surplus, 50 demand)
    expect(offer('chp', 'gypsum')?.candidates[0]?.alreadyProposed).toBe(true);
    expect(result.findings.find((f) => f.id === 'coupling-match:chp:ash')?.severity).toBe('high');
    expect(result.findings.find((f) => f.id === 'coupling-match:chp:gypsum')?.severity).toBe('low');
  });

  it('does not match grid electricity plant to plant, nor pipe steam beyond its range', () => {
    expect(offer('chp', 'power')).toBeUndefined();
    // The dryer is 33 km away, beyond the 10 km steam range: no candidate, so no steam offer at all.
    expect(offer('chp', 'steam')?.candidates ?? []).toEqual([]);
    expect(result.findings.some((f) => f.materials.includes('power') || f.materials.includes('steam'))).toBe(false);
  });

  it('splits one surplus among several takers without exceeding it', () => {
    const split = buildPark({
      materials: { ash: 'by-product' },
      enterprises: { chp: { out: { ash: 50 } }, a: { in: { ash: 40 } }, b: { in: { ash: 40 } } },
      flows: [
        ['chp', '@disposal', 'ash', 50],
        ['@supply', 'a', 'ash', 40],
        ['@supply', 'b', 'ash', 40],
      ],
    });
    const [only] = findCouplingGaps(createAnalysisContext(split)).offers;
    expect(only?.candidates.map((c) => [c.consumer, c.matched])).toEqual([
      ['a', 40],
      ['b', 10],
    ]);
    expect(only?.matched).toBe(50);
  });

  it('reports a stream once: an offer covered by an open end gets no finding of its own', () => {
    const context = createAnalysisContext(park);
    const offers = matchSurpluses(context);
    const covered = findOpenEnds(context, { offers }).covered;
    const findings = findCouplingGaps(context, offers, covered).findings;
    // Both the ash (sent to disposal) and the gypsum (30 t/a nowhere, 10 t/a with a potential outlet) are
    // open ends: their takers are facets of those findings, not coupling findings of their own.
    expect(covered).toEqual(new Set([streamKey('chp', 'ash'), streamKey('chp', 'gypsum')]));
    expect(findings.filter((f) => f.kind === 'coupling-match')).toEqual([]);
  });

  it('builds the cluster matrix and flags complementary but unconnected clusters', () => {
    expect(result.clusterMatrix.filter((c) => c.flows > 0)).toEqual([
      { from: 'energy', to: 'chem', flows: 1, mass: 200 },
    ]);
    expect(result.clusterMatrix).toHaveLength(9);
    const weak = result.findings.filter((f) => f.kind === 'weak-coupling');
    expect(weak.map((f) => f.id)).toEqual(['weak-coupling:energy:build']);
    expect(weak[0]?.materials).toEqual(['ash', 'gypsum']);
  });

  it('leaves in-house intermediates out of surplus and demand', () => {
    // The smelter makes 100 t anode and refines 90 t of it in its own tankhouse: only 10 t is surplus.
    const smelterPark = buildPark({
      materials: { anode: 'product' },
      enterprises: {
        smelter: {
          out: { anode: 100 },
          in: { anode: 90 },
          streams: { outputs: { anode: { inHouse: 90 } }, inputs: { anode: { inHouse: 90 } } },
        },
        refinery: { in: { anode: 50 } },
      },
      flows: [['@supply', 'refinery', 'anode', 50]],
    });
    const { offers } = findCouplingGaps(createAnalysisContext(smelterPark));
    expect(offers.map((o) => [o.supplier, o.surplus, o.candidates.map((c) => [c.consumer, c.matched])])).toEqual([
      ['smelter', 10, [['refinery', 10]]],
    ]);
  });

  it('does not offer steam that is sold to users who cannot buy it elsewhere', () => {
    const sold = buildPark({
      materials: { steam: 'energy' },
      traits: { steam: { mobility: 'piped', importable: false } },
      enterprises: { chp: { out: { steam: 100 } }, newcomer: { in: { steam: 30 } } },
      flows: [['chp', '@market', 'steam', 100, undefined, { counterparty: { en: 'residents' } }]],
    });
    expect(findCouplingGaps(createAnalysisContext(sold)).offers).toEqual([]);
  });

  it('measures great-circle distance', () => {
    expect(distanceKm({ lon: 0, lat: 0 }, { lon: 1, lat: 0 })).toBeCloseTo(111.19, 1);
    expect(distanceKm(undefined, { lon: 1, lat: 0 })).toBeUndefined();
  });
});

describe('capacity balance', () => {
  // solvent (hazardous): paint sends 30 t to disposal, the mill 10 t to the regenerator and 10 t nowhere;
  //   the regenerator (capacity 40) also buys 25 t from outside: its load is its declared 40 — full.
  // scrap: the yard's capacity 100 covers mixed scrap too: 20 t scrap from the park + 50 t mixed bought in = 70 %.
  // sludge: 100 t to disposal, no capacity anywhere.
  // ash: 20 t to disposal while the brickworks (capacity 50) takes only 10 t (bought in): idle capacity.
  // steam: the CHP's nameplate 600 against 500 delivered: no spare claimed; a second boiler sells 1 000, delivers 200.
  const park = buildPark({
    materials: {
      solvent: 'waste',
      sludge: 'waste',
      steam: 'energy',
      scrap: 'waste',
      mixed: 'waste',
      ash: 'by-product',
      power: ['energy', 'MWh/a'],
    },
    hazardous: { solvent: 'HW06' },
    traits: { steam: { mobility: 'piped', importable: false }, power: { mobility: 'networked' } },
    enterprises: {
      paint: { out: { solvent: 30 } },
      mill: { out: { solvent: 20, scrap: 20 } },
      regen: { role: 'recycler', cap: { solvent: 40 }, in: { solvent: 40 } },
      yard: {
        role: 'recycler',
        cap: { scrap: 100 },
        in: { scrap: 20, mixed: 50 },
        streams: { capacities: { scrap: { covers: ['mixed'] } } },
      },
      wwtp: { out: { sludge: 100 } },
      chp: {
        out: { steam: 500, ash: 30, power: 100 },
        cap: { steam: 600, power: 300 },
        streams: { capacities: { steam: { rating: 'nameplate' } } },
      },
      boiler: { out: { steam: 200 }, cap: { steam: 1000 }, streams: { capacities: { steam: { rating: 'sellable' } } } },
      bricks: { cap: { ash: 50 }, in: { ash: 10 } },
      user: { in: { steam: 700 } },
    },
    flows: [
      ['paint', '@disposal', 'solvent', 30],
      ['mill', 'regen', 'solvent', 10],
      ['@supply', 'regen', 'solvent', 25],
      ['mill', 'yard', 'scrap', 20],
      ['@supply', 'yard', 'mixed', 50],
      ['wwtp', '@disposal', 'sludge', 100],
      ['chp', 'user', 'steam', 500],
      ['boiler', 'user', 'steam', 200],
      ['chp', '@disposal', 'ash', 20],
      ['chp', '@market', 'ash', 10],
      ['@supply', 'bricks', 'ash', 10],
      ['chp', '@market', 'power', 100],
    ],
  });
  const result = analyzeCapacity(createAnalysisContext(park));
  const balance = (material: string) => result.balances.find((b) => b.material === material)!;

  it('counts everything a plant takes in against its capacity', () => {
    expect(balance('solvent')).toMatchObject({
      service: 'treatment',
      generated: 50,
      unplaced: 40,
      capacity: 40,
      load: 40,
    });
    expect(balance('solvent').plants[0]).toMatchObject({ fromPark: 10, boughtIn: 25, load: 40, spare: 0 });
    expect(balance('scrap').plants[0]).toMatchObject({ load: 70, utilisation: 0.7, covers: ['mixed'] });
    expect(balance('ash')).toMatchObject({ generated: 30, unplaced: 20, capacity: 50, load: 10, spare: 40 });
    expect(balance('steam')).toMatchObject({
      service: 'supply',
      capacity: 1600,
      load: 700,
      rating: 'nameplate',
      spare: 800,
    });
    expect(result.balances.some((b) => b.material === 'power')).toBe(false); // networked: no park balance
  });

  it('reports shortfalls, missing and idle capacity, and spare capacity only when sellable', () => {
    expect(result.findings.map((f) => [f.id, f.severity, f.quantity])).toEqual([
      ['capacity-shortfall:solvent', 'high', 40],
      ['capacity-missing:sludge', 'medium', 100],
      ['capacity-idle:ash', 'medium', 20],
      ['capacity-underused:boiler:steam', 'info', 800],
    ]);
    expect(result.findings[0]?.reason.en).toBe(
      "40 t/a of solvent (hazardous, HW06) leaves the park for disposal or is unaccounted for (10 t/a unaccounted); the park's 40 t/a of capacity is full, leaving 40 t/a without capacity.",
    );
    expect(result.findings.find((f) => f.id === 'capacity-underused:boiler:steam')?.reason.en).toBe(
      'BOILER can sell 1,000 t/a of steam and delivers 200 t/a (20%): 800 t/a more is available to park enterprises.',
    );
  });
});
