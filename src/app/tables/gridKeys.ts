/**
 * Moving the active cell of a data grid with the keyboard, as the WAI-ARIA
 * grid pattern describes: arrows by one cell, Home/End to the row's ends
 * (with Ctrl to the grid's corners), Page Up/Down by a page. Pure.
 */

export interface GridCell {
  readonly row: number;
  readonly col: number;
}

export interface GridSize {
  readonly rows: number;
  readonly cols: number;
  /** Rows in one page (Page Up/Down). */
  readonly page: number;
}

export interface GridKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** The cell a key moves to, or null when the key does not move the active cell. */
export function moveActiveCell(active: GridCell, event: GridKey, size: GridSize): GridCell | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const clamp = (row: number, col: number): GridCell => ({
    row: Math.min(Math.max(row, 0), size.rows - 1),
    col: Math.min(Math.max(col, 0), size.cols - 1),
  });
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowUp':
      return clamp(active.row - 1, active.col);
    case 'ArrowDown':
      return clamp(active.row + 1, active.col);
    case 'ArrowLeft':
      return clamp(active.row, active.col - 1);
    case 'ArrowRight':
      return clamp(active.row, active.col + 1);
    case 'Home':
      return clamp(ctrl ? 0 : active.row, 0);
    case 'End':
      return clamp(ctrl ? size.rows - 1 : active.row, size.cols - 1);
    case 'PageUp':
      return clamp(active.row - Math.max(1, size.page), active.col);
    case 'PageDown':
      return clamp(active.row + Math.max(1, size.page), active.col);
    default:
      return null;
  }
}

/** A cell's place along its row, in pixels from the row's start. */
export interface CellSpan {
  readonly left: number;
  readonly width: number;
}

/** The grid's scroll box: what is scrolled off to the left, how wide it is, and how much the sticky buttons cover. */
export interface ScrollView {
  readonly scrollLeft: number;
  readonly width: number;
  readonly coveredRight: number;
}

/**
 * The scrollLeft that shows the whole of a cell the keyboard moved to (its
 * start when it is wider than the view), or null when it is in view. The
 * buttons column stays at the right edge over the cells, so a cell behind it
 * is not in view.
 */
export function scrollLeftToShow(cell: CellSpan, view: ScrollView): number | null {
  const visible = Math.max(view.width - view.coveredRight, 0);
  if (cell.left < view.scrollLeft) return cell.left;
  if (cell.left + cell.width <= view.scrollLeft + visible) return null;
  return cell.width > visible ? cell.left : cell.left + cell.width - visible;
}
