/**
 * The data we ship is held to the same rules as users' files, and to the
 * honesty rule: every figure not from a source is marked as an estimate
 * with its basis.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateModelText } from '../../src/core/model/validate.ts';
import { validateCatalogue } from '../../src/core/catalogue/validate.ts';
import { formatProblem } from '../../src/core/model/problems.ts';
import { buildExchangeGraph } from '../../src/core/graph/exchangeGraph.ts';
import { buildMaterialGraph } from '../../src/core/graph/materialGraph.ts';
import { buildProcessGraph } from '../../src/core/graph/processGraph.ts';
import type { ParkModel } from '../../src/core/model/types.ts';
import type { TechnologyCatalogue } from '../../src/core/catalogue/schema.ts';

const parkText = readFileSync('data/linyi-etdz.json', 'utf8');
const catalogueJson: unknown = JSON.parse(readFileSync('data/technologies.json', 'utf8'));

/** The shared vocabulary table in docs/material-vocabulary.md: id → [category, unit]. */
function vocabulary(): Map<string, { category: string; unit: string }> {
  const rows = readFileSync('docs/material-vocabulary.md', 'utf8')
    .split('\n')
    .filter((line) => /^\| [a-z0-9-]+ \|/.test(line));
  return new Map(
    rows.map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return [cells[1]!, { category: cells[4]!, unit: cells[5]!.split(' ')[0]! }];
    }),
  );
}

function loadPark(): ParkModel {
  const result = validateModelText(parkText, 'data/linyi-etdz.json');
  if (!result.ok) throw new Error(result.errors.map((p) => formatProblem(p, 'en')).join('\n'));
  return result.model;
}

function loadCatalogue(): TechnologyCatalogue {
  const result = validateCatalogue(catalogueJson);
  if (!result.ok) throw new Error(result.errors.map((p) => formatProblem(p, 'en')).join('\n'));
  return result.catalogue;
}

