/**
 * One row of the table grid: its cells and its edit and delete buttons.
 * Memoized: an edit of one flow of 100 000 gives the grid new rows, but
 * only the edited row's object is new (tables.ts keeps the others), so only
 * that row renders again, not the thirty in view with a translated label
 * per cell.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../core/model/problems.ts';
import { TableCell } from './TableCell.tsx';
import type { TableColumn, TableRow } from './tables.ts';

/** What a row does, the same functions from render to render (the grid reads its latest state through them). */
export interface RowActions {
  activate(row: number, col: number): void;
  startEdit(row: number, col: number): void;
  save(row: number, col: number, typed: string): void;
  cancel(): void;
  open(row: number, rowId: string): void;
  remove(row: number, rowId: string): void;
}

interface GridRowProps {
  readonly row: TableRow;
  /** The row's place among the rows shown. */
  readonly index: number;
  /** Its top, in pixels below the header. */
  readonly top: number;
  readonly height: number;
  readonly columns: readonly TableColumn[];
  readonly headings: readonly string[];
  readonly template: string;
  readonly width: string;
  /** The active cell's column when this row holds it, else null. */
  readonly activeCol: number | null;
  /** The edited cell's column when it is in this row, else null. */
  readonly editingCol: number | null;
  /** A refused edit in this row: its column and why. */
  readonly refusal: { readonly column: string; readonly problems: readonly Problem[] } | null;
  readonly actions: RowActions;
}

const NO_PROBLEMS: readonly Problem[] = [];

export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, index, columns, headings, activeCol, editingCol, refusal, actions } = props;
  const { t } = useTranslation();
  const buttonsCol = columns.length;
  return (
    <div
      role="row"
      className={`table-row${activeCol !== null ? ' active-row' : ''}`}
      data-testid="table-row"
      data-row-id={row.id}
      aria-rowindex={index + 2}
      style={{
        gridTemplateColumns: props.template,
        width: props.width,
        height: props.height,
        transform: `translateY(${props.top}px)`,
      }}
    >
      {columns.map((column, col) => (
        <TableCell
          key={column.key}
          column={column}
          value={row.cells[column.key]}
          colIndex={col}
          active={activeCol === col}
          editing={editingCol === col}
          problems={refusal?.column === column.key ? refusal.problems : NO_PROBLEMS}
          label={`${headings[col]!} ${row.id}`}
          onActivate={() => actions.activate(index, col)}
          onStartEdit={() => actions.startEdit(index, col)}
          onSave={(typed) => actions.save(index, col, typed)}
          onCancel={actions.cancel}
        />
      ))}
      <div role="gridcell" aria-colindex={buttonsCol + 1} className="table-cell row-actions actions-cell">
        <button
          type="button"
          data-testid="edit-row"
          aria-haspopup="dialog"
          tabIndex={activeCol === buttonsCol ? 0 : -1}
          aria-label={t('table.editRow', { id: row.id })}
          onClick={() => actions.open(index, row.id)}
        >
          {t('table.edit')}
        </button>
        <button
          type="button"
          data-testid="delete-row"
          tabIndex={activeCol === buttonsCol ? 0 : -1}
          aria-label={t('table.deleteRow', { id: row.id })}
          onClick={() => actions.remove(index, row.id)}
        >
          {t('table.delete')}
        </button>
      </div>
    </div>
  );
});
