import { describe, expect, it } from 'vitest';
import { createAnalysisContext, type AnalysisScope } from '../../../src/core/analysis/context.ts';
import { computeKpis } from '../../../src/core/analysis/kpis.ts';
import { formatPath } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import { changeSet, composting, parkWithDisposal, testCatalogue } from './helpers.ts';

function build(model: ParkModel, ...changes: Change[]) {
  const result = applyScenario(model, changeSet(changes), testCatalogue());
  if (!result.ok) throw new Error(result.errors.map((e) => `${formatPath(e.path)}: ${e.message.en}`).join('\n'));
  expect(validateModel(result.model).ok).toBe(true);
  // A well-planned project leaves nobody shipping or receiving more than they declare.
  expect(result.warnings).toEqual([]);
  return result;
}

const flow = (model: ParkModel, id: string) => model.flows.find((f) => f.id === id);

describe('build-project: the plant', () => {
  it('declares ratios × scale as its streams, estimated, with the technology in the basis', () => {
    const { model } = build(parkWithDisposal(), composting);
    const plant = model.enterprises.find((e) => e.id === 'compost');
    // sludge 1 × 2500, electricity 0.05 × 2500; fertilizer 0.4 × 2500, residue 0.05 × 2500.
    expect(plant).toMatchObject({
      name: { zh: '污泥堆肥', en: 'Sludge composting' },
      cluster: 'util',
      role: 'recycler',
      status: 'planned',
      inputs: [
        { material: 'sludge', quantity: 2500, unit: 't/a', estimated: true, source: 'cat-src' },
        { material: 'electricity', quantity: 125, unit: 'MWh/a', estimated: true },
      ],
      outputs: [
        { material: 'organic-fertilizer', quantity: 1000, unit: 't/a' },
        { material: 'compost-residue', quantity: 125, unit: 't/a' },
      ],
      capacities: [{ material: 'sludge', quantity: 2500, unit: 't/a' }],
      attributes: { technology: 'sludge-composting', scale: 2500 },
    });
    for (const s of [...plant!.inputs, ...plant!.outputs]) {
      expect(s.basis).toContain('"sludge-composting" at 2500 t/a of "sludge"');
    }
  });

  it('defaults the scale to the typical capacity and the name to the technology name', () => {
    const { model } = build(parkWithDisposal(), {
      ...composting,
      scale: undefined,
      enterprise: { id: 'c2', cluster: 'util', name: { en: 'C2' } },
    });
    const plant = model.enterprises.find((e) => e.id === 'c2');
    expect(plant?.name).toEqual({ en: 'C2' });
    expect(plant?.inputs.map((s) => s.quantity)).toEqual([2000, 100]);
  });

  it('converts catalogue units into the park units and drops floating-point noise', () => {
    // Nitric acid: steam is 0.0005 kt per t of ammonia in the catalogue; the park counts steam in t/a.
    const { model } = build(fourEnterprisePark(), {
      kind: 'build-project',
      technology: 'nitric-acid',
      enterprise: { id: 'hno3', cluster: 'chem' },
      scale: 10000,
    });
    const plant = model.enterprises.find((e) => e.id === 'hno3');
    expect(plant?.inputs).toMatchObject([
      { material: 'ammonia', quantity: 10000, unit: 't/a' },
      { material: 'steam', quantity: 5000, unit: 't/a' },
    ]);
    // 0.069 × 10000 is 690.0000000000001 in binary floating point.
    expect(plant?.outputs.map((s) => s.quantity)).toEqual([34000, 690]);
  });

  it('adds the catalogue materials the park lacks, and the sources they cite', () => {
    const { model, applied } = build(parkWithDisposal(), composting);
    expect(model.materials.map((m) => m.id)).toEqual([
      'coal',
      'steam',
      'ammonia',
      'wastewater',
      'sludge',
      'fertilizer',
      'electricity',
      'organic-fertilizer',
      'compost-residue',
    ]);
    expect(model.park.sources?.map((s) => s.id)).toEqual(['hand', 'cat-src']);
    expect(applied[0]?.added).toEqual([
      { type: 'enterprise', id: 'compost' },
      { type: 'material', id: 'electricity' },
      { type: 'material', id: 'organic-fertilizer' },
      { type: 'material', id: 'compost-residue' },
      { type: 'source', id: 'cat-src' },
      { type: 'flow', id: 'cs1:0:0' },
      { type: 'flow', id: 'cs1:0:1' },
      { type: 'flow', id: 'cs1:0:2' },
      { type: 'flow', id: 'cs1:0:3' },
      // The sludge the plant takes is split off the disposal flow, to be replaced by cs1:0:0.
      { type: 'flow', id: 'cs1:0:0.0' },
    ]);
  });
});

