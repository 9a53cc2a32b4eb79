/**
 * Resizable table columns, the pure parts: a width kept within the column's
 * limits, the resize handle's keys, a reset, the grid template the header
 * and every row share, the widths read back from storage whatever is there,
 * and how far the grid scrolls sideways to show the cell the keys moved to.
 */
import { describe, expect, it } from 'vitest';
import {
  COLUMN_WIDTHS_STORAGE_KEY,
  NO_WIDTHS,
  RESIZE_BIG_STEP,
  RESIZE_STEP,
  keyedWidth,
  loadColumnWidths,
  resetColumn,
  resizeColumn,
  saveColumnWidths,
} from '../../../src/app/tables/columnWidths.ts';
import { scrollLeftToShow } from '../../../src/app/tables/gridKeys.ts';
import { columnWidth, gridTracks, trackLimits } from '../../../src/app/tables/tableTracks.ts';
import type { TableColumn } from '../../../src/app/tables/tables.ts';

const REM = 16;
const name = trackLimits('nameZh', REM);
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });
const columns: readonly TableColumn[] = [
  { key: 'id', kind: 'text' },
  { key: 'nameZh', kind: 'text' },
  { key: 'attribute:page', kind: 'text' },
];

/** A Storage stand-in over a plain map; `failing` throws as a full or forbidden storage does. */
function memoryStorage(failing = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => {
      if (failing) throw new Error('forbidden');
      return items.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (failing) throw new Error('full');
      items.set(k, v);
    },
  };
}

describe('column widths', () => {
  it('gives each column a minimum below its default and a maximum, in pixels of the root font', () => {
    expect(name).toEqual({ min: 6 * REM, initial: 15 * REM, max: 60 * REM });
    expect(trackLimits('nameZh', 14).initial).toBe(15 * 14);
    // Columns it does not know (an imported attribute, a future column) still get limits.
    expect(trackLimits('attribute:page', REM).initial).toBe(9 * REM);
    expect(trackLimits('something-new', REM).min).toBeGreaterThan(0);
  });

  it('resizes within the column’s limits, in whole pixels, and resets to the default', () => {
    expect(resizeColumn({}, 'nameZh', 300.4, name)).toEqual({ nameZh: 300 });
    expect(resizeColumn({}, 'nameZh', 10, name)).toEqual({ nameZh: name.min });
    expect(resizeColumn({}, 'nameZh', -500, name)).toEqual({ nameZh: name.min });
    expect(resizeColumn({}, 'nameZh', 1e6, name)).toEqual({ nameZh: name.max });
    const widths = resizeColumn({ id: 120 }, 'nameZh', 300, name);
    expect(widths).toEqual({ id: 120, nameZh: 300 });
    expect(resetColumn(widths, 'nameZh')).toEqual({ id: 120 });
    expect(columnWidth('nameZh', resetColumn(widths, 'nameZh'), REM)).toBe(name.initial);
  });

  it('steps with the arrows (bigger with Shift), goes to the ends with Home and End, restores with Enter', () => {
    expect(keyedWidth(key('ArrowRight'), 240, name)).toBe(240 + RESIZE_STEP);
    expect(keyedWidth(key('ArrowLeft'), 240, name)).toBe(240 - RESIZE_STEP);
    expect(keyedWidth(key('ArrowRight', true), 240, name)).toBe(240 + RESIZE_BIG_STEP);
    // Never past the minimum however often the key is pressed.
    expect(keyedWidth(key('ArrowLeft'), name.min + 4, name)).toBe(name.min);
    expect(keyedWidth(key('ArrowLeft', true), name.min, name)).toBe(name.min);
    expect(keyedWidth(key('ArrowRight'), name.max, name)).toBe(name.max);
    expect(keyedWidth(key('Home'), 240, name)).toBe(name.min);
    expect(keyedWidth(key('End'), 240, name)).toBe(name.max);
    expect(keyedWidth(key('Enter'), 240, name)).toBe('reset');
    expect(keyedWidth(key('ArrowUp'), 240, name)).toBeNull();
    expect(keyedWidth(key('a'), 240, name)).toBeNull();
  });

  it('makes one template from the widths: definite tracks, the spare width before the buttons', () => {
    expect(gridTracks(columns, {}, REM)).toEqual({
      template: '160px 240px 144px minmax(0, 1fr) 136px',
      width: 'max(100%, 680px)',
    });
    // A resized column changes its own track and the total, nothing else.
    expect(gridTracks(columns, { nameZh: 320 }, REM)).toEqual({
      template: '160px 320px 144px minmax(0, 1fr) 136px',
      width: 'max(100%, 760px)',
    });
    // A stored width out of today's limits (a hand-edited storage, changed limits) is clamped, not trusted.
    expect(gridTracks(columns, { nameZh: 3 }, REM).template).toBe('160px 96px 144px minmax(0, 1fr) 136px');
  });

  it('stores the widths per table and reads back only widths', () => {
    const storage = memoryStorage();
    expect(loadColumnWidths(storage)).toEqual(NO_WIDTHS);
    const widths = { ...NO_WIDTHS, flows: { source: 400 } };
    saveColumnWidths(storage, widths);
    expect(loadColumnWidths(storage)).toEqual(widths);

    storage.items.set(
      COLUMN_WIDTHS_STORAGE_KEY,
      JSON.stringify({ enterprises: { id: 'wide', nameZh: -3, nameEn: 250, role: null }, flows: [1], other: {} }),
    );
    expect(loadColumnWidths(storage)).toEqual({ enterprises: { nameEn: 250 }, materials: {}, flows: {} });
    storage.items.set(COLUMN_WIDTHS_STORAGE_KEY, '{not json');
    expect(loadColumnWidths(storage)).toEqual(NO_WIDTHS);
    storage.items.set(COLUMN_WIDTHS_STORAGE_KEY, '[]');
    expect(loadColumnWidths(storage)).toEqual(NO_WIDTHS);

    // Forbidden or full storage: the defaults, and no error.
    expect(loadColumnWidths(memoryStorage(true))).toEqual(NO_WIDTHS);
    expect(() => saveColumnWidths(memoryStorage(true), widths)).not.toThrow();
    expect(loadColumnWidths(undefined)).toEqual(NO_WIDTHS);
  });
});

describe('scrolling sideways to the active cell', () => {
  const view = { scrollLeft: 200, width: 800, coveredRight: 136 };

  it('leaves a cell in view where it is', () => {
    expect(scrollLeftToShow({ left: 200, width: 100 }, view)).toBeNull();
    expect(scrollLeftToShow({ left: 700, width: 164 }, view)).toBeNull();
  });

  it('brings a cell scrolled off to the left to the left edge', () => {
    expect(scrollLeftToShow({ left: 150, width: 100 }, view)).toBe(150);
  });

  it('brings a cell behind the buttons out from under them', () => {
    // Visible: 200 to 864 (800 wide, less the 136 px of buttons); the cell ends at 900.
    expect(scrollLeftToShow({ left: 800, width: 100 }, view)).toBe(236);
  });

  it('shows the start of a cell wider than the view', () => {
    expect(scrollLeftToShow({ left: 1000, width: 900 }, view)).toBe(1000);
  });
});
