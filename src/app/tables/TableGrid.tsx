/**
 * A data grid (WAI-ARIA grid pattern) over rows already sorted and
 * filtered: only the rows in view are in the DOM (@tanstack/react-virtual),
 * so 100 000 flows scroll as smoothly as 30. One cell is active and holds
 * the focus (roving tabindex): arrows, Home/End and Page Up/Down move it,
 * Enter or F2 edits it, Delete deletes its row, Esc cancels an edit.
 * Every column header has a handle to resize its column; the header and
 * every row take their tracks from the same widths.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../core/model/problems.ts';
import { moveActiveCell, scrollLeftToShow, type GridCell } from './gridKeys.ts';
import {
  ACTIONS_REM,
  columnWidth,
  gridTracks,
  trackLimits,
  type ColumnWidths,
  type TrackLimits,
} from './tableTracks.ts';
import { columnHeading, type TableColumn, type TableRow, type TableSort } from './tables.ts';
import { GridRow, type RowActions } from './GridRow.tsx';
import { ColumnResizer } from './ColumnResizer.tsx';
import { resetColumn, resizeColumn } from './columnWidths.ts';
import { useRemPx } from './useColumnWidths.ts';

const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 36;
/** Before the first measurement (and in tests without layout), as if the grid were this tall. */
const INITIAL_RECT = { width: 1200, height: 600 };

interface TableGridProps {
  readonly label: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly sort: TableSort | null;
  readonly onSort: (column: string) => void;
  /** Saves a typed cell value: [] when saved (or unchanged), else why it was refused. */
  readonly onSave: (rowId: string, column: string, typed: string) => readonly Problem[];
  readonly onDelete: (rowId: string) => void;
  /** Opens the row's item in its form (every field, not only the columns). */
  readonly onOpen: (rowId: string) => void;
  /** The widths the user gave this table's columns (the others have their defaults). */
  readonly widths: ColumnWidths;
  /** A column dragged, stepped or reset to another width. */
  readonly onWidths: (change: (widths: ColumnWidths) => ColumnWidths) => void;
}

interface Refusal {
  readonly rowId: string;
  readonly column: string;
  readonly problems: readonly Problem[];
}

