/**
 * The column widths of the three tables for the session: they outlive the
 * table view being closed and reopened, and localStorage brings them back
 * after a reload. Also the root font size, which turns the tracks' rem into
 * the pixels a drag moves by.
 */
import { useEffect, useState } from 'react';
import type { ColumnWidths } from './tableTracks.ts';
import type { TableKind } from './tables.ts';
import { loadColumnWidths, saveColumnWidths, type TableWidths, type WidthStorage } from './columnWidths.ts';

/** The widths last set in this page, read from storage once. */
let session: TableWidths | undefined;

export function useColumnWidths(): readonly [
  TableWidths,
  (table: TableKind, change: (widths: ColumnWidths) => ColumnWidths) => void,
] {
  const [widths, setWidths] = useState(() => (session ??= loadColumnWidths(browserStorage())));
  useEffect(() => {
    if (widths === session) return;
    session = widths;
    saveColumnWidths(browserStorage(), widths);
  }, [widths]);
  const change = (table: TableKind, update: (widths: ColumnWidths) => ColumnWidths) =>
    setWidths((all) => ({ ...all, [table]: update(all[table]) }));
  return [widths, change];
}

/** Pixels in one rem, read once before the grid's first paint (the stylesheet sets it; no content is measured). */
export function useRemPx(): number {
  const [remPx] = useState(() => {
    const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
    return Number.isFinite(px) && px > 0 ? px : 16;
  });
  return remPx;
}

/** localStorage, unless the browser forbids even touching it. */
function browserStorage(): WidthStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
