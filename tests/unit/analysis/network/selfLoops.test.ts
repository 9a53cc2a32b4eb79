import { describe, expect, it } from 'vitest';
import { computeFlowMetrics } from '../../../../src/core/analysis/network/flowMetrics.ts';
import { networkReport } from '../../../../src/core/analysis/network/report.ts';
import { coverageSentences } from '../../../../src/core/analysis/network/explain.ts';
import { tinyPark } from './builders.ts';

/**
 * A hand-worked park with a self-loop (all in t/a), balanced:
 *
 *   @supply → A 10,  A → A 6 (A's flow to itself),  A → B 8,  B → A 4,  A → @market 6,  B → @disposal 4
 *   A: in 10 + 4 + 6 = 20, out 6 + 8 + 6 = 20;  B: in 8, out 4 + 4 = 8.
 *
 * Self-loops off (the default):
 *   T_A = 10 + 4 = 14, T_B = 8, TST = 22.
 *   G_AB = 8/14 = 4/7, G_BA = 4/8 = 1/2; I − G = [[1, −4/7], [−1/2, 1]], det = 1 − 2/7 = 5/7,
 *   n_AA = 1/det = 7/5, n_BB = 1/det = 7/5; (n − 1)/n = 2/7 for both,
 *   FCI = (2/7 · 14 + 2/7 · 8)/22 = 2/7.
 *
 * Self-loops on (enaR: T = inflows + inputs, the diagonal of F kept):
 *   T_A = 10 + 4 + 6 = 20, T_B = 8, TST = 28.
 *   G_AA = 6/20 = 3/10, G_AB = 8/20 = 2/5, G_BA = 1/2; I − G = [[7/10, −2/5], [−1/2, 1]],
 *   det = 7/10 − 1/5 = 1/2; n_AA = 1/det = 2, n_BB = (7/10)/det = 7/5.
 *   FCI = ((2 − 1)/2 · 20 + (2/7) · 8)/28 = (10 + 16/7)/28 = (86/7)/28 = 43/98.
 */
const park = () =>
  tinyPark({
    flows: [
      { from: '@supply', to: 'A', quantity: 10 },
      { from: 'A', to: 'A', quantity: 6 },
      { from: 'A', to: 'B', quantity: 8 },
      { from: 'B', to: 'A', quantity: 4 },
      { from: 'A', to: '@market', quantity: 6 },
      { from: 'B', to: '@disposal', quantity: 4 },
    ],
  });

describe('self-loops: off by default, on as in enaR', () => {
  it('leaves the self-loop out by default', () => {
    const off = computeFlowMetrics(park());
    expect(off.actors.map((a) => a.throughflow)).toEqual([14, 8]);
    expect(off.totalSystemThroughflow).toBe(22);
    expect(off.actors[0]!.visits).toBeCloseTo(7 / 5, 12);
    expect(off.actors[1]!.visits).toBeCloseTo(7 / 5, 12);
    expect(off.finnCyclingIndex).toBeCloseTo(2 / 7, 12);
    expect(off.excludedFlows.selfLoop).toBe(1);
  });

  it('counts it in TST and Finn when asked', () => {
    const on = computeFlowMetrics(park(), { includeSelfLoops: true });
    expect(on.actors.map((a) => a.throughflow)).toEqual([20, 8]);
    expect(on.totalSystemThroughflow).toBe(28);
    expect(on.actors[0]!.visits).toBeCloseTo(2, 12);
    expect(on.actors[1]!.visits).toBeCloseTo(7 / 5, 12);
    expect(on.cycledThroughflow).toBeCloseTo(86 / 7, 12);
    expect(on.finnCyclingIndex).toBeCloseTo(43 / 98, 12);
    expect(on.excludedFlows.selfLoop).toBe(0);
    expect(on.averagePathLength).toBeCloseTo(2.8, 12); // TST / Σz = 28 / 10
  });

  it('counts it in the structural metrics when asked', () => {
    const off = networkReport(park(), { betweenness: 'none' });
    // F = [[0, 1], [1, 0]]: L = 2, λ = 1, one loop.
    expect(off.structure).toMatchObject({ links: 2, linkageDensity: 1, connectance: 0.5 });
    expect(off.structure.cyclicity.value).toBeCloseTo(1, 9);
    expect(off.cycles.cycles).toEqual([['A', 'B']]);
    // F = [[1, 1], [1, 0]]: L = 3, λ² − λ − 1 = 0, λ = (1 + √5)/2; the self-loop is a loop of length 1.
    const on = networkReport(park(), { betweenness: 'none', network: { includeSelfLoops: true } });
    expect(on.network.options.includeSelfLoops).toBe(true);
    expect(on.structure).toMatchObject({ links: 3, linkageDensity: 1.5, connectance: 0.75 });
    expect(on.structure.cyclicity.value).toBeCloseTo((1 + Math.sqrt(5)) / 2, 9);
    expect(on.cycles.cycles).toEqual([['A'], ['A', 'B']]);
    expect(on.flows.totalSystemThroughflow).toBe(28);
    expect(on.flows.finnCyclingIndex).toBeCloseTo(43 / 98, 12);
    // All flows are in t/a: the same figures over the t/a flows.
    expect(on.commensurable.structure.cyclicity.value).toBeCloseTo((1 + Math.sqrt(5)) / 2, 9);
    expect(on.cycleComposition).toMatchObject({ cycles: 2, commensurable: 2 });
  });

  it('reports the self-loop in the coverage either way', () => {
    const off = networkReport(park(), { betweenness: 'none' });
    expect(off.coverage.includeSelfLoops).toBe(false);
    expect(off.coverage.structural.included).toBe(2);
    expect(off.coverage.structural.excluded).toContainEqual({
      reason: 'selfLoop',
      category: 'product',
      flows: 1,
      ids: ['f002'],
    });
    expect(coverageSentences(off, 'zh')[0]).toContain('产品 1 条(自环,即企业流向自身,默认不计)');
    const on = networkReport(park(), { betweenness: 'none', network: { includeSelfLoops: true } });
    expect(on.coverage.includeSelfLoops).toBe(true);
    expect(on.coverage.structural.included).toBe(3);
    expect(on.coverage.flow.included).toBe(6);
    expect(on.coverage.structural.excluded.some((g) => g.reason === 'selfLoop')).toBe(false);
    expect(coverageSentences(on, 'zh')[2]).toContain('自环(企业流向自身的物质流)按 enaR 与生态网络文献的惯例计入');
  });

  it('never counts a self-loop as reuse', () => {
    const waste = tinyPark({
      materials: [{ id: 'scrap', category: 'waste' }],
      flows: [
        { from: 'A', to: 'A', material: 'scrap', quantity: 10 },
        { from: 'A', to: 'B', material: 'scrap', quantity: 10 },
      ],
    });
    // A declares 20 t/a of scrap; only the 10 t/a that B takes is reuse, with or without self-loops.
    expect(networkReport(waste, { betweenness: 'none' }).reuse.rate).toBe(0.5);
    expect(networkReport(waste, { betweenness: 'none', network: { includeSelfLoops: true } }).reuse.rate).toBe(0.5);
  });
});
