/**
 * The data we ship is held to the same rules as users' files, and to the
 * honesty rule: every figure not from a source is marked as an estimate
 * with its basis.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateModelText } from '../../src/core/model/validate.ts';
import { formatProblem } from '../../src/core/model/problems.ts';
import { buildExchangeGraph } from '../../src/core/graph/exchangeGraph.ts';
import { buildMaterialGraph } from '../../src/core/graph/materialGraph.ts';
import { buildProcessGraph } from '../../src/core/graph/processGraph.ts';
import type { ParkModel } from '../../src/core/model/types.ts';
import { loadCatalogue, vocabulary } from './shippedData.ts';

const parkText = readFileSync('data/linyi-etdz.json', 'utf8');

function loadPark(): ParkModel {
  const result = validateModelText(parkText, 'data/linyi-etdz.json');
  if (!result.ok) throw new Error(result.errors.map((p) => formatProblem(p, 'en')).join('\n'));
  return result.model;
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
  const enterprise = (id: string) => park.enterprises.find((e) => e.id === id);
  const material = (id: string) => park.materials.find((m) => m.id === id);
  const stages = (id: string) => park.chains.find((c) => c.id === id)?.stages.map((s) => s.materials);

  it('cites the case study by its title, and never says "seed" to its readers', () => {
    const sources = new Map((park.park.sources ?? []).map((s) => [s.id, s]));
    expect(sources.get('linyi-case')?.title).toBe('临沂经济技术开发区循环化改造案例');
    expect(sources.get('estimate')?.title).toMatch(/Symbiograph 估算.*Symbiograph estimate/);
    // Every string in the file (names, descriptions, notes, bases, titles, ids).
    expect(parkText).not.toMatch(/seed|种子/i);
    expect(enterpriseNames).not.toMatch(/未具名|unnamed/);
  });

  it('names every enterprise the case study names, bilingually', () => {
    const namedInTheCaseStudy = [
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
    for (const name of namedInTheCaseStudy) expect(enterpriseNames, name).toContain(name);
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

  it('models no steelmaking stage: the case study names a scrap processing and distribution centre, not billets', () => {
    expect(stages('scrap-steel-chain')).toEqual([['mixed-metal-scrap'], ['scrap-steel']]);
    expect([...(stages('recycling-chain')?.at(-1) ?? [])].sort()).toEqual(['anode-copper', 'copper-rod']);
    expect(park.chains.flatMap((c) => c.stages.flatMap((s) => s.materials))).not.toContain('steel-billet');
    expect(material('steel-billet')).toBeUndefined();
  });

  it('uses the case study’s own figures, cited to it', () => {
    const byId = new Map(park.enterprises.map((e) => [e.id, e]));
    const cited = park.enterprises.flatMap((e) =>
      [...e.inputs, ...e.outputs, ...e.capacities]
        .filter((s) => s.source === 'linyi-case')
        .map((s) => ({ e: e.id, ...s })),
    );
    const has = (material: string, quantity: number, unit: string) =>
      cited.some((s) => s.material === material && s.quantity === quantity && s.unit === unit && !s.estimated);
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
      const fromTheCaseStudy = q.source === 'linyi-case' && !q.estimated;
      expect(fromTheCaseStudy || (q.estimated === true && (q.basis ?? '').length > 10), JSON.stringify(q)).toBe(true);
    }
  });

  it('says how each utility reaches its users and whether it can be bought outside', () => {
    for (const id of ['electricity', 'natural-gas', 'fresh-water']) {
      expect([id, material(id)?.mobility, material(id)?.importable]).toEqual([id, 'networked', true]);
    }
    for (const id of ['steam', 'district-heat']) {
      const m = material(id);
      expect([id, m?.mobility, m?.importable]).toEqual([id, 'piped', false]);
      // A piped range is an assumption, and the description says so.
      expect(m?.pipedRangeKm, id).toBeGreaterThan(0);
      expect(m?.description?.zh, id).toContain('假设');
      expect(m?.description?.en, id).toContain('assumption');
    }
    expect(material('waste-heat')?.importable).toBe(false);
    expect([material('reclaimed-water')?.mobility, material('reclaimed-water')?.importable]).toEqual(['piped', true]);
    for (const id of ['wastewater', 'treated-effluent']) expect(material(id)?.mobility, id).toBe('piped');
  });

  it('rates the CHP plant’s steam and power capacities as nameplate and counts its own electricity use', () => {
    const chp = enterprise('fuyuan-chp')!;
    const capacity = (m: string) => chp.capacities.find((c) => c.material === m);
    expect(capacity('steam')?.rating).toBe('nameplate');
    expect(capacity('electricity')?.rating).toBe('nameplate');
    expect(chp.capacities.map((c) => c.material).sort()).toEqual(['electricity', 'steam']);
    const power = chp.outputs.find((o) => o.material === 'electricity')!;
    const toGrid = park.flows.filter((f) => f.from === 'fuyuan-chp' && f.material === 'electricity');
    expect(power.inHouse).toBeGreaterThan(0);
    expect(power.quantity - (power.inHouse ?? 0)).toBe(toGrid.reduce((sum, f) => sum + (f.quantity ?? 0), 0));
    expect(power.basis).toContain('厂用电');
    // The case study names no user of gasification slag.
    expect(park.flows.filter((f) => f.material === 'gasification-slag').map((f) => f.to)).toEqual(['@disposal']);
  });

  it('keeps what lies outside the park outside it, naming the outside party', () => {
    expect(enterprise('livestock-farms')).toBeUndefined();
    expect(enterpriseNames).not.toContain('养殖场');
    const manure = park.flows.filter((f) => f.material === 'livestock-manure');
    expect(manure.map((f) => [f.from, f.to, f.counterparty?.zh])).toEqual([
      ['@supply', 'organic-fertilizer-maker', '周边养殖场'],
    ]);
    expect(manure[0]!.estimated).toBe(true);
    expect(manure[0]!.basis?.length).toBeGreaterThan(10);
    const fertilizer = enterprise('organic-fertilizer-maker')!;
    expect(fertilizer.inputs.find((i) => i.material === 'livestock-manure')?.quantity).toBe(manure[0]!.quantity);
    expect(fertilizer.capacities.map((c) => c.material)).not.toContain('herb-residue');
    expect(park.flows.filter((f) => f.material === 'herb-residue').every((f) => f.to === '@disposal')).toBe(true);
    expect(material('animal-feed')).toBeUndefined();
    expect(material('livestock-products')).toBeUndefined();

    const heat = park.flows.filter((f) => f.material === 'district-heat');
    expect(heat.map((f) => f.to)).toEqual(['@market']);
    expect(heat[0]!.counterparty?.zh).toContain('居民');
    expect(heat[0]!.counterparty?.en).toContain('residents');
    const steamOut = park.flows.filter((f) => f.material === 'steam' && f.to === '@market');
    expect(steamOut.map((f) => f.counterparty?.en)).toEqual(['other steam users in the zone, not modelled one by one']);
    const to = (material: string) =>
      park.flows.filter((f) => f.material === material && f.to === '@market').map((f) => f.counterparty?.zh);
    expect(to('nitric-acid')).toEqual(expect.arrayContaining(['无缝钢管生产企业', '民爆企业']));
    expect(to('scrap-steel')).toContain('园区外钢厂');
    // Counterparties only where an end is outside the park.
    for (const f of park.flows.filter((f) => f.counterparty))
      expect(f.from.startsWith('@') || f.to.startsWith('@'), f.id).toBe(true);
  });

  it('has one handling capacity for sorted and mixed scrap at each scrap recycler, above what it takes in', () => {
    for (const id of ['meikai-recycling', 'zhongzai-recycling', 'scrap-steel-centre']) {
      const e = enterprise(id)!;
      const capacity = e.capacities.find((c) => c.material === 'scrap-steel')!;
      expect(capacity.covers, id).toEqual(['mixed-metal-scrap']);
      const intake = e.inputs
        .filter((i) => i.material === 'scrap-steel' || i.material === 'mixed-metal-scrap')
        .reduce((sum, i) => sum + i.quantity, 0);
      expect(capacity.quantity, id).toBeGreaterThan(intake);
      expect(capacity.quantity, id).toBeLessThan(intake * 1.5);
    }
    expect(enterprise('sorting-centre')!.capacities.map((c) => c.material)).not.toContain('waste-packaging');
  });

  it('admits no new chemical projects, as the case study says, and sets no cap it does not give', () => {
    const list = park.park.policy?.negativeList ?? [];
    expect(list.map((n) => [n.id, n.name.zh, n.industries, n.source])).toEqual([
      ['no-new-chemical-projects', '不再新批化工项目', ['C26'], 'linyi-case'],
    ]);
    expect(list[0]!.note?.zh).toContain(
      '不再新批化工项目,原有项目以系统改造、工艺提升、转型升级为主,优先发展生物医药产业',
    );
    expect(park.park.policy?.caps).toBeUndefined();
  });

  it('gives full hazardous-waste codes only where the 2021 list was checked, and cites the list', () => {
    const sources = new Set((park.park.sources ?? []).map((s) => s.id));
    for (const m of park.materials.filter((m) => m.wasteCode)) {
      expect(m.wasteCode, m.id).toMatch(/^\d{3}-\d{3}-\d{2}$/);
      expect(m.wasteCode!.slice(-2), m.id).toBe(m.hazardousWasteCode!.slice(2));
      expect(m.description?.zh, m.id).toContain('国家危险废物名录(2021年版)');
      expect(sources).toContain('cn-hw-list-2021');
    }
    expect(material('paint-sludge')?.wasteCode).toBe('900-252-12');
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
