import { describe, expect, it } from 'vitest';
import { buildActorNetwork } from '../../../../src/core/analysis/network/actors.ts';
import { excludedCount } from '../../../../src/core/analysis/network/coverage.ts';
import { describeCycles } from '../../../../src/core/analysis/network/cycleComposition.ts';
import { findCycles } from '../../../../src/core/analysis/network/cycles.ts';
import { coverageSentences, cycleSentences } from '../../../../src/core/analysis/network/explain.ts';
import { networkReport } from '../../../../src/core/analysis/network/report.ts';
import { tinyPark } from './builders.ts';

/**
 * Four operating enterprises A, B, C, D and a closed one X, with flows of
 * every kind of trouble (ids f001 … f011 in this order):
 *
 *   f001 @supply → A  goods 100 t/a   (product)   import
 *   f002 A → B        goods  60 t/a   (product)
 *   f003 B → C        slag   20 t/a   (waste)
 *   f004 C → A        heat   50 GJ/a  (energy)    no heating value: not t/a
 *   f005 B → A        water  30 m³/a  (water)     no density: not t/a
 *   f006 C → @disposal slag  10 t/a   (waste)     dissipation
 *   f007 A → @market  goods  40 t/a   (product)   export
 *   f008 A → D        goods   5 t/a   planned
 *   f009 X → B        goods   7 t/a   X is closed
 *   f010 D → D        water   3 m³/a  self-loop (and not t/a either: the self-loop is named first)
 *   f011 B → D        rent    1 units/a (service) not t/a
 */
const park = () =>
  tinyPark({
    enterprises: [{ id: 'X', status: 'closed' }],
    materials: [
      { id: 'slag', category: 'waste' },
      { id: 'heat', category: 'energy', unit: 'GJ/a' },
      { id: 'water', category: 'water', unit: 'm3/a' },
      { id: 'rent', category: 'service', unit: 'units/a' },
    ],
    flows: [
      { from: '@supply', to: 'A', quantity: 100 },
      { from: 'A', to: 'B', quantity: 60 },
      { from: 'B', to: 'C', material: 'slag', quantity: 20 },
      { from: 'C', to: 'A', material: 'heat', quantity: 50 },
      { from: 'B', to: 'A', material: 'water', quantity: 30 },
      { from: 'C', to: '@disposal', material: 'slag', quantity: 10 },
      { from: 'A', to: '@market', quantity: 40 },
      { from: 'A', to: 'D', quantity: 5, status: 'planned' },
      { from: 'X', to: 'B', quantity: 7 },
      { from: 'D', to: 'D', material: 'water', quantity: 3 },
      { from: 'B', to: 'D', material: 'rent', quantity: 1 },
    ],
  });