describe('build-project: links and the gap they close', () => {
  it('turns supplies and deliveries into planned flows with deterministic ids', () => {
    const { model } = build(parkWithDisposal(), composting);
    expect(model.flows.filter((f) => f.id.startsWith('cs1:') && f.status === 'planned')).toMatchObject([
      {
        id: 'cs1:0:0',
        from: 'wwtp',
        to: 'compost',
        material: 'sludge',
        quantity: 2500,
        unit: 't/a',
        status: 'planned',
      },
      { id: 'cs1:0:1', from: '@supply', to: 'compost', material: 'electricity', quantity: 125, unit: 'MWh/a' },
      { id: 'cs1:0:2', from: 'compost', to: '@market', material: 'organic-fertilizer', quantity: 1000 },
      { id: 'cs1:0:3', from: 'compost', to: '@disposal', material: 'compost-residue', quantity: 125 },
    ]);
  });

  it('leaves today as it is: the part of the disposal flow the plant will take is split off and marked replaced', () => {
    // wwtp: 5000 declared − 2000 committed to fert = 3000 available; the plant takes 2500; 3 kt/a → 0.5 + 2.5 kt/a.
    const { model, applied } = build(parkWithDisposal(), composting);
    expect(flow(model, 'f9')).toMatchObject({ quantity: 0.5, unit: 'kt/a', estimated: true, status: 'existing' });
    expect(flow(model, 'f9')?.replacedBy).toBeUndefined();
    expect(flow(model, 'cs1:0:0.0')).toMatchObject({
      from: 'wwtp',
      to: '@disposal',
      quantity: 2.5,
      unit: 'kt/a',
      status: 'existing',
      replacedBy: 'cs1:0:0',
    });
    expect(flow(model, 'cs1:0:0.0')?.basis).toContain('to go to planned enterprise "compost"');
    expect(applied[0]?.changed).toEqual([{ type: 'flow', id: 'f9' }]);
  });

  it('marks a boundary flow taken whole as replaced, without splitting it', () => {
    // The plant would take 4000 t; wwtp has 3000 left, all of which was going to disposal.
    const { model, applied } = build(parkWithDisposal(), { ...composting, scale: 4000 });
    expect(flow(model, 'cs1:0:0')?.quantity).toBe(3000);
    expect(flow(model, 'f9')).toMatchObject({ quantity: 3, unit: 'kt/a', replacedBy: 'cs1:0:0' });
    expect(applied[0]?.removed).toEqual([]);
    expect(applied[0]?.changed).toEqual([{ type: 'flow', id: 'f9' }]);
  });

  it('shows up "with planned", not "today": disposal falls by the redirected amount (plus the residue it adds)', () => {
    const before = parkWithDisposal();
    const { model } = build(before, composting);
    const disposal = (m: ParkModel, scope: AnalysisScope) =>
      computeKpis(createAnalysisContext(m, { scope })).disposedMass;
    expect(disposal(before, 'today')).toBe(3000);
    expect(disposal(model, 'today')).toBe(3000);
    // 3000 − 2500 taken by the plant + 125 of its own residue
    expect(disposal(model, 'with-planned')).toBe(625);
  });
  it('takes from a market flow when the supplier sells what the plant needs', () => {
    // ammonia-plant: 50 000 declared − 30 000 to fert = 20 000 left; the plant takes 15 000; f5 20 000 → 5 000.
    const { model } = build(fourEnterprisePark(), {
      kind: 'build-project',
      technology: 'nitric-acid',
      enterprise: { id: 'hno3', cluster: 'chem' },
      scale: 15000,
      supplies: [
        { from: 'ammonia-plant', material: 'ammonia' },
        { from: 'chp', material: 'steam' },
      ],
    });
    expect(flow(model, 'cs1:0:0')?.quantity).toBe(15000);
    expect(flow(model, 'cs1:0:1')).toMatchObject({ quantity: 7500, unit: 't/a' });
    expect(flow(model, 'f5')?.quantity).toBe(5000);
    expect(model.flows.filter((f) => f.from === 'chp').map((f) => f.quantity)).toEqual([200000, 50, 7500]);
  });

  it('replaces a receiver’s imports when delivering what it buys outside', () => {
    // Sludge drying makes 0.3 × 2000 = 600 t of coal substitute; the CHP imported 100 000 t from @supply.
    const { model } = build(parkWithDisposal(), {
      kind: 'build-project',
      technology: 'sludge-drying',
      enterprise: { id: 'dryer', cluster: 'util' },
      supplies: [{ from: 'wwtp', material: 'sludge' }],
      deliveries: [{ to: 'chp', material: 'coal' }],
    });
    expect(flow(model, 'cs1:0:1')).toMatchObject({ from: 'dryer', to: 'chp', material: 'coal', quantity: 600 });
    expect(flow(model, 'f1')?.quantity).toBe(99400);
    expect(flow(model, 'f9')?.quantity).toBe(1);
  });

  it('splits a need across two suppliers: the second gets what is still missing', () => {
    const { model } = build(parkWithDisposal(), {
      ...composting,
      supplies: [
        { from: 'wwtp', material: 'sludge', quantity: 1000 },
        { from: '@supply', material: 'sludge' },
      ],
      deliveries: [],
    });
    expect(flow(model, 'cs1:0:0')?.quantity).toBe(1000);
    expect(flow(model, 'cs1:0:1')).toMatchObject({ from: '@supply', quantity: 1500 });
    expect(flow(model, 'f9')?.quantity).toBe(2);
  });
});
