/** The create forms' builders: new enterprises, materials, flows, streams and chains, checked by core validation. */
import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import {
  createChain,
  createEnterprise,
  createFlow,
  createMaterial,
  deleteStream,
  moveStage,
  problemsAt,
  saveStream,
  suggestFlowId,
  suggestId,
  type Creation,
  type FlowDraft,
} from '../../../src/app/state/createEntities.ts';
import { suggestFlowMaterials } from '../../../src/app/state/drawnFlow.ts';
import { ID_PATTERN } from '../../../src/core/model/schema.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';

const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('reference data must be valid');
const park = loaded.model;

const flowDraft: FlowDraft = {
  id: 'f-new',
  from: 'volvo-ce',
  to: 'sorting-centre',
  material: 'waste-packaging',
  quantity: '1 900',
  unit: 't/a',
  status: 'planned',
  estimated: true,
  basis: 'all of its packaging',
};

/** The committed model, after checking it is one core validation accepts. */
function accepted(creation: Creation): ParkModel {
  expect(creation.errors.size).toBe(0);
  expect(creation.edit).not.toBeNull();
  const model = creation.edit!.model;
  expect(validateModel(model).ok).toBe(true);
  expect(creation.edit!.label.zh).not.toBe('');
  expect(creation.edit!.label.en).not.toBe('');
  return model;
}

