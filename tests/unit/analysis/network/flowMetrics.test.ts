import { describe, expect, it } from 'vitest';
import { buildFlowMatrix, flowMatrixEntries } from '../../../../src/core/analysis/network/flowMatrix.ts';
import { computeFlowMetrics, flowMetricsOf } from '../../../../src/core/analysis/network/flowMetrics.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { parseLinks, randomLinks, tinyPark, type TinyFlow } from './builders.ts';

/** @supply → A 100, A → B 100, B → A 50, B → @market 50 (A keeps 50: the data need not balance). */
const twoNodeLoop = () =>
  tinyPark({
    flows: [
      { from: '@supply', to: 'A', quantity: 100 },
      { from: 'A', to: 'B', quantity: 100 },
      { from: 'B', to: 'A', quantity: 50 },
      { from: 'B', to: '@market', quantity: 50 },
    ],
  });

describe('computeFlowMetrics on a hand-computed two-node loop', () => {
  const metrics = computeFlowMetrics(twoNodeLoop());
  const actor = (id: string) => metrics.actors.find((a) => a.id === id)!;

  it('computes throughflow and TST', () => {
    // T_A = inflow 50 (from B) + import 100 = 150; T_B = inflow 100 (from A) = 100; TST = 250.
    expect(actor('A').throughflow).toBe(150);
    expect(actor('B').throughflow).toBe(100);
    expect(actor('A')).toMatchObject({ imports: 100, inflow: 50, outflow: 100, exports: 0 });
    expect(actor('B')).toMatchObject({ imports: 0, inflow: 100, outflow: 50, exports: 50 });
    expect(metrics.totalSystemThroughflow).toBe(250);
    expect(metrics.totalImports).toBe(100);
    expect(metrics.totalExports).toBe(50);
  });

  it('computes n_ii and the Finn cycling index', () => {
    // G_AB = f_AB / T_A = 100/150 = 2/3, G_BA = f_BA / T_B = 50/100 = 1/2.
    // I − G = [[1, −2/3], [−1/2, 1]], det = 1 − (2/3)(1/2) = 2/3, so n_AA = n_BB = 1/det = 3/2.
    expect(actor('A').visits).toBeCloseTo(1.5, 12);
    expect(actor('B').visits).toBeCloseTo(1.5, 12);
    // (n_ii − 1)/n_ii = 0.5/1.5 = 1/3 for both; FCI = 1/3 · 150/250 + 1/3 · 100/250 = 1/3.
    expect(actor('A').cycledShare).toBeCloseTo(1 / 3, 12);
    expect(metrics.cycledThroughflow).toBeCloseTo(250 / 3, 9);
    expect(metrics.finnCyclingIndex).toBeCloseTo(1 / 3, 12);
    expect(metrics.finnSampled).toBe(false);
    expect(metrics.finnStandardError).toBe(0);
  });

  it('computes the average path length', () => {
    expect(metrics.averagePathLength).toBe(2.5); // TST / Σz = 250 / 100
  });
});

