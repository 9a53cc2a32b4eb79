/**
 * The widths the user gave the table columns: dragging a header's edge or
 * pressing keys on it (the WAI-ARIA window-splitter keys), per table, kept
 * in localStorage so a reload finds them. Pure except for the storage,
 * which is passed in.
 */
import { clamp, type ColumnWidths, type TrackLimits } from './tableTracks.ts';
import { TABLES, type TableKind } from './tables.ts';

/** One arrow press: about one character of the table's text. */
export const RESIZE_STEP = 16;
/** Shift with an arrow: a bigger step, for crossing a wide range quickly. */
export const RESIZE_BIG_STEP = 64;

export type TableWidths = Readonly<Record<TableKind, ColumnWidths>>;

export const NO_WIDTHS: TableWidths = { enterprises: {}, materials: {}, flows: {} };

/** The widths with one column set to `width`, kept within its limits, in whole pixels. */
export function resizeColumn(widths: ColumnWidths, key: string, width: number, limits: TrackLimits): ColumnWidths {
  return { ...widths, [key]: Math.round(clamp(width, limits)) };
}

/** The widths with one column back at its default. */
export function resetColumn(widths: ColumnWidths, key: string): ColumnWidths {
  return Object.fromEntries(Object.entries(widths).filter(([k]) => k !== key));
}

export interface ResizeKey {
  readonly key: string;
  readonly shiftKey: boolean;
}

/**
 * What a key pressed on a column's resize handle does: a new width, 'reset'
 * to the default, or null when the key is not for the handle. Arrows step,
 * Home and End go to the narrowest and widest (as a window splitter does),
 * Enter restores the default (as a double click does).
 */
export function keyedWidth(event: ResizeKey, current: number, limits: TrackLimits): number | 'reset' | null {
  const step = event.shiftKey ? RESIZE_BIG_STEP : RESIZE_STEP;
  switch (event.key) {
    case 'ArrowLeft':
      return clamp(current - step, limits);
    case 'ArrowRight':
      return clamp(current + step, limits);
    case 'Home':
      return limits.min;
    case 'End':
      return limits.max;
    case 'Enter':
      return 'reset';
    default:
      return null;
  }
}

export const COLUMN_WIDTHS_STORAGE_KEY = 'symbiograph.columnWidths';

/** The part of Storage used here, so tests can pass a plain object. */
export interface WidthStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The stored widths; whatever is not a table's column width (an old or hand-edited entry) is left out. */
export function loadColumnWidths(storage: WidthStorage | undefined): TableWidths {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(COLUMN_WIDTHS_STORAGE_KEY) ?? 'null');
  } catch {
    // Unreadable storage or text: the defaults are a fine start.
    return NO_WIDTHS;
  }
  if (!isRecord(stored)) return NO_WIDTHS;
  const widthsOf = (value: unknown): ColumnWidths =>
    isRecord(value)
      ? Object.fromEntries(
          Object.entries(value).filter((entry): entry is [string, number] => {
            const width = entry[1];
            return typeof width === 'number' && Number.isFinite(width) && width > 0;
          }),
        )
      : {};
  return Object.fromEntries(TABLES.map((table) => [table, widthsOf(stored[table])])) as Record<TableKind, ColumnWidths>;
}

export function saveColumnWidths(storage: WidthStorage | undefined, widths: TableWidths): void {
  try {
    storage?.setItem(COLUMN_WIDTHS_STORAGE_KEY, JSON.stringify(widths));
  } catch {
    // Full or forbidden storage: the widths still last until the page closes.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
