// @vitest-environment jsdom
/**
 * An edit of one flow renders again only that flow's row of the table: the
 * other rows in view keep their row objects and column objects, and the
 * grid's row actions stay the same functions. Counted in cell renders.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { syntheticPark } from '../../../bench/syntheticPark.ts';
import { createHistory, type CommitResult } from '../../../src/app/model/history.ts';
import { commitEdit, type ModelEdit } from '../../../src/app/model/modelEdit.ts';
import { editCell } from '../../../src/app/tables/cellEdits.ts';
import { TableView } from '../../../src/app/tables/TableView.tsx';
import { layOutAsAGrid } from '../../fixtures/jsdomGridLayout.ts';

const cellRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/app/tables/TableCell.tsx', async (original) => {
  const module = await original<typeof import('../../../src/app/tables/TableCell.tsx')>();
  return {
    ...module,
    TableCell: (props: Parameters<typeof module.TableCell>[0]) => {
      cellRenders.count += 1;
      return module.TableCell(props);
    },
  };
});

layOutAsAGrid();
afterAll(() => cleanup());

describe('the table after an edit', () => {
  it('renders again the edited row only', () => {
    const model = syntheticPark({ enterprises: 200, flows: 5000 });
    const noEdit = (): CommitResult => ({ ok: false, errors: [] });
    const view = render(createElement(TableView, { model, onEdit: noEdit }));
    fireEvent.click(screen.getByTestId('table-tab-flows'));
    const rows = screen.getAllByTestId('table-row');
    expect(rows.length).toBeGreaterThan(10);
    const cellsPerRow = rows[0]!.querySelectorAll('[role="gridcell"]').length - 1;

    const flow = model.flows[3]!;
    const edit = editCell(model, 'flows', flow.id, 'quantity', '4321');
    if (edit.kind !== 'edit') throw new Error(`the edit was ${edit.kind}`);
    const committed = commitEdit(createHistory(model), edit.edit as ModelEdit);
    if (!committed.ok) throw new Error('the edit was refused');
    cellRenders.count = 0;
    view.rerender(createElement(TableView, { model: committed.history.present, onEdit: noEdit }));
    expect(cellRenders.count).toBe(cellsPerRow);
    const edited = screen.getAllByTestId('table-row').find((r) => r.getAttribute('data-row-id') === flow.id)!;
    expect(edited.querySelector('[data-key="quantity"]')!.textContent).toBe('4,321');
  });
});