describe('data/linyi-etdz.json', () => {
  it('validates with zero errors and zero warnings', () => {
    const result = validateModelText(parkText, 'data/linyi-etdz.json');
    const listed = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    expect(listed.map((p) => formatProblem(p, 'en'))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  const park = loadPark();
  const enterpriseNames = park.enterprises.map((e) => `${e.name.zh ?? ''} ${e.name.en ?? ''}`).join('\n');

  it('names every enterprise the seed names, bilingually', () => {
    const seedNames = [
      '沃尔沃',
      '临工',
      '山重建机',
      '柳工',
      '临工金利',
      '三友重工',
      '德鑫机械',
      '华派克',
      '宇顺物流',
      '阳光租赁',
      '梅开再生',
      '中再生',
      '埃森化学',
      '施可丰',
      '鲁光化工',
      '翔宇医药',
      '修正药业',
      '一方制药',
      '金升',
      '源宏铜业',
      '富源热电',
      '污水处理厂',
      '华昇隆',
      '哲能赫',
      '天丰',
    ];
    for (const name of seedNames) expect(enterpriseNames, name).toContain(name);
    for (const e of park.enterprises) {
      expect(e.name.zh, e.id).toBeTruthy();
      expect(e.name.en, e.id).toBeTruthy();
    }
  });

  it('has the four chains plus shared infrastructure as clusters, and chain templates', () => {
    expect(park.clusters.map((c) => c.id).sort()).toEqual([
      'chemicals',
      'machinery',
      'new-energy',
      'recycling',
      'utilities',
    ]);
    const stages = (id: string) => park.chains.find((c) => c.id === id)?.stages.map((s) => s.materials);
    expect(stages('copper-chain')).toEqual([
      ['waste-circuit-boards'],
      ['scrap-copper'],
      ['anode-copper'],
      ['cathode-copper'],
      ['copper-rod'],
    ]);
    expect(stages('ammonia-nitromethane')).toEqual([['synthetic-ammonia'], ['sodium-nitrite'], ['nitromethane']]);
    expect(stages('ammonia-fertilizer')?.map((s) => s[0])).toEqual([
      'synthetic-ammonia',
      'nitric-acid',
      'ammonium-nitrate',
      'compound-fertilizer',
    ]);
    expect(park.chains.length).toBeGreaterThanOrEqual(6);
  });

  it('uses the seed’s own figures, cited to the seed', () => {
    const byId = new Map(park.enterprises.map((e) => [e.id, e]));
    const seeded = park.enterprises.flatMap((e) =>
      [...e.inputs, ...e.outputs, ...e.capacities]
        .filter((s) => s.source === 'seed-004')
        .map((s) => ({ e: e.id, ...s })),
    );
    const has = (material: string, quantity: number, unit: string) =>
      seeded.some((s) => s.material === material && s.quantity === quantity && s.unit === unit && !s.estimated);
    expect(has('wastewater', 21_900_000, 'm3/a'), 'wastewater plant 60 000 m³/d').toBe(true);
    expect(has('chlorofluoropyridine', 12_300, 't/a'), '1.23万吨 chlorofluoropyridine').toBe(true);
    expect(has('solar-collector', 100_000, 'units/a'), '10万台 collectors').toBe(true);
    expect(has('solar-water-heater', 200_000, 'units/a'), '20万台 water heaters').toBe(true);
    const chp = park.enterprises.find((e) => e.name.zh?.includes('富源'));
    expect(chp && JSON.stringify(chp)).toMatch(/24 ?MW/);
    expect(chp && JSON.stringify(chp)).toMatch(/130 ?t\/h/);
    expect(byId.size).toBe(park.enterprises.length);
  });

  it('marks every other figure as an estimate with its basis', () => {
    const quantified = [
      ...park.flows,
      ...park.enterprises.flatMap((e) => [...e.inputs, ...e.outputs, ...e.capacities]),
    ];
    for (const q of quantified) {
      const fromSeed = q.source === 'seed-004' && !q.estimated;
      expect(fromSeed || (q.estimated === true && (q.basis ?? '').length > 10), JSON.stringify(q)).toBe(true);
    }
  });

  it('models the by-products and wastes such plants really have', () => {
    const produced = new Set(park.enterprises.flatMap((e) => e.outputs.map((o) => o.material)));
    for (const m of [
      'fly-ash',
      'boiler-slag',
      'desulfurization-gypsum',
      'sewage-sludge',
      'waste-solvent',
      'waste-mineral-oil',
      'scrap-steel',
      'copper-slag',
      'waste-packaging',
      'waste-heat',
      'wastewater',
    ]) {
      expect(produced, m).toContain(m);
    }
  });

  it('builds all three graphs', () => {
    const exchange = buildExchangeGraph(park);
    expect(exchange.order).toBe(park.enterprises.length + 3);
    expect(exchange.size).toBe(park.flows.length);
    expect(buildMaterialGraph(park).order).toBe(park.materials.length);
    expect(buildProcessGraph(park).order).toBe(park.enterprises.length + park.materials.length);
  });

  it('shares material ids, categories and units with the catalogue and the vocabulary', () => {
    const catalogue = new Map(loadCatalogue().materials.map((m) => [m.id, m]));
    const words = vocabulary();
    for (const m of park.materials) {
      const other = catalogue.get(m.id);
      if (other) expect([m.id, m.category, m.unit]).toEqual([m.id, other.category, other.unit]);
      const word = words.get(m.id);
      if (word) expect([m.id, m.category, m.unit]).toEqual([m.id, word.category, word.unit]);
    }
  });
});

describe('data/technologies.json', () => {
  it('validates with no errors and no warnings', () => {
    const result = validateCatalogue(catalogueJson);
    expect(result.ok ? [] : result.errors.map((p) => formatProblem(p, 'en'))).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  const catalogue = loadCatalogue();

  it('holds at least 30 technologies, including those the chains need', () => {
    expect(catalogue.technologies.length).toBeGreaterThanOrEqual(30);
    const transforms = (from: string, to: string) =>
      catalogue.technologies.some(
        (t) => t.inputs.some((i) => i.material === from) && t.outputs.some((o) => o.material === to),
      );
    expect(transforms('scrap-copper', 'anode-copper')).toBe(true);
    expect(transforms('anode-copper', 'cathode-copper')).toBe(true);
    expect(transforms('cathode-copper', 'copper-rod')).toBe(true);
    expect(
      transforms('synthetic-ammonia', 'nitric-acid') || transforms('synthetic-ammonia', 'dilute-nitric-acid'),
    ).toBe(true);
    expect(transforms('desulfurization-gypsum', 'plasterboard')).toBe(true);
    expect(transforms('scrap-steel', 'steel-billet')).toBe(true);
    expect(transforms('waste-solvent', 'recovered-solvent')).toBe(true);
    expect(transforms('waste-mineral-oil', 'lubricating-oil') || transforms('waste-mineral-oil', 'lube-base-oil')).toBe(
      true,
    );
    expect(transforms('used-parts', 'remanufactured-parts')).toBe(true);
  });

  it('states the basis of every technology’s figures', () => {
    for (const t of catalogue.technologies) expect(t.basis.length, t.id).toBeGreaterThan(20);
  });

  it('matches the shared vocabulary', () => {
    const words = vocabulary();
    for (const m of catalogue.materials) {
      const word = words.get(m.id);
      if (word) expect([m.id, m.category, m.unit]).toEqual([m.id, word.category, word.unit]);
    }
  });
});
