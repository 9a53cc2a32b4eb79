/**
 * The table grid's column tracks. Every row is a CSS grid of its own (the
 * rows are virtualised), so the tracks must not depend on a row's content,
 * or rows would not line up: each column has a minimum width and a share of
 * the spare width, and every row is given the same definite width — the
 * panel's, or the sum of the minimums when that is wider (the grid then
 * scrolls sideways). Text longer than its column is cut with an ellipsis.
 */
import type { TableColumn } from './tables.ts';
import { ATTRIBUTE_COLUMN_PREFIX } from './flowTableExtras.ts';

interface Track {
  /** rem */
  readonly min: number;
  /** Share of the width left over once every column has its minimum. */
  readonly share: number;
}

const TRACKS: Readonly<Record<string, Track>> = {
  id: { min: 7, share: 1 },
  nameZh: { min: 10, share: 2 },
  nameEn: { min: 12, share: 2 },
  cluster: { min: 9, share: 1.5 },
  role: { min: 7, share: 1 },
  inputs: { min: 5.5, share: 0.5 },
  outputs: { min: 5.5, share: 0.5 },
  category: { min: 6, share: 1 },
  hazardousWasteCode: { min: 7.5, share: 0.5 },
  from: { min: 9, share: 2 },
  to: { min: 9, share: 2 },
  material: { min: 8, share: 1.5 },
  quantity: { min: 6, share: 1 },
  unit: { min: 5, share: 0.5 },
  status: { min: 5.5, share: 0.5 },
  estimated: { min: 5, share: 0.3 },
  // Wide enough for the header (起始年份, "Start year") and its sort arrow, not for the four digits.
  startYear: { min: 6, share: 0.3 },
  endYear: { min: 6, share: 0.3 },
  // A citation runs to a sentence: the widest share, its whole text in the cell's tooltip.
  source: { min: 12, share: 3 },
};
const ATTRIBUTE_TRACK: Track = { min: 8, share: 1.5 };
const DEFAULT_TRACK: Track = { min: 6, share: 1 };
/** The last column, with the edit and delete buttons. */
const ACTIONS_REM = 8.5;

export function gridTracks(columns: readonly TableColumn[]): { readonly template: string; readonly width: string } {
  const tracks = columns.map(
    (c) => TRACKS[c.key] ?? (c.key.startsWith(ATTRIBUTE_COLUMN_PREFIX) ? ATTRIBUTE_TRACK : DEFAULT_TRACK),
  );
  const min = tracks.reduce((sum, t) => sum + t.min, ACTIONS_REM);
  return {
    template: [...tracks.map((t) => `minmax(${t.min}rem, ${t.share}fr)`), `${ACTIONS_REM}rem`].join(' '),
    width: `max(100%, ${min}rem)`,
  };
}
