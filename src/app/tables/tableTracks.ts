/**
 * The table grid's column tracks. Every row is a CSS grid of its own (the
 * rows are virtualised), so the tracks must come from one state and never
 * from a row's content, or rows would not line up: each column has a
 * definite width in pixels — its default, or the width the user dragged it
 * to — decided before the first paint. A flexible empty track before the
 * buttons takes the width left over, so the buttons sit at the right edge
 * and a resized column moves only the columns after it. When the columns
 * are wider than the panel the grid scrolls sideways. Text longer than its
 * column is cut with an ellipsis.
 */
import type { TableColumn } from './tables.ts';
import { ATTRIBUTE_COLUMN_PREFIX } from './flowTableExtras.ts';

/** rem: the narrowest a column may be dragged, and its width until it is. */
interface Track {
  readonly min: number;
  readonly initial: number;
}

const TRACKS: Readonly<Record<string, Track>> = {
  id: { min: 5, initial: 10 },
  nameZh: { min: 6, initial: 15 },
  nameEn: { min: 6, initial: 19 },
  cluster: { min: 6, initial: 14 },
  role: { min: 5, initial: 8 },
  // Wide enough for the header (输入项数, "Outputs") and its sort arrow.
  inputs: { min: 4, initial: 6.5 },
  outputs: { min: 4, initial: 6.5 },
  category: { min: 5, initial: 8 },
  hazardousWasteCode: { min: 5, initial: 7.5 },
  from: { min: 6, initial: 12 },
  to: { min: 6, initial: 12 },
  material: { min: 6, initial: 10 },
  quantity: { min: 4, initial: 7 },
  unit: { min: 3.5, initial: 5 },
  status: { min: 4, initial: 5.5 },
  // The header's width (估算, "Estimated"), not the tick's.
  estimated: { min: 3.5, initial: 7.5 },
  // Wide enough for the header (起始年份, "Start year") and its sort arrow, not for the four digits.
  startYear: { min: 4, initial: 6 },
  endYear: { min: 4, initial: 6 },
  // A citation runs to a sentence: the widest default, its whole text in the cell's tooltip.
  source: { min: 6, initial: 16 },
};
const ATTRIBUTE_TRACK: Track = { min: 5, initial: 9 };
const DEFAULT_TRACK: Track = { min: 5, initial: 8 };
/** No column wider than this: a slip of the mouse must not push the rest of the table a screen away. */
const MAX_REM = 60;
/** The last column, with the edit and delete buttons. */
export const ACTIONS_REM = 8.5;

/** A column's width limits and default, in pixels. */
export interface TrackLimits {
  readonly min: number;
  readonly initial: number;
  readonly max: number;
}

/** The widths the user chose, in pixels, by column key; a column not here has its default width. */
export type ColumnWidths = Readonly<Record<string, number>>;

export function trackLimits(key: string, remPx: number): TrackLimits {
  const track = TRACKS[key] ?? (key.startsWith(ATTRIBUTE_COLUMN_PREFIX) ? ATTRIBUTE_TRACK : DEFAULT_TRACK);
  return { min: track.min * remPx, initial: track.initial * remPx, max: MAX_REM * remPx };
}

/** A column's width in whole pixels: the chosen one within the column's limits, else the default. */
export function columnWidth(key: string, widths: ColumnWidths, remPx: number): number {
  const limits = trackLimits(key, remPx);
  const chosen = widths[key];
  return Math.round(chosen === undefined ? limits.initial : clamp(chosen, limits));
}

export function clamp(width: number, limits: TrackLimits): number {
  return Math.min(Math.max(width, limits.min), limits.max);
}

/** The grid template shared by the header and every row, and the rows' width. */
export function gridTracks(
  columns: readonly TableColumn[],
  widths: ColumnWidths,
  remPx: number,
): { readonly template: string; readonly width: string } {
  const pixels = columns.map((c) => columnWidth(c.key, widths, remPx));
  const actions = Math.round(ACTIONS_REM * remPx);
  const total = pixels.reduce((sum, w) => sum + w, actions);
  return {
    template: [...pixels.map((w) => `${w}px`), 'minmax(0, 1fr)', `${actions}px`].join(' '),
    width: `max(100%, ${total}px)`,
  };
}
