/**
 * Headline figures in both scopes, and two models compared, on a park small
 * enough to add up by hand:
 *
 *   plant ──slag 60──▶ bricks          plant ──slag 40──▶ @disposal
 *   plant ──solvent 10 (HW06)──▶ regen  plant: 5 t of solvent with no record
 *   planned kiln ◀──slag 30 (planned)── plant  (the disposal flow's 30 t it will replace)
 */
import { describe, expect, it } from 'vitest';
import { compareModels } from '../../../src/core/comparison/compareAnalyses.ts';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { computeKpis } from '../../../src/core/analysis/kpis.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const park = buildPark({
  materials: { slag: 'waste', solvent: 'waste', bricks: 'product' },
  hazardous: { solvent: 'HW06' },
  enterprises: {
    plant: { out: { slag: 100, solvent: 15 } },
    bricks: { in: { slag: 60 }, out: { bricks: 55 } },
    regen: { in: { solvent: 10 } },
    kiln: { status: 'planned', in: { slag: 30 } },
  },
  flows: [
    ['plant', 'bricks', 'slag', 60],
    ['plant', '@disposal', 'slag', 10],
    ['plant', '@disposal', 'slag', 30, undefined, { replacedBy: 'f5' }],
    ['plant', 'regen', 'solvent', 10],
    ['plant', 'kiln', 'slag', 30, 'planned'],
    ['bricks', '@market', 'bricks', 55],
  ],
});

describe('headline figures', () => {
  it('count today only what operates and exists', () => {
    const kpis = computeKpis(createAnalysisContext(park));
    expect(kpis).toMatchObject({
      enterprises: 3,
      flows: 5,
      internalFlows: 2,
      internalMass: 70,
      disposedMass: 40,
      unaccountedMass: 5, // solvent: 15 declared − 10 to the regenerator
      reusedMass: 70,
      hazardousGenerated: 15,
      hazardousInParkShare: 10 / 15,
    });
    expect(kpis.internalReuseRate).toBeCloseTo(70 / 115, 12);
  });

  it('count with planned items the planned flow instead of the disposal it replaces', () => {
    const kpis = computeKpis(createAnalysisContext(park, { scope: 'with-planned' }));
    expect(kpis).toMatchObject({ enterprises: 4, flows: 5, internalMass: 100, disposedMass: 10, reusedMass: 100 });
    expect(kpis.internalReuseRate).toBeCloseTo(100 / 115, 12);
  });
});

describe('figures over flows that give no quantity', () => {
  // A mixed park: the plant's slag to the brickworks is measured (60 t), its slag to the kiln and the
  // brickworks' cullet to the plant are structural (no quantity); coal is bought in structurally; 10 t of
  // slag goes to disposal, measured.
  //   plant ──slag 60──▶ bricks   plant ──slag ?──▶ kiln   bricks ──cullet ?──▶ plant
  //   @supply ──coal ?──▶ plant   plant ──slag 10──▶ @disposal
  const mixed = buildPark({
    materials: { slag: 'waste', cullet: 'by-product', coal: 'product' },
    enterprises: { plant: { out: { slag: 100 } }, bricks: {}, kiln: {} },
    flows: [
      ['plant', 'bricks', 'slag', 60],
      ['plant', 'kiln', 'slag', null],
      ['bricks', 'plant', 'cullet', null],
      ['@supply', 'plant', 'coal', null],
      ['plant', '@disposal', 'slag', 10],
    ],
  });
  const kpis = computeKpis(createAnalysisContext(mixed));

  it('add only the measured flows, and say over how many', () => {
    expect(kpis.internalMass).toBe(60);
    expect(kpis.coverage.internalMass).toEqual({ measured: 1, total: 3 });
    expect(kpis.reusedMass).toBe(60);
    expect(kpis.coverage.reusedMass).toEqual({ measured: 1, total: 3 });
    expect(kpis.disposedMass).toBe(10);
    expect(kpis.coverage.disposedMass).toEqual({ measured: 1, total: 1 });
  });

  it('are unknown, not zero, where no flow they add gives a quantity', () => {
    expect(kpis.importedMass).toBeNull();
    expect(kpis.coverage.importedMass).toEqual({ measured: 0, total: 1 });
  });

  it('record no zero for a kind of flow the park does not list, when some flow gives no quantity', () => {
    // No disposal row: an exchange list seldom records disposal, so its absence is not 0 t/a.
    const noDisposal = { ...mixed, flows: mixed.flows.filter((f) => f.to !== '@disposal') };
    const figures = computeKpis(createAnalysisContext(noDisposal));
    expect(figures.disposedMass).toBeNull();
    expect(figures.coverage.disposedMass).toEqual({ measured: 0, total: 0 });
    // Every flow measured and still no disposal: that is a real zero.
    const measured = { ...noDisposal, flows: noDisposal.flows.map((f) => ({ ...f, quantity: 1, unit: 't/a' })) };
    expect(computeKpis(createAnalysisContext(measured)).disposedMass).toBe(0);
  });

  it('leave nothing unaccounted where an outlet is recorded without a quantity', () => {
    // 100 declared, 60 + 10 measured, the kiln's share unknown: not 30 t "去向不明".
    expect(kpis.unaccountedMass).toBe(0);
  });

  it('read every flow for the structural figures', () => {
    // links plant→bricks, plant→kiln, bricks→plant: L = 3, N = 3; a 2-cycle plant ⇄ bricks gives λmax = 1
    expect(kpis.linkageDensity).toBe(1);
    expect(kpis.connectance).toBeCloseTo(3 / 9, 12);
    expect(kpis.cyclicity).toBeCloseTo(1, 9);
  });
});

describe('comparing a closure', () => {
  const closed = applyScenario(park, {
    id: 'close',
    name: { en: 'close the plant' },
    changes: [{ kind: 'close-enterprise', enterprise: 'plant', flows: 'remove', rerouteToBoundary: true }],
  });
  if (!closed.ok) throw new Error('closure failed');
  const comparison = compareModels(park, closed.model);

  it('names the closed enterprise and shows both scopes (the park has planned items)', () => {
    expect(comparison.closed).toEqual(['plant']);
    expect(comparison.withPlanned?.scope).toBe('with-planned');
  });

  it('says its findings went with it rather than being resolved', () => {
    const gone = comparison.today.findings.goneWithClosure.map((f) => f.id);
    expect(gone).toEqual(expect.arrayContaining(['open-end:plant:slag', 'open-end:plant:solvent']));
    expect(comparison.today.findings.resolved).toEqual([]);
  });

  it('never reads a figure that moved with the closure as an improvement', () => {
    const disposed = comparison.today.kpis.find((k) => k.key === 'disposedMass')!;
    expect(disposed.delta).toBe(-40);
    expect(disposed.note?.en).toContain('not an improvement');
    // less exchanged inside the park is a loss, said as it is
    expect(comparison.today.kpis.find((k) => k.key === 'internalMass')?.note).toBeUndefined();
  });
});