describe('computeFlowMetrics on the four-enterprise park (mass flows only)', () => {
  const metrics = computeFlowMetrics(fourEnterprisePark());

  it('takes the t/a flows and counts the rest out', () => {
    // In: f1 coal 100 000 (@supply → chp), f2 steam 200 000, f3 steam 50 kt/a = 50 000, f4 ammonia 30 000,
    // f5 ammonia 20 000 → @market, f8 fertilizer 80 000 → @market. Out: f6 wastewater is m³/a with no
    // density (unit); f7 sludge is planned (status).
    expect(metrics.includedFlows).toBe(6);
    expect(metrics.excludedFlows).toEqual({
      status: 1,
      category: 0,
      actor: 0,
      boundary: 0,
      selfLoop: 0,
      quantity: 0,
      unit: 1,
    });
  });

  it('gives TST = 380 000 t/a', () => {
    // T_chp = 100 000 (import); T_ammonia-plant = 200 000; T_fert = 50 000 + 30 000 = 80 000; T_wwtp = 0.
    expect(metrics.actors.map((a) => [a.id, a.throughflow])).toEqual([
      ['ammonia-plant', 200000],
      ['chp', 100000],
      ['fert', 80000],
      ['wwtp', 0],
    ]);
    expect(metrics.totalSystemThroughflow).toBe(380000);
    expect(metrics.totalExports).toBe(100000); // 20 000 ammonia + 80 000 fertilizer
    expect(metrics.averagePathLength).toBe(3.8); // 380 000 / 100 000
  });

  it('has FCI = 0 (no cycle)', () => {
    expect(metrics.finnCyclingIndex).toBe(0);
    expect(metrics.actors.every((a) => a.visits === 1)).toBe(true);
  });

  it('lists the extended flow matrix, boundary row and columns included', () => {
    expect(flowMatrixEntries(buildFlowMatrix(fourEnterprisePark()))).toEqual([
      { from: '@supply', to: 'chp', quantity: 100000 },
      { from: 'ammonia-plant', to: '@market', quantity: 20000 },
      { from: 'ammonia-plant', to: 'fert', quantity: 30000 },
      { from: 'chp', to: 'ammonia-plant', quantity: 200000 },
      { from: 'chp', to: 'fert', quantity: 50000 },
      { from: 'fert', to: '@market', quantity: 80000 },
    ]);
  });

  it('takes the wastewater in once it has a density, and volume as the unit when asked', () => {
    const park = fourEnterprisePark();
    park.materials.find((m) => m.id === 'wastewater')!.density = 1;
    // + f6 300 000 m³ × 1 t/m³: T_wwtp = 300 000, TST = 680 000.
    expect(computeFlowMetrics(park).totalSystemThroughflow).toBe(680000);
    // In m³/a, only wastewater counts: the t/a materials have no density to convert with.
    const volume = computeFlowMetrics(fourEnterprisePark(), { unit: 'm3/a' });
    expect(volume.includedFlows).toBe(1);
    expect(volume.totalSystemThroughflow).toBe(300000);
  });

  it('restricts material categories on request', () => {
    // Energy only: f2 and f3 (steam). T_ammonia-plant = 200 000, T_fert = 50 000.
    const energy = computeFlowMetrics(fourEnterprisePark(), { materialCategories: ['energy'] });
    expect(energy.totalSystemThroughflow).toBe(250000);
    expect(energy.excludedFlows.category).toBe(5); // f1, f4, f5, f6, f8 (f7 is counted under status)
  });
});

