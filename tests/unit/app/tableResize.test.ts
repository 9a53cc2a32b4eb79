// @vitest-environment jsdom
/**
 * Resizing a table column in the rendered table view: the header and every
 * row take their tracks from one state, so a width set with the handle's
 * keys reaches all of them at once; the handle is a focusable vertical
 * separator with its width as its value; a double click restores the
 * default; and the width outlives closing the table view.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticPark } from '../../../bench/syntheticPark.ts';
import type { CommitResult } from '../../../src/app/model/history.ts';
import { TableView } from '../../../src/app/tables/TableView.tsx';
import { RESIZE_STEP } from '../../../src/app/tables/columnWidths.ts';
import { trackLimits } from '../../../src/app/tables/tableTracks.ts';
import { layOutAsAGrid } from '../../fixtures/jsdomGridLayout.ts';

const model = syntheticPark({ enterprises: 30, flows: 60 });
const onEdit = (): CommitResult => ({ ok: false, errors: [] });
/** jsdom has no stylesheet: the root font is the browser's default. */
const REM = 16;

layOutAsAGrid();
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const templates = () =>
  [...document.querySelectorAll<HTMLElement>('[role="row"]')].map((row) => row.style.gridTemplateColumns);

describe('resizing a table column', () => {
  it('gives the header and every row the new width at once, from the handle’s keys', () => {
    render(createElement(TableView, { model, onEdit }));
    const handle = screen.getByTestId('resize-nameZh');
    const initial = trackLimits('nameZh', REM).initial;
    expect(handle.getAttribute('role')).toBe('separator');
    expect(handle.getAttribute('aria-orientation')).toBe('vertical');
    expect(handle.tabIndex).toBe(0);
    expect(handle.getAttribute('aria-valuenow')).toBe(String(initial));
    expect(handle.getAttribute('aria-label')).toContain('Name (zh)');
    expect(new Set(templates()).size).toBe(1);
    expect(templates().length).toBeGreaterThan(10);

    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(handle.getAttribute('aria-valuenow')).toBe(String(initial + 2 * RESIZE_STEP));
    const after = new Set(templates());
    expect(after.size).toBe(1);
    expect([...after][0]!.split(' ')[1]).toBe(`${initial + 2 * RESIZE_STEP}px`);

    fireEvent.doubleClick(handle);
    expect(handle.getAttribute('aria-valuenow')).toBe(String(initial));
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(handle.getAttribute('aria-valuenow')).toBe(String(trackLimits('nameZh', REM).min));
  });

  it('keeps each table’s widths when the view is closed and opened again, and after a reload', () => {
    const view = render(createElement(TableView, { model, onEdit }));
    fireEvent.keyDown(screen.getByTestId('resize-id'), { key: 'End' });
    fireEvent.click(screen.getByTestId('table-tab-flows'));
    // The flows have widths of their own.
    expect(screen.getByTestId('resize-id').getAttribute('aria-valuenow')).toBe(String(trackLimits('id', REM).initial));
    view.unmount();
    render(createElement(TableView, { model, onEdit }));
    const max = String(trackLimits('id', REM).max);
    expect(screen.getByTestId('resize-id').getAttribute('aria-valuenow')).toBe(max);
    expect(JSON.parse(localStorage.getItem('symbiograph.columnWidths')!).enterprises.id).toBe(Number(max));
  });
});
