/**
 * Deleting what others reference: enterprises (flows deleted or rerouted), materials (refused while used), flows.
 * Each deletion is a core change set; core applies it here as the store does.
 */
import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { deleteEnterprise, deleteFlow, deleteMaterial, enterpriseFlows } from '../../../src/app/model/deleteEdits.ts';
import { applyEdit, type ModelEdit } from '../../../src/app/model/modelEdit.ts';
import type { BoundaryId, ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import type { EntityRef } from '../../../src/core/scenario/draft.ts';
import { materialUses } from '../../../src/core/scenario/materialUses.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

/** The deletion applied by core, with what went with it: flows removed, and flows rerouted (the end that moved). */
function applied(model: ParkModel, edit: ModelEdit | null) {
  if (edit === null) throw new Error('expected an edit');
  const result = applyEdit(model, edit);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('; '));
  const step = result.applied[0]!;
  const flowIds = (refs: readonly EntityRef[]) => refs.filter((r) => r.type === 'flow').map((r) => r.id);
  const reroutedFlows = flowIds(step.changed).map((id) => {
    const before = model.flows.find((f) => f.id === id)!;
    const after = result.model.flows.find((f) => f.id === id)!;
    const end = before.from === after.from ? ('to' as const) : ('from' as const);
    return { id, end, boundary: after[end] as BoundaryId };
  });
  return {
    model: result.model,
    label: edit.label,
    summary: { removedFlows: flowIds(step.removed), reroutedFlows },
  };
}

const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('reference data must be valid');
const reference = loaded.model;

// smelter sends slag to the builder and dust to the landfill; it buys ore from outside and sells copper.
const park = buildPark({
  materials: { ore: 'product', copper: 'product', slag: 'by-product', dust: 'waste', acid: 'by-product' },
  enterprises: {
    smelter: { in: { ore: 10, acid: 1 }, out: { copper: 5, slag: 4, dust: 1 } },
    builder: { in: { slag: 4 } },
    recycler: { in: { dust: 1 }, out: { acid: 1 } },
  },
  flows: [
    ['@supply', 'smelter', 'ore', 10],
    ['smelter', '@market', 'copper', 5],
    ['smelter', 'builder', 'slag', 4],
    ['smelter', 'recycler', 'dust', 1],
    ['recycler', 'smelter', 'acid', 1],
  ],
  chains: { copper: ['ore', ['copper', 'slag']] },
});

describe('deleting an enterprise', () => {
  it('with its flows removes exactly the flows it sent or received', () => {
    const deletion = applied(park, deleteEnterprise(park, 'smelter', 'delete-flows'));
    expect(deletion.model.enterprises.map((e) => e.id)).toEqual(['builder', 'recycler']);
    expect(deletion.model.flows).toEqual([]);
    expect(deletion.summary.removedFlows).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(validateModel(deletion.model).ok).toBe(true);
  });

  it('rerouted sends what it received out of the park and brings what it sent in from @supply', () => {
    const deletion = applied(park, deleteEnterprise(park, 'smelter', 'reroute'));
    const ends = deletion.model.flows.map((f) => [f.id, f.from, f.to]);
    // The recycler's acid is a by-product: with its taker gone it is disposed of, not sold (one rule with
    // scenario closures and the resilience analysis, model/boundaryFallback.ts; it used to go to @market here).
    expect(ends).toEqual([
      ['f3', '@supply', 'builder'],
      ['f4', '@supply', 'recycler'],
      ['f5', 'recycler', '@disposal'],
    ]);
    // Its own trade with the boundary would have no enterprise at either end.
    expect(deletion.summary.removedFlows).toEqual(['f1', 'f2']);
    expect(deletion.summary.reroutedFlows).toEqual([
      { id: 'f3', end: 'from', boundary: '@supply' },
      { id: 'f4', end: 'from', boundary: '@supply' },
      { id: 'f5', end: 'to', boundary: '@disposal' },
    ]);
    expect(deletion.label.en).toContain('rerouting 3 flows');
    expect(validateModel(deletion.model).ok).toBe(true);
  });

  it('sends received waste to @disposal', () => {
    const deletion = applied(park, deleteEnterprise(park, 'recycler', 'reroute'));
    expect(deletion.model.flows.find((f) => f.id === 'f4')).toMatchObject({ from: 'smelter', to: '@disposal' });
    expect(deletion.model.flows.find((f) => f.id === 'f5')).toMatchObject({ from: '@supply', to: 'smelter' });
  });

  it('on the reference park, both ways, leaves a valid model and touches only that enterprise’s flows', () => {
    const id = 'fuyuan-chp';
    const own = enterpriseFlows(reference, id);
    expect(own.length).toBeGreaterThan(0);
    for (const mode of ['delete-flows', 'reroute'] as const) {
      const deletion = applied(reference, deleteEnterprise(reference, id, mode));
      const result = validateModel(deletion.model);
      expect(result.ok, JSON.stringify(result.ok ? [] : result.errors.slice(0, 3))).toBe(true);
      expect(deletion.model.flows.some((f) => f.from === id || f.to === id)).toBe(false);
      const others = reference.flows.filter((f) => f.from !== id && f.to !== id);
      // Every other flow is the very same object.
      for (const f of others) expect(deletion.model.flows).toContain(f);
      const touched = [...deletion.summary.removedFlows, ...deletion.summary.reroutedFlows.map((r) => r.id)];
      expect(touched.sort()).toEqual(own.map((f) => f.id).sort());
      if (mode === 'reroute') {
        for (const r of deletion.summary.reroutedFlows) {
          const flow = deletion.model.flows.find((f) => f.id === r.id)!;
          expect(flow[r.end]).toBe(r.boundary);
        }
        // Its partner flows are rerouted, except the steam it sent: steam cannot be bought from outside the park,
        // so those flows go and the receivers' need stays unmet.
        const steam = own.filter((f) => f.from === id && f.material === 'steam' && !f.to.startsWith('@'));
        expect(steam.length).toBeGreaterThan(0);
        for (const f of steam) expect(deletion.summary.removedFlows).toContain(f.id);
        // And its wastewater to the treatment plant: the plant loses load, it does not buy wastewater from outside
        // (the rule scenario closures and the resilience analysis follow; it used to be rerouted from @supply).
        const treated = own.filter((f) => f.from === id && f.to === 'etdz-wwtp' && f.material === 'wastewater');
        expect(treated.length).toBe(1);
        for (const f of treated) expect(deletion.summary.removedFlows).toContain(f.id);
        const expectedRerouted = own.filter(
          (f) => !(f.from === id ? f.to : f.from).startsWith('@') && !steam.includes(f) && !treated.includes(f),
        );
        expect(deletion.summary.reroutedFlows.map((r) => r.id).sort()).toEqual(
          expectedRerouted.map((f) => f.id).sort(),
        );
      }
    }
  });

  it('drops its saved position and is nothing for an unknown id', () => {
    const withView = { ...park, view: { positions: { smelter: { x: 1, y: 2 }, builder: { x: 0, y: 0 } } } };
    const deletion = applied(withView, deleteEnterprise(withView, 'smelter', 'delete-flows'));
    expect(deletion.model.view?.positions).toEqual({ builder: { x: 0, y: 0 } });
    expect(validateModel(deletion.model).ok && validateModel(deletion.model).warnings).toEqual([]);
    expect(deleteEnterprise(park, 'nobody', 'reroute')).toBeNull();
  });
});

