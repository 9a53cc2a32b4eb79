/** The item forms' adapters: enterprises, materials, flows, streams and chains added or edited, checked by core. */
import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { problemsAt, type FormCheck } from '../../../src/app/forms/formCheck.ts';
import {
  chainDraft,
  enterpriseDraft,
  flowDraft,
  materialDraft,
  moveStage,
  suggestFlowId,
  suggestId,
  type FlowDraft,
} from '../../../src/app/forms/itemDrafts.ts';
import { saveChain, saveEnterprise, saveFlow, saveMaterial } from '../../../src/app/forms/itemForms.ts';
import { deleteStream, saveStream } from '../../../src/app/forms/streamForms.ts';
import { suggestFlowMaterials } from '../../../src/app/forms/drawnFlow.ts';
import { ID_PATTERN } from '../../../src/core/model/schema.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { edited } from './edited.ts';

const stage = (materials: readonly string[]) => ({ materials, nameZh: '', nameEn: '' });
const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('reference data must be valid');
const park = loaded.model;

const newFlow: FlowDraft = {
  id: 'f-new',
  from: 'volvo-ce',
  to: 'sorting-centre',
  material: 'waste-packaging',
  quantity: '1 900',
  unit: 't/a',
  status: 'planned',
  estimated: true,
  basis: 'all of its packaging',
  startYear: '',
  endYear: '',
};

/** The committed model, after checking it is one core validation accepts. */
function accepted(creation: FormCheck, base: ParkModel = park): ParkModel {
  expect(creation.errors.size).toBe(0);
  expect(creation.edit).not.toBeNull();
  const model = creation.preview!;
  // Saving applies the same change set to the model again: the same result.
  expect(model).toEqual(edited(base, creation.edit));
  expect(validateModel(model).ok).toBe(true);
  expect(creation.edit!.label.zh).not.toBe('');
  expect(creation.edit!.label.en).not.toBe('');
  return model;
}

