/**
 * The change kinds that edit one item (what the app's forms, tables,
 * inspector and delete dialog send): update and remove an enterprise; add,
 * update and remove a material, a chain template and a declared stream;
 * update-flow's set and unset. On a tiny park whose answers show.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { applyScenario, type ScenarioResult } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { changeSet, expectBilingual } from './helpers.ts';

// smelter: ore in, copper and slag out (slag to the builder); a chain ore → copper | slag.
const park: ParkModel = {
  ...buildPark({
    materials: { ore: 'product', copper: 'product', slag: 'by-product', dust: 'waste' },
    hazardous: { dust: 'HW48' },
    enterprises: {
      smelter: { in: { ore: 10 }, out: { copper: 5, slag: 4 }, location: { lon: 118, lat: 35 } },
      builder: { in: { slag: 4 } },
    },
    flows: [
      ['@supply', 'smelter', 'ore', 10],
      ['smelter', 'builder', 'slag', 4],
      ['smelter', '@market', 'copper', 5],
    ],
    chains: { copper: ['ore', ['copper', 'slag']] },
  }),
  view: { positions: { smelter: { x: 1, y: 2 }, builder: { x: 3, y: 4 } } },
};

function apply(...changes: Change[]): ScenarioResult {
  return applyScenario(park, changeSet(changes), undefined, { validation: 'changes' });
}

function applied(...changes: Change[]): ParkModel {
  const result = apply(...changes);
  if (!result.ok) throw new Error(result.errors.map((e) => `${formatPath(e.path)}: ${e.message.en}`).join('\n'));
  expect(validateModel(result.model).ok).toBe(true);
  return result.model;
}

/** The errors as `path: code`. */
function errorsOf(...changes: Change[]): string[] {
  const result = apply(...changes);
  if (result.ok) throw new Error('expected the change set to be refused');
  expectBilingual(result.errors);
  return result.errors.map((e) => `${formatPath(e.path)}: ${e.code}`);
}

const smelter = (model: ParkModel) => model.enterprises.find((e) => e.id === 'smelter')!;

describe('update-enterprise', () => {
  it('sets and leaves out fields, keeping the rest and the place in the list', () => {
    const model = applied({
      kind: 'update-enterprise',
      enterprise: 'smelter',
      set: { name: { en: 'Smelter' }, status: 'planned' },
      unset: ['location'],
    });
    const before = park.enterprises[0]!;
    expect(model.enterprises[0]).toEqual({
      ...before,
      location: undefined,
      name: { en: 'Smelter' },
      status: 'planned',
    });
    expect('location' in model.enterprises[0]!).toBe(false);
    // Lists the change did not touch are the input's own (what an undo history keeps).
    expect(model.flows).toBe(park.flows);
    expect(model.enterprises[1]).toBe(park.enterprises[1]);
  });

  it('checks what it set on the result, every rule at once, and never changes an id', () => {
    expect(
      errorsOf({ kind: 'update-enterprise', enterprise: 'smelter', set: { name: {}, cluster: 'nowhere' } }),
    ).toEqual(['result.enterprises[0].name: name-empty', 'result.enterprises[0].cluster: unknown-reference']);
    expect(errorsOf({ kind: 'update-enterprise', enterprise: 'smelter', set: { id: 'x' } as never })).toEqual([
      'changes[0].set: id-fixed',
    ]);
    expect(errorsOf({ kind: 'update-enterprise', enterprise: 'smelter', set: {}, unset: [] })).toEqual([
      'changes[0].set: empty-update',
    ]);
    expect(errorsOf({ kind: 'update-enterprise', enterprise: 'ghost', set: { status: 'closed' } })).toEqual([
      'changes[0].enterprise: unknown-reference',
    ]);
  });
});

describe('remove-enterprise', () => {
  it('takes its flows and its saved position with it', () => {
    const result = apply({ kind: 'remove-enterprise', enterprise: 'smelter' });
    if (!result.ok) throw new Error('refused');
    expect(result.model.enterprises.map((e) => e.id)).toEqual(['builder']);
    expect(result.model.flows).toEqual([]);
    expect(result.model.view?.positions).toEqual({ builder: { x: 3, y: 4 } });
    expect(result.applied[0]!.removed.map((r) => `${r.type}:${r.id}`)).toEqual([
      'enterprise:smelter',
      'flow:f1',
      'flow:f2',
      'flow:f3',
    ]);
  });
});

describe('materials', () => {
  const gypsum = { id: 'gypsum', name: { en: 'gypsum' }, category: 'by-product' as const, unit: 't/a' };

  it('add-material adds one, and reports every problem of a bad one at once, at the change', () => {
    expect(applied({ kind: 'add-material', material: gypsum }).materials.at(-1)).toEqual(gypsum);
    expect(
      errorsOf({ kind: 'add-material', material: { ...gypsum, id: 'slag', unit: 'bags', hazardousWasteCode: 'H5' } }),
    ).toEqual([
      'changes[0].material.id: duplicate-id',
      'changes[0].material.hazardousWasteCode: invalid-format',
      'changes[0].material.unit: unknown-unit',
    ]);
  });

  it('update-material is checked with every flow and stream of the material', () => {
    const errors = errorsOf({ kind: 'update-material', material: 'slag', set: { unit: 'MWh/a' } });
    expect(errors).toContain('result.flows[1].unit: unit-mismatch');
    expect(errors).toContain('result.enterprises[0].outputs[1].unit: unit-mismatch');
    const model = applied({ kind: 'update-material', material: 'dust', unset: ['hazardousWasteCode'] });
    expect('hazardousWasteCode' in model.materials.find((m) => m.id === 'dust')!).toBe(false);
  });

  it('remove-material is refused while used, unless its uses go too; a stage is never emptied', () => {
    expect(errorsOf({ kind: 'remove-material', material: 'slag' })).toEqual(['changes[0].material: material-in-use']);
    const model = applied({ kind: 'remove-material', material: 'slag', uses: 'remove' });
    expect(model.flows.map((f) => f.id)).toEqual(['f1', 'f3']);
    expect(smelter(model).outputs.map((s) => s.material)).toEqual(['copper']);
    expect(model.enterprises[1]!.inputs).toEqual([]);
    expect(model.chains[0]!.stages[1]!.materials).toEqual(['copper']);
    expect(applied({ kind: 'remove-material', material: 'dust' }).materials.map((m) => m.id)).not.toContain('dust');
    expect(errorsOf({ kind: 'remove-material', material: 'ore', uses: 'remove' })).toEqual([
      'changes[0].material: sole-stage-material',
    ]);
  });
});

