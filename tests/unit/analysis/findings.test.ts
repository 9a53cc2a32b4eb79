import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { findIntegrityProblems } from '../../../src/core/analysis/integrity.ts';
import { findOpenEnds } from '../../../src/core/analysis/openEnds.ts';
import { analyzeChains } from '../../../src/core/analysis/chainIntegrity.ts';
import { findCouplingGaps, distanceKm } from '../../../src/core/analysis/couplingGaps.ts';
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
    materials: { ash: 'by-product', sludge: 'waste', steam: 'energy', fertilizer: 'product', solvent: 'waste' },
    hazardous: { solvent: 'HW06' },
    enterprises: {
      chp: { out: { ash: 100, steam: 500 } },
      wwtp: { out: { sludge: 40 } },
      plant: { in: { steam: 500, ash: 30 }, out: { fertilizer: 90, solvent: 2 } },
      farm: { in: { ash: 20 } },
    },
    flows: [
      ['chp', 'plant', 'ash', 30],
      ['chp', '@disposal', 'ash', 60],
      ['chp', 'plant', 'steam', 500],
      ['wwtp', '@disposal', 'sludge', 40],
      ['plant', '@market', 'fertilizer', 90],
      ['@supply', 'farm', 'ash', 20],
    ],
  });
  const findings = findOpenEnds(createAnalysisContext(park));

  it('reports unused by-products and wastes with where they go, but not products sold', () => {
    expect(ids(findings)).toEqual([
      'import-made-in-park:farm:ash',
      'open-end:chp:ash',
      'open-end:plant:solvent',
      'open-end:wwtp:sludge',
    ]);
    const ash = findings.find((f) => f.id === 'open-end:chp:ash')!;
    // 100 declared − 30 used in the park = 70 open: 60 to disposal, 10 unaccounted
    expect(ash.quantity).toBe(70);
    expect(ash.details).toEqual({ declared: 100, internal: 30, inHouse: 0, disposal: 60, market: 0, unaccounted: 10 });
    expect(ash.severity).toBe('high');
    expect(ash.reason.en).toBe(
      'CHP produces 70 t/a of ash that no enterprise in the park uses (60 t/a to disposal, 10 t/a unaccounted for).',
    );
    expect(findings.find((f) => f.id === 'open-end:plant:solvent')?.severity).toBe('high'); // hazardous
  });

  it('reports inputs bought in although the park makes them', () => {
    const imported = findings.find((f) => f.kind === 'import-made-in-park')!;
    expect(imported.enterprises).toEqual(['farm', 'chp']);
    expect(imported.quantity).toBe(20);
    expect(imported.flows).toEqual(['f6']);
  });

  it('keeps ids stable when quantities change', () => {
    const changed = structuredClone(park);
    changed.flows[1]!.quantity = 10;
    expect(ids(findOpenEnds(createAnalysisContext(changed)))).toEqual(ids(findings));
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

describe('coupling gaps', () => {
  const park = buildPark({
    clusters: ['energy', 'chem', 'build'],
    materials: { ash: 'by-product', steam: 'energy', gypsum: 'by-product' },
    enterprises: {
      chp: { cluster: 'energy', out: { ash: 100, steam: 300, gypsum: 40 }, location: { lon: 118.5, lat: 35.0 } },
      brick: { cluster: 'build', in: { ash: 60 }, location: { lon: 118.5, lat: 35.1 } },
      chem: { cluster: 'chem', in: { steam: 200 } },
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

  it('pairs surplus with outside demand of the same material, with distance', () => {
    expect(result.matches.map((m) => [m.supplier, m.consumer, m.material, m.matchable, m.alreadyProposed])).toEqual([
      ['chp', 'brick', 'ash', 60, false], // min(100 surplus, 60 demand)
      ['chp', 'board', 'gypsum', 40, true], // min(40, 50); a potential flow already proposes it
    ]);
    // 0.1° of latitude ≈ 11.12 km
    expect(result.matches[0]?.distanceKm).toBeCloseTo(11.12, 1);
    expect(result.findings.find((f) => f.id === 'coupling-match:chp:brick:ash')?.severity).toBe('high');
    expect(result.findings.find((f) => f.id === 'coupling-match:chp:board:gypsum')?.severity).toBe('low');
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
      enterprises: { smelter: { out: { anode: 100 }, in: { anode: 90 } }, refinery: { in: { anode: 50 } } },
      flows: [['@supply', 'refinery', 'anode', 50]],
    });
    smelterPark.enterprises[0]!.outputs[0] = { ...smelterPark.enterprises[0]!.outputs[0]!, inHouse: 90 };
    smelterPark.enterprises[0]!.inputs[0] = { ...smelterPark.enterprises[0]!.inputs[0]!, inHouse: 90 };
    const { matches } = findCouplingGaps(createAnalysisContext(smelterPark));
    expect(matches.map((m) => [m.supplier, m.consumer, m.matchable])).toEqual([['smelter', 'refinery', 10]]);
  });

  it('measures great-circle distance', () => {
    expect(distanceKm({ lon: 0, lat: 0 }, { lon: 1, lat: 0 })).toBeCloseTo(111.19, 1);
    expect(distanceKm(undefined, { lon: 1, lat: 0 })).toBeUndefined();
  });
});

describe('capacity balance', () => {
  const park = buildPark({
    materials: { solvent: 'waste', sludge: 'waste', steam: 'energy', scrap: 'waste' },
    hazardous: { solvent: 'HW06' },
    enterprises: {
      paint: { out: { solvent: 30, scrap: 5 } },
      mill: { out: { solvent: 20 } },
      regen: { role: 'recycler', cap: { solvent: 40 }, in: { solvent: 40 } },
      wwtp: { out: { sludge: 100 } },
      chp: { out: { steam: 500 }, cap: { steam: 600 } },
      user: { in: { steam: 700 } },
      smelter: { in: { scrap: 50 } },
    },
  });
  const result = analyzeCapacity(createAnalysisContext(park));

  it('balances generation against treatment, hazardous first, and supply against demand', () => {
    expect(result.balances.map((b) => [b.material, b.service, b.load, b.capacity])).toEqual([
      ['solvent', 'treatment', 50, 40],
      ['scrap', 'treatment', 5, 50],
      ['sludge', 'treatment', 100, 0],
      ['steam', 'supply', 700, 600],
    ]);
  });

  it('reports shortfalls, missing capacity and spare capacity', () => {
    expect(result.findings.map((f) => [f.id, f.severity, f.quantity])).toEqual([
      ['capacity-shortfall:solvent', 'high', 10],
      ['capacity-underused:scrap', 'info', 45],
      ['capacity-missing:sludge', 'medium', 100],
      ['capacity-shortfall:steam', 'medium', 100],
    ]);
  });
});