describe('coverage: which flows enter which metric', () => {
  const report = networkReport(park(), { betweenness: 'none' });

  it('structural metrics: every category between enterprises, boundary flows left out', () => {
    // In: f002 product, f003 waste, f004 energy, f005 water, f011 service.
    expect(report.coverage.flows).toBe(11);
    expect(report.coverage.structural.included).toBe(5);
    expect(report.coverage.structural.includedByCategory).toEqual([
      { category: 'product', flows: 1 },
      { category: 'waste', flows: 1 },
      { category: 'energy', flows: 1 },
      { category: 'water', flows: 1 },
      { category: 'service', flows: 1 },
    ]);
    expect(report.coverage.structural.excluded).toEqual([
      { reason: 'status', category: 'product', flows: 1, ids: ['f008'] },
      { reason: 'actor', category: 'product', flows: 1, ids: ['f009'] },
      { reason: 'boundary', category: 'product', flows: 2, ids: ['f001', 'f007'] },
      { reason: 'boundary', category: 'waste', flows: 1, ids: ['f006'] },
      { reason: 'selfLoop', category: 'water', flows: 1, ids: ['f010'] },
    ]);
  });

  it('flow metrics: only flows in t/a, boundary flows included', () => {
    // In: f001 (import), f002, f003, f006 (dissipation), f007 (export): product 3, waste 2.
    expect(report.coverage.flow.included).toBe(5);
    expect(report.coverage.flow.includedByCategory).toEqual([
      { category: 'product', flows: 3 },
      { category: 'waste', flows: 2 },
    ]);
    expect(report.coverage.flow.excluded).toEqual([
      { reason: 'status', category: 'product', flows: 1, ids: ['f008'] },
      { reason: 'actor', category: 'product', flows: 1, ids: ['f009'] },
      { reason: 'selfLoop', category: 'water', flows: 1, ids: ['f010'] },
      { reason: 'unit', category: 'energy', flows: 1, ids: ['f004'] },
      { reason: 'unit', category: 'water', flows: 1, ids: ['f005'] },
      { reason: 'unit', category: 'service', flows: 1, ids: ['f011'] },
    ]);
    expect(excludedCount(report.coverage.flow, 'unit')).toBe(3);
    // The flow matrix agrees: the same count in, the same reasons out.
    expect(report.flows.includedFlows).toBe(5);
    expect(report.flows.excludedFlows).toEqual({
      status: 1,
      category: 0,
      actor: 1,
      boundary: 0,
      selfLoop: 1,
      quantity: 0,
      unit: 3,
    });
    // T_A = 100 (import), T_B = 60, T_C = 20, T_D = 0: TST = 180; no cycle in t/a, FCI = 0.
    expect(report.flows.totalSystemThroughflow).toBe(180);
    expect(report.flows.finnCyclingIndex).toBe(0);
  });

  it('every flow is either in or out, in each coverage', () => {
    for (const c of [report.coverage.structural, report.coverage.flow]) {
      expect(c.included + c.excluded.reduce((sum, g) => sum + g.flows, 0)).toBe(report.coverage.flows);
    }
  });

  it('gives the structural metrics over every category and over the t/a flows only', () => {
    // All categories: links A→B, B→C, C→A, B→A, B→D; N = 4 (X is closed).
    const all = report.structure;
    expect(all).toMatchObject({
      actors: 4,
      links: 5,
      linkageDensity: 1.25,
      connectance: 5 / 16,
      prey: 3,
      predators: 4,
    });
    // F on {A, B, C}: A→B, B→A, B→C, C→A; det(λI − F) = λ³ − λ − 1, whose real root is the plastic number.
    expect(all.cyclicity.value).toBeCloseTo(1.324717957, 8);
    expect(report.cycles.cycles).toEqual([
      ['A', 'B'],
      ['A', 'B', 'C'],
    ]);
    // t/a only: goods A→B and slag B→C; no loop.
    const mass = report.commensurable;
    expect(mass.unit).toBe('t/a');
    expect(mass.flows).toBe(2);
    expect(mass.structure).toMatchObject({
      actors: 4,
      links: 2,
      linkageDensity: 0.5,
      connectance: 0.125,
      prey: 2,
      predators: 2,
    });
    expect(mass.structure.cyclicity.value).toBe(0);
    expect(mass.cycles.cycles).toEqual([]);
  });

  it('says what the loops run through', () => {
    // A→B goods (product, t/a), B→A water, B→C slag (waste, t/a), C→A heat (energy).
    // [A, B] uses product and water; [A, B, C] uses product, waste and energy; each link has one category.
    expect(report.cycleComposition).toEqual({
      cycles: 2,
      truncated: false,
      unit: 't/a',
      commensurable: 0,
      categories: [
        { category: 'product', cycles: 2, essential: 2 },
        { category: 'waste', cycles: 1, essential: 1 },
        { category: 'energy', cycles: 1, essential: 1 },
        { category: 'water', cycles: 1, essential: 1 },
      ],
      materials: [
        { material: 'goods', cycles: 2 },
        { material: 'heat', cycles: 1 },
        { material: 'slag', cycles: 1 },
        { material: 'water', cycles: 1 },
      ],
      actors: [
        { id: 'A', cycles: 2 },
        { id: 'B', cycles: 2 },
        { id: 'C', cycles: 1 },
      ],
    });
  });

  it('describes the first loops only when their links exceed the budget, and says so', () => {
    const network = buildActorNetwork(park());
    const cycles = findCycles(network);
    // [A, B] has 2 links, [A, B, C] 3: a budget of 4 takes the first loop only.
    const first = describeCycles(park(), network, cycles, 't/a', { maxSteps: 4 });
    expect(first).toMatchObject({
      cycles: 1,
      truncated: true,
      actors: [
        { id: 'A', cycles: 1 },
        { id: 'B', cycles: 1 },
      ],
    });
    expect(describeCycles(park(), network, cycles, 't/a', { maxSteps: 5 })).toMatchObject({
      cycles: 2,
      truncated: false,
    });
    const names = { enterprise: (id: string) => id, material: (id: string) => id };
    const report = networkReport(park(), { betweenness: 'none' });
    const sentences = cycleSentences({ ...report, cycleComposition: first }, 'zh', names);
    expect(sentences[0]!.startsWith('前 1 条循环回路(回路太多或太长,只统计这些)经过的物料类别:')).toBe(true);
  });

  it('a link carried by two categories is needed by neither', () => {
    const twoWays = tinyPark({
      materials: [{ id: 'water', category: 'water', unit: 'm3/a' }],
      flows: [
        { from: 'A', to: 'B', quantity: 5 },
        { from: 'B', to: 'A', quantity: 5 },
        { from: 'B', to: 'A', material: 'water', quantity: 5 },
      ],
    });
    const composition = networkReport(twoWays, { betweenness: 'none' }).cycleComposition;
    expect(composition.categories).toEqual([
      { category: 'product', cycles: 1, essential: 1 },
      { category: 'water', cycles: 1, essential: 0 },
    ]);
    expect(composition.commensurable).toBe(1); // goods both ways, in t/a
  });

  it('words the coverage in Chinese with the glossary terms', () => {
    const [structural, flow] = coverageSentences(report, 'zh');
    expect(structural).toContain(
      '循环度(λmax)、连接度、连接密度、供给方/接收方与循环回路计入园区内企业之间各类别的物质流',
    );
    expect(structural).toContain('计入 5 条');
    expect(structural).toContain('产品 2 条、废物 1 条(园区边界流)');
    expect(structural).toContain('水 1 条(自环,即企业流向自身,默认不计)');
    expect(structural).toContain('产品 1 条(物质流状态为规划或潜在)');
    expect(structural).toContain('产品 1 条(一端企业状态为规划或候选或关停)');
    expect(flow).toContain('芬恩循环指数、系统总通量与平均路径长度只计可换算为 t/a 的物质流');
    expect(flow).toContain('计入 5 条(产品 3、废物 2)');
    expect(flow).toContain('能源 1 条、水 1 条、服务 1 条(单位不可换算为 t/a)');
    const loops = cycleSentences(report, 'zh', { enterprise: (id) => `企业${id}`, material: (id) => id });
    expect(loops[0]).toBe(
      '2 条循环回路经过的物料类别:产品 2 条(都离不开产品)、废物 1 条(都离不开废物)、能源 1 条(都离不开能源)、水 1 条(都离不开水);其中全程由 t/a 物质流构成的有 0 条。',
    );
    expect(loops[1]).toContain('经过回路最多的企业:企业A(2 条)、企业B(2 条)、企业C(1 条)');
    expect(loops[2]).toBe(
      '每条循环回路都要经过不可换算为 t/a 的物质流:只计 t/a 物质流的网络没有循环回路,芬恩循环指数因此为 0。',
    );
  });

  it('words it in English too', () => {
    const [, flow] = coverageSentences(report, 'en');
    expect(flow).toContain('count only flows in t/a');
    expect(flow).toContain('left out: product 1 (flow status planned or potential)');
    expect(flow).toContain('energy 1, water 1, service 1 (unit not convertible to t/a)');
  });
});