describe('Finn cycling index', () => {
  it('is 0 on a DAG', () => {
    const park = tinyPark({
      flows: [
        { from: '@supply', to: 'a', quantity: 10 },
        ...parseLinks('a>b a>c b>d c>d'),
        { from: 'd', to: '@market' },
      ],
    });
    expect(computeFlowMetrics(park).finnCyclingIndex).toBe(0);
  });

  it('is 1 for a closed loop that nothing enters (n_ii infinite)', () => {
    const park = tinyPark({
      flows: [
        { from: 'a', to: 'b', quantity: 10 },
        { from: 'b', to: 'a', quantity: 10 },
      ],
    });
    const metrics = computeFlowMetrics(park);
    expect(metrics.finnCyclingIndex).toBe(1);
    expect(metrics.actors.map((a) => a.visits)).toEqual([null, null]);
    expect(metrics.averagePathLength).toBeNull(); // no imports
  });

  it('counts a self-loop only when asked: n = 1/(1 − f_aa/T_a)', () => {
    const flows: TinyFlow[] = [
      { from: '@supply', to: 'a', quantity: 30 },
      { from: 'a', to: 'a', quantity: 10 },
      { from: 'a', to: '@market', quantity: 30 },
    ];
    expect(computeFlowMetrics(tinyPark({ flows })).finnCyclingIndex).toBe(0);
    // T_a = 30 + 10 = 40, G_aa = 10/40 = 1/4, n_aa = 4/3, (n − 1)/n = 1/4, FCI = 1/4.
    const withLoop = computeFlowMetrics(tinyPark({ flows }), { includeSelfLoops: true });
    expect(withLoop.finnCyclingIndex).toBeCloseTo(0.25, 12);
    expect(withLoop.actors[0]!.visits).toBeCloseTo(4 / 3, 12);
  });

  it('gives the same n_ii by dense LU and by Gauss–Seidel', () => {
    const matrix = buildFlowMatrix(randomFlowPark(60, 240, 3));
    const dense = flowMetricsOf(matrix);
    const iterative = flowMetricsOf(matrix, { denseLimit: 0 });
    expect(dense.finnCyclingIndex).toBeGreaterThan(0.05);
    expect(iterative.finnSampled).toBe(false);
    dense.actors.forEach((a, i) => expect(iterative.actors[i]!.cycledShare).toBeCloseTo(a.cycledShare, 9));
    expect(iterative.finnCyclingIndex).toBeCloseTo(dense.finnCyclingIndex!, 9);
  });

  it('estimates the FCI by random walks without bias and with a calibrated standard error', () => {
    // maxWork: 0 leaves no budget for exact solves, so every component is sampled.
    const matrix = buildFlowMatrix(randomFlowPark(60, 240, 3));
    const exact = flowMetricsOf(matrix).finnCyclingIndex!;
    const z = [...Array(20).keys()].map((k) => {
      const sampled = flowMetricsOf(matrix, { denseLimit: 0, maxWork: 0, walks: 500, seed: k + 1 });
      expect(sampled.finnSampled).toBe(true);
      return (sampled.finnCyclingIndex! - exact) / sampled.finnStandardError;
    });
    // 20 z-scores of an unbiased estimate with a right standard error: mean ≈ 0 (its own SE ≈ 0.22)
    // and root mean square ≈ 1.
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    const rms = Math.sqrt(z.reduce((a, b) => a + b * b, 0) / z.length);
    expect(Math.abs(mean)).toBeLessThan(1);
    expect(rms).toBeGreaterThan(0.5);
    expect(rms).toBeLessThan(1.6);
    // Seeded: the same estimate every run.
    expect(flowMetricsOf(matrix, { maxWork: 0, seed: 3 })).toEqual(flowMetricsOf(matrix, { maxWork: 0, seed: 3 }));
  });

  it('matches a textbook inverse on a three-actor web', () => {
    // @supply→a 10, a→b 10, b→c 6, b→@market 4, c→a 3, c→b 3.
    // T_a = 10 + 3 = 13, T_b = 10 + 3 = 13, T_c = 6, TST = 32.
    // G = [[0, 10/13, 0], [0, 0, 6/13], [3/6, 3/6, 0]].
    // det(I − G) = 1 − G_bc·G_cb − G_ab·G_bc·G_ca = 1 − (6/13)(1/2) − (10/13)(6/13)(1/2) = 100/169.
    // n_ii = (minor of I − G without row and column i) / det:
    //   n_aa = (1 − G_bc·G_cb)/det = (10/13)(169/100) = 1.3,
    //   n_bb = (1 − G_ac·G_ca)/det = 1 · 169/100 = 1.69,   n_cc = (1 − G_ab·G_ba)/det = 1.69.
    // (n − 1)/n: 0.3/1.3 = 3/13 and 0.69/1.69 = 69/169.
    // FCI = (3/13 · 13 + 69/169 · 13 + 69/169 · 6) / 32 = (507 + 897 + 414)/169/32 = 1818/5408 = 909/2704.
    const park = tinyPark({
      flows: [
        { from: '@supply', to: 'a', quantity: 10 },
        { from: 'a', to: 'b', quantity: 10 },
        { from: 'b', to: 'c', quantity: 6 },
        { from: 'b', to: '@market', quantity: 4 },
        { from: 'c', to: 'a', quantity: 3 },
        { from: 'c', to: 'b', quantity: 3 },
      ],
    });
    const metrics = computeFlowMetrics(park);
    expect(metrics.actors.map((a) => a.visits)).toEqual([
      expect.closeTo(1.3, 12),
      expect.closeTo(1.69, 12),
      expect.closeTo(1.69, 12),
    ]);
    expect(metrics.finnCyclingIndex).toBeCloseTo(909 / 2704, 12);
  });

  it('rejects an unknown unit (a caller bug, not a data problem)', () => {
    expect(() => computeFlowMetrics(twoNodeLoop(), { unit: 'furlongs' })).toThrow(/unknown unit/);
  });
});

/** A random web with imports into every actor and exports from every actor, quantities 1 … 100. */
function randomFlowPark(n: number, links: number, seed: number) {
  const flows: TinyFlow[] = parseLinks(randomLinks(n, links, seed)).map((f, k) => ({
    ...f,
    quantity: 1 + ((k * 37) % 100),
  }));
  const actors = [...new Set(flows.flatMap((f) => [f.from, f.to]))];
  actors.forEach((id, k) => {
    flows.push({ from: '@supply', to: id, quantity: 5 + (k % 7) });
    flows.push({ from: id, to: '@market', quantity: 5 });
  });
  return tinyPark({ flows });
}