describe('chain templates', () => {
  const loop = {
    id: 'loop',
    name: { en: 'loop' },
    cluster: 'main',
    stages: [{ materials: ['slag'] }, { materials: ['ore'] }],
  };

  it('are added, updated and removed', () => {
    const added = applied({ kind: 'add-chain', chain: loop });
    expect(added.chains.map((c) => c.id)).toEqual(['copper', 'loop']);
    const updated = applied(
      { kind: 'add-chain', chain: loop },
      { kind: 'update-chain', chain: 'loop', set: { stages: [...loop.stages].reverse() } },
    );
    expect(updated.chains[1]!.stages.map((s) => s.materials[0])).toEqual(['ore', 'slag']);
    expect(applied({ kind: 'remove-chain', chain: 'copper' }).chains).toEqual([]);
  });

  it('report a bad new one at the change, a taken id and an unknown material together', () => {
    const bad = { ...loop, id: 'copper', stages: [{ materials: ['steel'] }, { materials: ['ore'] }] };
    expect(errorsOf({ kind: 'add-chain', chain: bad })).toEqual([
      'changes[0].chain.id: duplicate-id',
      'changes[0].chain.stages[0].materials[0]: unknown-reference',
    ]);
  });
});

describe('declared streams', () => {
  it('are added, edited (a new material too, a field left out) and removed, named by their material', () => {
    const added = applied({
      kind: 'add-stream',
      enterprise: 'smelter',
      list: 'outputs',
      stream: { material: 'dust', quantity: 1, unit: 't/a', inHouse: 0.5 },
    });
    expect(smelter(added).outputs.at(-1)).toEqual({ material: 'dust', quantity: 1, unit: 't/a', inHouse: 0.5 });
    const edited = applied(
      {
        kind: 'add-stream',
        enterprise: 'smelter',
        list: 'outputs',
        stream: { material: 'dust', quantity: 1, unit: 't/a', inHouse: 0.5 },
      },
      {
        kind: 'update-stream',
        enterprise: 'smelter',
        list: 'outputs',
        material: 'dust',
        set: { quantity: 2 },
        unset: ['inHouse'],
      },
    );
    expect(smelter(edited).outputs.at(-1)).toEqual({ material: 'dust', quantity: 2, unit: 't/a' });
    const removed = applied({ kind: 'remove-stream', enterprise: 'smelter', list: 'outputs', material: 'copper' });
    expect(smelter(removed).outputs.map((s) => s.material)).toEqual(['slag']);
  });

  it('report every problem of a new stream at the change, and an edit’s on the result', () => {
    expect(
      errorsOf({
        kind: 'add-stream',
        enterprise: 'smelter',
        list: 'outputs',
        stream: { material: 'slag', quantity: 1, unit: 'MWh/a', inHouse: 2 },
      }),
    ).toEqual([
      'changes[0].stream.material: duplicate-stream',
      'changes[0].stream.inHouse: in-house-exceeds',
      'changes[0].stream.unit: unit-mismatch',
    ]);
    expect(
      errorsOf({
        kind: 'update-stream',
        enterprise: 'smelter',
        list: 'outputs',
        material: 'slag',
        set: { inHouse: 9 },
      }),
    ).toEqual(['result.enterprises[0].outputs[1].inHouse: in-house-exceeds']);
    expect(errorsOf({ kind: 'remove-stream', enterprise: 'builder', list: 'outputs', material: 'slag' })).toEqual([
      'changes[0].material: unknown-reference',
    ]);
  });
});

describe('flows', () => {
  it('update-flow leaves out a quantity and its unit: a structural exchange', () => {
    const model = applied({ kind: 'update-flow', flow: 'f2', set: { startYear: 2001 }, unset: ['quantity', 'unit'] });
    expect(model.flows[1]).toEqual({
      id: 'f2',
      from: 'smelter',
      to: 'builder',
      material: 'slag',
      status: 'existing',
      startYear: 2001,
    });
    expect(errorsOf({ kind: 'update-flow', flow: 'f2', unset: ['unit'] })).toEqual([
      'result.flows[1].unit: quantity-without-unit',
    ]);
  });

  it('add-flow reports an unknown end and a unit that does not convert together, at the change', () => {
    const flow = {
      id: 'g1',
      from: 'smelter',
      to: 'nobody',
      material: 'slag',
      quantity: 1,
      unit: 'MWh/a',
      status: 'planned' as const,
    };
    expect(errorsOf({ kind: 'add-flow', flow })).toEqual([
      'changes[0].flow.to: unknown-reference',
      'changes[0].flow.unit: unit-mismatch',
    ]);
  });
});