export function TableGrid(props: TableGridProps) {
  const { label, columns, rows, sort, onSort, onSave, onDelete, onOpen, widths, onWidths } = props;
  const { t } = useTranslation();
  // Translated once per table and language, not per cell and render (each cell's label names its column).
  const headings = useMemo(() => columns.map((column) => columnHeading(column, t)), [columns, t]);
  const remPx = useRemPx();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<GridCell | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // Set when the keyboard moved the active cell: the focus follows it once it is rendered.
  const focusPending = useRef(false);
  const colCount = columns.length + 1; // the last column holds the edit and delete buttons
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    initialRect: INITIAL_RECT,
  });
  const cell = {
    row: Math.min(active.row, Math.max(rows.length - 1, 0)),
    col: Math.min(active.col, colCount - 1),
  };

  useEffect(() => {
    if (!focusPending.current) return;
    const target = scroller.current?.querySelector<HTMLElement>(
      `[aria-rowindex="${cell.row + 2}"] [aria-colindex="${cell.col + 1}"]`,
    );
    if (!target || !scroller.current) return;
    focusPending.current = false;
    (target.querySelector<HTMLElement>('button') ?? target).focus({ preventScroll: true });
    // The focus does not scroll (the virtualiser scrolls rows into view), so sideways the grid follows the cell here.
    if (cell.col === colCount - 1) return; // the buttons column is always in view
    const left = scrollLeftToShow(
      { left: target.offsetLeft, width: target.offsetWidth },
      {
        scrollLeft: scroller.current.scrollLeft,
        width: scroller.current.clientWidth,
        coveredRight: ACTIONS_REM * remPx,
      },
    );
    if (left !== null) scroller.current.scrollLeft = left;
  });

  const items = virtualizer.getVirtualItems();
  const moveTo = (next: GridCell) => {
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  };
  const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? INITIAL_RECT.height) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !(event.target instanceof HTMLElement) || !event.target.closest('[role="row"][data-row-id]')) return;
    const next = moveActiveCell(cell, event, { rows: rows.length, cols: colCount, page: pageRows });
    if (next) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    const row = rows[cell.row];
    if (!row) return;
    if ((event.key === 'Enter' || event.key === 'F2') && columns[cell.col]?.editor) {
      event.preventDefault();
      setEditing(cell);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(row.id);
    } else if (event.key === 'Escape' && refusal) {
      setRefusal(null);
    }
  };
  const save = (rowIndex: number, col: number, typed: string) => {
    const row = rows[rowIndex];
    const column = columns[col];
    if (!row || !column || editing?.row !== rowIndex || editing.col !== col) return;
    const problems = onSave(row.id, column.key, typed);
    setRefusal(problems.length > 0 ? { rowId: row.id, column: column.key, problems } : null);
    focusPending.current = true;
    setEditing(null);
  };
  const cancel = () => {
    focusPending.current = true;
    setEditing(null);
    setRefusal(null);
  };

  // The rows' actions stay the same functions (so rows render only when their own props change), reading the
  // grid's latest handlers, which a layout effect keeps current.
  const latest = useRef({ save, cancel, onOpen, onDelete, onWidths, buttonsCol: colCount - 1 });
  useLayoutEffect(() => {
    latest.current = { save, cancel, onOpen, onDelete, onWidths, buttonsCol: colCount - 1 };
  });
  const actions = useMemo(
    (): RowActions => ({
      activate: (row, col) => setActive({ row, col }),
      startEdit: (row, col) => {
        setActive({ row, col });
        setEditing({ row, col });
      },
      save: (row, col, typed) => latest.current.save(row, col, typed),
      cancel: () => latest.current.cancel(),
      open: (row, rowId) => {
        setActive({ row, col: latest.current.buttonsCol });
        latest.current.onOpen(rowId);
      },
      remove: (row, rowId) => {
        setActive({ row, col: latest.current.buttonsCol });
        latest.current.onDelete(rowId);
      },
    }),
    [],
  );
  // The same for the column handles (ColumnResizer).
  const resize = useCallback(
    (key: string, next: number, limits: TrackLimits) =>
      latest.current.onWidths((all) => resizeColumn(all, key, next, limits)),
    [],
  );
  const reset = useCallback((key: string) => latest.current.onWidths((all) => resetColumn(all, key)), []);

  // The active row scrolled out of the DOM: the grid itself takes the Tab stop and hands it to a row in view.
  const activeRendered = items.some((item) => item.index === cell.row);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const first = items.find((item) => item.start - HEADER_HEIGHT >= (scroller.current?.scrollTop ?? 0)) ?? items[0];
    if (event.target !== event.currentTarget || !first) return;
    moveTo({ row: first.index, col: cell.col });
  };
  const { template, width } = gridTracks(columns, widths, remPx);
  return (
    <div
      ref={scroller}
      className="table-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={colCount}
      data-testid="table-grid"
      tabIndex={activeRendered || rows.length === 0 ? -1 : 0}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div
        className="table-row table-head"
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: template, width }}
      >
        {columns.map((column, i) => {
          const sorted = sort?.column === column.key ? sort.direction : null;
          const heading = headings[i]!;
          const limits = trackLimits(column.key, remPx);
          return (
            <div
              key={column.key}
              role="columnheader"
              className={column.kind}
              aria-colindex={i + 1}
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
            >
              <button
                type="button"
                data-testid={`sort-${column.key}`}
                title={column.heading}
                onClick={() => onSort(column.key)}
              >
                {heading}
                <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
              </button>
              <ColumnResizer
                columnKey={column.key}
                heading={heading}
                width={columnWidth(column.key, widths, remPx)}
                limits={limits}
                onResize={resize}
                onReset={reset}
              />
            </div>
          );
        })}
        <div role="columnheader" aria-colindex={colCount} className="actions-cell">
          <span className="visually-hidden">{t('table.actions')}</span>
        </div>
      </div>
      <div className="table-body" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }} role="rowgroup">
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const refused = refusal?.rowId === row.id ? refusal : null;
          return (
            <GridRow
              key={row.id}
              row={row}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              height={ROW_HEIGHT}
              columns={columns}
              headings={headings}
              template={template}
              width={width}
              activeCol={item.index === cell.row ? cell.col : null}
              editingCol={editing?.row === item.index ? editing.col : null}
              refusal={refused}
              actions={actions}
            />
          );
        })}
      </div>
    </div>
  );
}
