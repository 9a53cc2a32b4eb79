import { describe, expect, it } from 'vitest';
import { computeFlowMetrics } from '../../../../src/core/analysis/network/flowMetrics.ts';
import { networkReport } from '../../../../src/core/analysis/network/report.ts';
import { OYSTER_UNIT, oysterReefPark } from './oysterReef.ts';

/**
 * enaR's flow analysis of the oyster reef model (see oysterReef.ts for the
 * sources): TST 83.5833, FCI 0.1101686, APL 2.015512 and the diagonal of N.
 * With self-loops on, our TST and FCI follow enaR's formulas (enaFlow:
 * T = inflows + inputs, N = (I − G)⁻¹, FCI = Σ((n_ii − 1)/n_ii)·T_i / TST).
 */
describe('the oyster reef model of Dame & Patten (1981), against enaR', () => {
  const on = computeFlowMetrics(oysterReefPark(), { unit: OYSTER_UNIT, includeSelfLoops: true });
  const actor = (id: string) => on.actors.find((a) => a.id === id)!;

  it('takes every flow of the model', () => {
    // 1 input, 12 internal flows, 6 outputs.
    expect(on.includedFlows).toBe(19);
    expect(Object.values(on.excludedFlows).every((n) => n === 0)).toBe(true);
  });

  it('gives enaR’s throughflows and TST ≈ 83.58', () => {
    expect(actor('filter-feeders').throughflow).toBeCloseTo(41.47, 3);
    expect(actor('microbiota').throughflow).toBeCloseTo(8.1721, 4);
    expect(actor('meiofauna').throughflow).toBeCloseTo(8.4805, 4);
    expect(actor('deposit-feeders').throughflow).toBeCloseTo(2.51, 4);
    expect(actor('predators').throughflow).toBeCloseTo(0.6856, 4);
    expect(actor('deposited-detritus').throughflow).toBeCloseTo(22.2651, 2); // NEA.m 22.2656
    expect(on.totalSystemThroughflow).toBeCloseTo(83.58, 2);
    expect(on.totalSystemThroughflow).toBeCloseTo(83.5833, 3);
  });

  it('gives enaR’s diagonal of N and FCI ≈ 0.110', () => {
    const visits = Object.fromEntries(on.actors.map((a) => [a.id, a.visits]));
    expect(visits).toEqual({
      'filter-feeders': 1,
      'deposited-detritus': expect.closeTo(1.3885039, 4),
      microbiota: expect.closeTo(1.101863, 4),
      meiofauna: expect.closeTo(1.2971032, 4),
      'deposit-feeders': expect.closeTo(1.12406883, 4),
      predators: expect.closeTo(1.00510642, 4),
    });
    expect(on.finnCyclingIndex).toBeCloseTo(0.11, 3);
    expect(on.finnCyclingIndex).toBeCloseTo(0.1101686, 4);
    // enaR's mode 2 (cycled flow) is Σ((n_ii − 1)/n_ii)·T_i = 9.208256.
    expect(on.cycledThroughflow).toBeCloseTo(9.2083, 2);
    expect(on.finnSampled).toBe(false);
  });

  it('gives enaR’s average path length TST / boundary input', () => {
    expect(on.averagePathLength).toBeCloseTo(2.015512, 3);
  });

  it('has no self-loop: the same figures with self-loops off, and in the full network report', () => {
    const off = computeFlowMetrics(oysterReefPark(), { unit: OYSTER_UNIT });
    expect(off.totalSystemThroughflow).toBe(on.totalSystemThroughflow);
    expect(off.finnCyclingIndex).toBe(on.finnCyclingIndex);
    const report = networkReport(oysterReefPark(), {
      unit: OYSTER_UNIT,
      betweenness: 'none',
      network: { includeSelfLoops: true },
    });
    expect(report.flows.totalSystemThroughflow).toBeCloseTo(83.58, 2);
    expect(report.flows.finnCyclingIndex).toBeCloseTo(0.11, 3);
    // All 12 internal flows are in the unit: the structure over them is the structure.
    expect(report.commensurable.structure).toEqual(report.structure);
    expect(report.structure).toMatchObject({ actors: 6, links: 12 });
    expect(report.cycleComposition.commensurable).toBe(report.cycles.cycles.length);
  });
});