describe('create builders', () => {
  it('adds an enterprise, a material, a flow and a chain that core validation accepts', () => {
    const withEnterprise = accepted(
      saveEnterprise(
        park,
        {
          id: 'new-plant',
          nameZh: '新工厂',
          nameEn: 'New plant',
          cluster: 'machinery',
          role: 'producer',
          status: 'planned',
        },
        null,
      ),
    );
    expect(withEnterprise.enterprises.at(-1)).toMatchObject({
      id: 'new-plant',
      name: { zh: '新工厂', en: 'New plant' },
    });
    // Everything else is shared with the model before (the undo history keeps references).
    expect(withEnterprise.flows).toBe(park.flows);

    const withMaterial = accepted(
      saveMaterial(
        park,
        {
          id: 'spent-catalyst',
          nameZh: '废催化剂',
          nameEn: '',
          category: 'waste',
          unit: 't/a',
          hazardousWasteCode: 'hw50',
        },
        null,
      ),
    );
    expect(withMaterial.materials.at(-1)).toEqual({
      id: 'spent-catalyst',
      name: { zh: '废催化剂' },
      category: 'waste',
      unit: 't/a',
      hazardousWasteCode: 'HW50',
    });

    const withFlow = accepted(saveFlow(park, newFlow, null));
    expect(withFlow.flows.at(-1)).toMatchObject({ id: 'f-new', quantity: 1900, estimated: true });

    const withChain = accepted(
      saveChain(
        park,
        {
          id: 'packaging-loop',
          nameZh: '包装回收',
          nameEn: 'Packaging loop',
          cluster: 'recycling',
          stages: [stage(['waste-packaging']), stage(['scrap-steel', ''])],
        },
        null,
      ),
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
    const enterprise = saveEnterprise(
      park,
      {
        id: 'volvo-ce',
        nameZh: ' ',
        nameEn: '',
        cluster: 'nowhere',
        role: 'producer',
        status: 'operating',
      },
      null,
    );
    expect(enterprise.edit).toBeNull();
    expect(problemsAt(enterprise.errors, 'id').map((p) => p.code)).toEqual(['duplicate-id']);
    expect(problemsAt(enterprise.errors, 'name').length).toBeGreaterThan(0);
    expect(problemsAt(enterprise.errors, 'cluster').map((p) => p.code)).toEqual(['unknown-reference']);

    const flow = saveFlow(park, { ...newFlow, quantity: 'lots', unit: 'MWh/a', to: 'nobody' }, null);
    expect(flow.edit).toBeNull();
    expect(problemsAt(flow.errors, 'quantity').map((p) => p.code)).toEqual(['not-a-number']);
    // No quantity is a structural exchange (who gives what to whom), saved without one and without a unit.
    const structural = saveFlow(park, { ...newFlow, quantity: ' ', unit: '' }, null);
    expect(structural.errors.size).toBe(0);
    const saved = structural.preview!.flows.find((f) => f.id === 'f-new')!;
    expect(saved.quantity).toBeUndefined();
    expect(saved.unit).toBeUndefined();
    expect(problemsAt(flow.errors, 'unit').map((p) => p.code)).toEqual(['unit-mismatch']);
    expect(problemsAt(flow.errors, 'to').length).toBe(1);

    const negative = saveFlow(park, { ...newFlow, quantity: '-5' }, null);
    expect(problemsAt(negative.errors, 'quantity').length).toBe(1);

    const material = saveMaterial(
      park,
      {
        id: 'x',
        nameZh: 'x',
        nameEn: '',
        category: 'waste',
        unit: 'bags',
        hazardousWasteCode: 'H5',
      },
      null,
    );
    expect([...material.errors.keys()].sort()).toEqual(['hazardousWasteCode', 'unit']);

    const chain = saveChain(
      park,
      { id: 'c', nameZh: 'c', nameEn: '', cluster: 'recycling', stages: [stage(['steel'])] },
      null,
    );
    expect(problemsAt(chain.errors, 'stages').length).toBeGreaterThan(0);
  });

  it('keeps a warning that concerns the new flow without refusing it', () => {
    // Volvo does not declare steel as an output.
    const creation = saveFlow(park, { ...newFlow, material: 'steel' }, null);
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

    const withInHouse = accepted(
      saveStream(added, 'volvo-ce', 'outputs', index, {
        material: 'used-parts',
        quantity: '400',
        unit: 't/a',
        inHouse: '50',
      }),
      added,
    );
    expect(withInHouse.enterprises.find((e) => e.id === 'volvo-ce')!.outputs[index]).toMatchObject({
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

    const deletion = edited(withInHouse, deleteStream(withInHouse, 'volvo-ce', 'outputs', index));
    expect(validateModel(deletion).ok).toBe(true);
    expect(deletion.enterprises.find((e) => e.id === 'volvo-ce')!.outputs).toEqual(
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

describe('edit builders', () => {
  const volvo = park.enterprises.find((e) => e.id === 'volvo-ce')!;
  const f002 = park.flows.find((f) => f.id === 'f-002')!;

  it('opens on the item as it is: saving it unchanged is no step', () => {
    for (const check of [
      saveEnterprise(park, enterpriseDraft(volvo), 'volvo-ce'),
      saveMaterial(park, materialDraft(park.materials[0]!), park.materials[0]!.id),
      saveFlow(park, flowDraft(f002), 'f-002'),
      saveChain(park, chainDraft(park.chains[0]!), park.chains[0]!.id),
    ]) {
      expect(check.edit).toBeNull();
      expect(check.unchanged).toBe(true);
      expect(check.errors.size).toBe(0);
    }
  });

  it('edits an enterprise, keeping its id, streams and description', () => {
    const draft = { ...enterpriseDraft(volvo), id: 'typed-over', nameEn: 'Volvo CE Linyi', status: 'closed' as const };
    const check = saveEnterprise(park, draft, 'volvo-ce');
    const model = accepted(check);
    const edited = model.enterprises.find((e) => e.id === 'volvo-ce')!;
    expect(edited).toEqual({ ...volvo, name: { ...volvo.name, en: 'Volvo CE Linyi' }, status: 'closed' });
    expect(model.enterprises.indexOf(edited)).toBe(park.enterprises.indexOf(volvo));
    expect(check.edit!.label.en).toBe('Edit enterprise “Volvo CE Linyi”');
    // Closing it leaves its flows pointing at a closed enterprise: warned, not refused.
    expect(problemsAt(check.warnings, '').length).toBe(0);
    expect(model.flows).toBe(park.flows);
  });

  it('moves a flow to another receiver and warns about what that does at the sender', () => {
    const f058 = park.flows.find((f) => f.id === 'f-058')!;
    // Volvo declares 8 860 t of scrap steel: 6 000 + 3 860 to the two recyclers is 9 860;
    // and Meikai declares it takes 5 000 t.
    const check = saveFlow(park, { ...flowDraft(f058), quantity: '6000' }, 'f-058');
    expect(check.edit).not.toBeNull();
    const elsewhere = problemsAt(check.warnings, '');
    expect(elsewhere.map((p) => p.code).sort()).toEqual(['over-allocated-input', 'over-allocated-output']);
    expect(elsewhere.find((p) => p.code === 'over-allocated-output')!.message.en).toMatch(
      /^enterprise “.+”: flows ship 9860 t\/a of/,
    );

    const moved = accepted(saveFlow(park, { ...flowDraft(f002), to: 'sorting-centre', estimated: false }, 'f-002'));
    const flow = moved.flows.find((f) => f.id === 'f-002')!;
    // The fields the form does not show are kept; unticking "estimated" drops the flag, not the basis.
    expect(flow).toEqual({ ...f002, to: 'sorting-centre', estimated: undefined });
    expect('estimated' in flow).toBe(false);
    const warned = saveFlow(park, { ...flowDraft(f002), to: 'sorting-centre' }, 'f-002');
    expect(problemsAt(warned.warnings, 'material').map((p) => p.code)).toEqual(['undeclared-input']);
  });

  it('refuses a material unit its flows cannot be converted to, naming the flows', () => {
    const packaging = park.materials.find((m) => m.id === 'waste-packaging')!;
    const check = saveMaterial(park, { ...materialDraft(packaging), unit: 'MWh/a' }, 'waste-packaging');
    expect(check.edit).toBeNull();
    const elsewhere = problemsAt(check.errors, '');
    expect(elsewhere.length).toBeGreaterThanOrEqual(5);
    expect(elsewhere.map((p) => p.message.en).join('\n')).toContain('flow “f-063”: ');
    expect(elsewhere.map((p) => p.message.zh).join('\n')).toContain('物质流“f-063”:');
  });

  it('edits a chain template: stage names, order and alternatives', () => {
    const chain = park.chains[0]!;
    const draft = chainDraft(chain);
    const [first, second, ...rest] = draft.stages;
    const renamed = { ...first!, nameEn: 'inputs', nameZh: '' };
    const model = accepted(saveChain(park, { ...draft, stages: [second!, renamed, ...rest] }, chain.id));
    const edited = model.chains.find((c) => c.id === chain.id)!;
    expect(edited.stages[0]).toEqual(chain.stages[1]);
    expect(edited.stages[1]).toEqual({ materials: chain.stages[0]!.materials, name: { en: 'inputs' } });
    expect(edited.source).toBe(chain.source);
    const unnamed = accepted(
      saveChain(park, { ...draft, stages: draft.stages.map((s) => ({ ...s, nameZh: '', nameEn: '' })) }, chain.id),
    );
    expect(unnamed.chains.find((c) => c.id === chain.id)!.stages.every((s) => !('name' in s))).toBe(true);
  });

  it('says so when the item being edited is no longer in the model', () => {
    const check = saveFlow({ ...park, flows: [] }, flowDraft(f002), 'f-002');
    expect(check.edit).toBeNull();
    expect(check.unchanged).toBe(false);
    expect(problemsAt(check.errors, '').map((p) => p.code)).toEqual(['item-gone']);
  });
});

describe('materials for a drawn flow', () => {
  it('puts what the sender makes and the receiver takes first, with what is still unconnected', () => {
    const suggestions = suggestFlowMaterials(park, 'essen-chem', 'lube-regenerator');
    // Essen's spent solvent is what both declare; the regenerator's 500 t/a of solvent input is all connected.
    expect(suggestions[0]).toEqual({ material: 'waste-solvent', common: true, quantity: 0, unit: 't/a' });
    expect(suggestions.filter((s) => s.common).map((s) => s.material)).toEqual(['waste-solvent']);
    // Then the rest of what Essen sends out, then what the regenerator takes.
    const essenOutputs = park.enterprises.find((e) => e.id === 'essen-chem')!.outputs.map((s) => s.material);
    expect(suggestions.slice(1, essenOutputs.length).every((s) => essenOutputs.includes(s.material))).toBe(true);
    // Its waste-oil capacity of 12 000 t/a holds 9 000 bought in and 774 from the park: 2 226 (≈ 2 230) is free.
    expect(suggestions.find((s) => s.material === 'waste-mineral-oil')).toMatchObject({
      common: false,
      quantity: 2230,
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