describe('create builders', () => {
  it('adds an enterprise, a material, a flow and a chain that core validation accepts', () => {
    const withEnterprise = accepted(
      createEnterprise(park, {
        id: 'new-plant',
        nameZh: '新工厂',
        nameEn: 'New plant',
        cluster: 'machinery',
        role: 'producer',
        status: 'planned',
      }),
    );
    expect(withEnterprise.enterprises.at(-1)).toMatchObject({
      id: 'new-plant',
      name: { zh: '新工厂', en: 'New plant' },
    });
    // Everything else is shared with the model before (the undo history keeps references).
    expect(withEnterprise.flows).toBe(park.flows);

    const withMaterial = accepted(
      createMaterial(park, {
        id: 'spent-catalyst',
        nameZh: '废催化剂',
        nameEn: '',
        category: 'waste',
        unit: 't/a',
        hazardousWasteCode: 'hw50',
      }),
    );
    expect(withMaterial.materials.at(-1)).toEqual({
      id: 'spent-catalyst',
      name: { zh: '废催化剂' },
      category: 'waste',
      unit: 't/a',
      hazardousWasteCode: 'HW50',
    });

    const withFlow = accepted(createFlow(park, flowDraft));
    expect(withFlow.flows.at(-1)).toMatchObject({ id: 'f-new', quantity: 1900, estimated: true });

    const withChain = accepted(
      createChain(park, {
        id: 'packaging-loop',
        nameZh: '包装回收',
        nameEn: 'Packaging loop',
        cluster: 'recycling',
        stages: [['waste-packaging'], ['scrap-steel', '']],
      }),
    );
    expect(withChain.chains.at(-1)?.stages).toEqual([
      { materials: ['waste-packaging'] },
      { materials: ['scrap-steel'] },
    ]);
  });

  it('suggests ids that are valid and not yet used', () => {
    const volvo = suggestId(park, 'enterprises', { nameZh: '', nameEn: 'Volvo CE' });
    expect(volvo).toBe('volvo-ce-2');
    expect(suggestId(park, 'materials', { nameZh: '废催化剂', nameEn: '' })).toBe('废催化剂');
    expect(suggestId(park, 'chains', { nameZh: '', nameEn: '' })).toBe('chain-2');
    const flowId = suggestFlowId(park);
    expect(park.flows.some((f) => f.id === flowId)).toBe(false);
    for (const id of [volvo, flowId]) expect(ID_PATTERN.test(id)).toBe(true);
  });

  it('reports refused items at the fields they concern', () => {
    const enterprise = createEnterprise(park, {
      id: 'volvo-ce',
      nameZh: ' ',
      nameEn: '',
      cluster: 'nowhere',
      role: 'producer',
      status: 'operating',
    });
    expect(enterprise.edit).toBeNull();
    expect(problemsAt(enterprise.errors, 'id').map((p) => p.code)).toEqual(['duplicate-id']);
    expect(problemsAt(enterprise.errors, 'name').length).toBeGreaterThan(0);
    expect(problemsAt(enterprise.errors, 'cluster').map((p) => p.code)).toEqual(['unknown-reference']);

    const flow = createFlow(park, { ...flowDraft, quantity: 'lots', unit: 'MWh/a', to: 'nobody' });
    expect(flow.edit).toBeNull();
    expect(problemsAt(flow.errors, 'quantity').map((p) => p.code)).toEqual(['not-a-number']);
    expect(problemsAt(flow.errors, 'unit').map((p) => p.code)).toEqual(['unit-mismatch']);
    expect(problemsAt(flow.errors, 'to').length).toBe(1);

    const negative = createFlow(park, { ...flowDraft, quantity: '-5' });
    expect(problemsAt(negative.errors, 'quantity').length).toBe(1);

    const material = createMaterial(park, {
      id: 'x',
      nameZh: 'x',
      nameEn: '',
      category: 'waste',
      unit: 'bags',
      hazardousWasteCode: 'H5',
    });
    expect([...material.errors.keys()].sort()).toEqual(['hazardousWasteCode', 'unit']);

    const chain = createChain(park, { id: 'c', nameZh: 'c', nameEn: '', cluster: 'recycling', stages: [['steel']] });
    expect(problemsAt(chain.errors, 'stages').length).toBeGreaterThan(0);
  });

  it('keeps a warning that concerns the new flow without refusing it', () => {
    // Volvo does not declare steel as an output.
    const creation = createFlow(park, { ...flowDraft, material: 'steel' });
    expect(creation.edit).not.toBeNull();
    expect(problemsAt(creation.warnings, 'material').map((p) => p.code)).toContain('undeclared-output');
  });

  it('adds, edits and deletes a declared stream', () => {
    const added = accepted(
      saveStream(park, 'volvo-ce', 'outputs', null, {
        material: 'used-parts',
        quantity: '300',
        unit: 't/a',
        inHouse: '',
      }),
    );
    const volvo = () => added.enterprises.find((e) => e.id === 'volvo-ce')!;
    const index = volvo().outputs.length - 1;
    expect(volvo().outputs[index]).toEqual({ material: 'used-parts', quantity: 300, unit: 't/a' });

    const edited = accepted(
      saveStream(added, 'volvo-ce', 'outputs', index, {
        material: 'used-parts',
        quantity: '400',
        unit: 't/a',
        inHouse: '50',
      }),
    );
    expect(edited.enterprises.find((e) => e.id === 'volvo-ce')!.outputs[index]).toMatchObject({
      quantity: 400,
      inHouse: 50,
    });

    const tooMuch = saveStream(added, 'volvo-ce', 'outputs', index, {
      material: 'used-parts',
      quantity: '400',
      unit: 't/a',
      inHouse: '500',
    });
    expect(problemsAt(tooMuch.errors, 'inHouse').map((p) => p.code)).toEqual(['in-house-exceeds']);

    const deletion = deleteStream(edited, 'volvo-ce', 'outputs', index)!;
    expect(validateModel(deletion.model).ok).toBe(true);
    expect(deletion.model.enterprises.find((e) => e.id === 'volvo-ce')!.outputs).toEqual(
      park.enterprises.find((e) => e.id === 'volvo-ce')!.outputs,
    );
  });

  it('reorders stages, leaving them as they are at either end', () => {
    const stages = ['a', 'b', 'c'];
    expect(moveStage(stages, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStage(stages, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStage(stages, 0, -1)).toBe(stages);
    expect(moveStage(stages, 2, 1)).toBe(stages);
  });
});

describe('materials for a drawn flow', () => {
  it('puts what the sender makes and the receiver takes first, with what is still unconnected', () => {
    const suggestions = suggestFlowMaterials(park, 'volvo-ce', 'sorting-centre');
    // All of Volvo's packaging already goes somewhere: nothing is left to connect.
    expect(suggestions[0]).toEqual({ material: 'waste-packaging', common: true, quantity: 0, unit: 't/a' });
    expect(suggestions.filter((s) => s.common).map((s) => s.material)).toEqual(['waste-packaging']);
    // Then the rest of what Volvo sends out, then what the sorting centre takes.
    const volvoOutputs = park.enterprises.find((e) => e.id === 'volvo-ce')!.outputs.map((s) => s.material);
    expect(suggestions.slice(1, volvoOutputs.length).every((s) => volvoOutputs.includes(s.material))).toBe(true);
    // The sorting centre still takes 10 000 t of waste appliances from no one in the park.
    expect(suggestions.find((s) => s.material === 'waste-appliances')).toMatchObject({
      common: false,
      quantity: 10000,
    });
    expect(new Set(suggestions.map((s) => s.material)).size).toBe(suggestions.length);
  });

  it('counts flows already connected, and lets the boundary add no limit', () => {
    // Volvo's 8 860 t of scrap steel already go to two recyclers.
    const scrap = suggestFlowMaterials(park, 'volvo-ce', 'scrap-steel-centre').find(
      (s) => s.material === 'scrap-steel',
    );
    expect(scrap).toMatchObject({ common: true, quantity: 0 });
    const fromSupply = suggestFlowMaterials(park, '@supply', 'sorting-centre');
    expect(fromSupply.every((s) => !s.common)).toBe(true);
    expect(fromSupply.find((s) => s.material === 'mixed-metal-scrap')?.quantity).toBe(20000);
  });
});
