// @vitest-environment jsdom
/**
 * The table view renders only the rows in view: the flows of a 100 000-flow
 * synthetic park leave far fewer than 1 000 rows in the DOM, and scrolling
 * brings other rows in.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticPark } from '../../../bench/syntheticPark.ts';
import { TableView } from '../../../src/app/tables/TableView.tsx';
import { createHistory, type CommitResult } from '../../../src/app/model/history.ts';
import { commitEdit, type ModelEdit } from '../../../src/app/model/modelEdit.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { layOutAsAGrid } from '../../fixtures/jsdomGridLayout.ts';

const model = syntheticPark({ enterprises: 2000, flows: 100_000 });

layOutAsAGrid();
afterAll(() => cleanup());

describe('the table view at 100 000 flows', () => {
  it('keeps only the visible rows in the DOM', () => {
    expect(model.flows).toHaveLength(100_000);
    render(createElement(TableView, { model, onEdit: (): CommitResult => ({ ok: false, errors: [] }) }));
    fireEvent.click(screen.getByTestId('table-tab-flows'));
    const rows = () => screen.getAllByTestId('table-row');
    expect(screen.getByTestId('table-count').textContent).toContain('100,000');
    expect(screen.getByTestId('table-grid').getAttribute('aria-rowcount')).toBe('100001');
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(100);
    expect(rows()[0]!.getAttribute('data-row-id')).toBe(model.flows[0]!.id);

    // Scrolled half way: the rows there, and still only a handful.
    const grid = screen.getByTestId('table-grid');
    act(() => {
      grid.scrollTop = 50_000 * 32;
      fireEvent.scroll(grid);
    });
    const ids = rows().map((r) => r.getAttribute('data-row-id'));
    expect(ids).toContain(model.flows[50_000]!.id);
    expect(ids.length).toBeLessThan(100);
  });

  it('opens a row in its form with every field filled in, and saves a change as one step', () => {
    cleanup();
    // jsdom builds every <option> of the actor pickers slowly: a smaller park keeps this test quick.
    const model = syntheticPark({ enterprises: 100, flows: 1000 });
    // As the store does: core applies the edit's change set to the present.
    const edits: (ModelEdit & { model: ParkModel })[] = [];
    const onEdit = (edit: ModelEdit): CommitResult => {
      const result = commitEdit(createHistory(model), edit);
      if (result.ok) edits.push({ ...edit, model: result.history.present });
      return result;
    };
    render(createElement(TableView, { model, onEdit }));
    fireEvent.click(screen.getByTestId('table-tab-flows'));
    const first = model.flows[0]!;
    fireEvent.click(screen.getAllByTestId('edit-row')[0]!);
    const field = (name: string) =>
      screen.getByTestId('flow-form').querySelector<HTMLInputElement>(`[data-testid="field-${name}"]`)!;
    expect(field('id').value).toBe(first.id);
    expect(field('id').readOnly).toBe(true);
    expect(field('quantity').value).toBe(String(first.quantity));
    expect(field('to').value).toBe(first.to);

    // Saving what is there closes the form without a step.
    fireEvent.click(screen.getByTestId('form-save'));
    expect(edits).toHaveLength(0);
    expect(screen.queryByTestId('flow-form')).toBeNull();

    fireEvent.click(screen.getAllByTestId('edit-row')[0]!);
    fireEvent.change(field('quantity'), { target: { value: '1 234' } });
    fireEvent.click(screen.getByTestId('form-save'));
    expect(edits).toHaveLength(1);
    expect(edits[0]!.model.flows[0]).toEqual({ ...first, quantity: 1234 });
    expect(edits[0]!.model.flows[1]).toBe(model.flows[1]);
    expect(edits[0]!.label.en).toContain(`Edit flow ${first.id}`);
  });
});