describe('deleting a material', () => {
  it('is refused while flows, streams or chain stages use it, with the list of uses', () => {
    const result = deleteMaterial(park, 'slag', { withUses: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('in-use');
    expect(result.uses.flows.map((f) => f.id)).toEqual(['f3']);
    expect(result.uses.streams.map((s) => `${s.enterprise}/${s.list}`)).toEqual(['smelter/outputs', 'builder/inputs']);
    expect(result.uses.stages).toEqual([{ chain: 'copper', chainName: { en: 'copper' }, stage: 1, sole: false }]);
  });

  it('deletes its flows and streams too when asked, and takes it out of a stage with alternatives', () => {
    const result = deleteMaterial(park, 'slag', { withUses: true });
    if (!result.ok) throw new Error(result.reason);
    const { model, summary } = applied(park, result.edit);
    expect(model.materials.map((m) => m.id)).not.toContain('slag');
    expect(model.flows.map((f) => f.id)).toEqual(['f1', 'f2', 'f4', 'f5']);
    expect(summary.removedFlows).toEqual(['f3']);
    // Its declared streams went too: the smelter's output and the builder's input.
    expect(materialUses(model, 'slag').streams).toEqual([]);
    expect(model.enterprises.map((e) => e.outputs.length + e.inputs.length)).toEqual([4, 0, 2]);
    expect(model.chains[0]!.stages[1]!.materials).toEqual(['copper']);
    expect(validateModel(model).ok).toBe(true);
  });

  it('is never allowed to empty a chain stage', () => {
    const result = deleteMaterial(park, 'ore', { withUses: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('chain-stage');
  });

  it('on the reference park lists the flows that use wastewater and deletes an unused material at once', () => {
    const uses = materialUses(reference, 'wastewater');
    expect(uses.flows.map((f) => f.id)).toEqual(
      reference.flows.filter((f) => f.material === 'wastewater').map((f) => f.id),
    );
    expect(uses.flows.length).toBe(28);
    const refused = deleteMaterial(reference, 'wastewater', { withUses: false });
    expect(refused.ok).toBe(false);
    const unused = {
      ...reference,
      materials: [
        ...reference.materials,
        { id: 'spare', name: { en: 'spare' }, category: 'product' as const, unit: 't/a' },
      ],
    };
    const result = deleteMaterial(unused, 'spare', { withUses: false });
    if (!result.ok) throw new Error(result.reason);
    const { model } = applied(unused, result.edit);
    expect(model.materials).toEqual(reference.materials);
    expect(model.flows).toBe(reference.flows);
  });
});

describe('deleting a flow', () => {
  it('removes that flow only', () => {
    const deletion = applied(park, deleteFlow(park, 'f3'));
    expect(deletion.model.flows.map((f) => f.id)).toEqual(['f1', 'f2', 'f4', 'f5']);
    expect(deletion.label.en).toBe('Delete flow “f3”');
    expect(validateModel(deletion.model).ok).toBe(true);
    expect(deleteFlow(park, 'nope')).toBeNull();
  });
});
