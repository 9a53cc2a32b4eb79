// @vitest-environment jsdom
/**
 * The inspectors open the selected item in its form: a flow (its ends
 * included), a material, an enterprise. Saving is one step through the
 * store; without an edit sink (a read-only view) there is no edit button.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { i18n } from '../../../src/app/i18n/index.ts';
import { SelectionInspector } from '../../../src/app/inspector/SelectionInspector.tsx';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { createHistory, type CommitResult } from '../../../src/app/model/history.ts';
import { commitEdit, type ModelEdit } from '../../../src/app/model/modelEdit.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';

const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('reference data must be valid');
const model = loaded.model;
const graph = buildDisplayGraph(model);

beforeAll(() => i18n.changeLanguage('en'));
afterEach(cleanup);

function renderInspector(
  props: { view: 'exchange' | 'material'; selected: string | null; flow: string | null },
  editable = true,
) {
  // As the store does: core applies the edit's change set to the present.
  const edits: (ModelEdit & { model: ParkModel })[] = [];
  const onEdit = (edit: ModelEdit): CommitResult => {
    const result = commitEdit(createHistory(model), edit);
    if (result.ok) edits.push({ ...edit, model: result.history.present });
    return result;
  };
  render(
    createElement(SelectionInspector, {
      ...props,
      network: undefined,
      graph,
      model,
      findings: [],
      highlighted: null,
      onClose: () => undefined,
      onToggleFinding: () => undefined,
      ...(editable ? { onEdit } : {}),
    }),
  );
  return edits;
}
const field = (form: string, name: string) =>
  screen.getByTestId(form).querySelector<HTMLInputElement & HTMLSelectElement>(`[data-testid="field-${name}"]`)!;

describe('editing from the inspector', () => {
  it('moves an inspected flow to another receiver', () => {
    // Volvo's scrap steel to Meikai, moved to Zhongzaisheng (which declares scrap steel as an input too).
    const edits = renderInspector({ view: 'exchange', selected: null, flow: 'f-058' });
    fireEvent.click(screen.getByTestId('open-item-form'));
    expect(field('flow-form', 'to').value).toBe('meikai-recycling');
    fireEvent.change(field('flow-form', 'to'), { target: { value: 'zhongzai-recycling' } });
    fireEvent.click(screen.getByTestId('form-save'));
    expect(edits.map((e) => e.model.flows.find((f) => f.id === 'f-058')!.to)).toEqual(['zhongzai-recycling']);
    expect(screen.queryByTestId('flow-form')).toBeNull();
  });

  it('marks an inspected material as a hazardous waste', () => {
    const edits = renderInspector({ view: 'material', selected: 'waste-packaging', flow: null });
    fireEvent.click(screen.getByTestId('open-item-form'));
    expect(field('material-form', 'nameEn').value).toBe(
      model.materials.find((m) => m.id === 'waste-packaging')!.name.en,
    );
    fireEvent.change(field('material-form', 'hazardousWasteCode'), { target: { value: 'hw49' } });
    fireEvent.click(screen.getByTestId('form-save'));
    expect(edits[0]!.model.materials.find((m) => m.id === 'waste-packaging')!.hazardousWasteCode).toBe('HW49');
  });

  it('opens an inspected enterprise in its form, and leads on to its declared streams', () => {
    renderInspector({ view: 'exchange', selected: 'volvo-ce', flow: null });
    fireEvent.click(screen.getByTestId('open-enterprise-form'));
    expect(field('enterprise-form', 'id').readOnly).toBe(true);
    fireEvent.click(screen.getByTestId('enterprise-form').querySelector('[data-testid="open-streams"]')!);
    expect(screen.getByTestId('streams-form')).toBeTruthy();
  });

  it('offers no edit button where the model cannot be edited', () => {
    renderInspector({ view: 'exchange', selected: null, flow: 'f-063' }, false);
    expect(screen.getByTestId('inspector')).toBeTruthy();
    expect(screen.queryByTestId('open-item-form')).toBeNull();
  });
});
