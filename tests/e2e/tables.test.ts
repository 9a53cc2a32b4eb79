/**
 * The table view in a real headless Chromium: sorting flows by quantity,
 * filtering enterprises by a Chinese name, an inline edit that survives a
 * reload and is undone with Ctrl+Z, deleting an enterprise with its flows
 * rerouted to the park boundary, and a refused edit that changes nothing.
 * Every test has its own browser context, so IndexedDB starts empty.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, freshContexts } from './browser.ts';
import { compareQuantities, quantityKey, type QuantityKey } from '../../src/core/model/quantityOrder.ts';

const enabled = chromiumAvailable();
const VOLVO = '沃尔沃建筑设备(临沂)';
const EDITED = '沃尔沃(临沂)';

describe.runIf(enabled)('the table view', () => {
  const app = freshContexts();
  const openFresh = () => app.open();
  const errors = app.errors;
  const ready = (page: Page) => page.waitForSelector('[data-testid="network"] canvas');
  const openTables = async (page: Page, tab: 'enterprises' | 'materials' | 'flows') => {
    if ((await page.locator('[data-testid="table-view"]').count()) === 0)
      await page.click('[data-testid="tables-button"]');
    await page.click(`[data-testid="table-tab-${tab}"]`);
    await page.waitForSelector('[data-testid="table-row"]');
  };
  const filter = (page: Page, text: string) => page.fill('[data-testid="table-filter"]', text);
  const cell = (page: Page, row: string, key: string) =>
    page.locator(`[data-testid="table-row"][data-row-id="${row}"] [data-key="${key}"]`);
  const rowIds = (page: Page) =>
    page.locator('[data-testid="table-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
  const savedState = (page: Page) => page.getAttribute('[data-testid="save-status"]', 'data-state');

  it('sorts, filters, edits inline over a reload, and undoes with Ctrl+Z', async () => {
    const page = await openFresh();
    await openTables(page, 'flows');
    // Each row's quantity with its unit: the sort compares within a dimension, converted, and groups dimensions.
    const quantities = async () => {
      const values = await page
        .locator('[data-testid="table-row"] [data-key="quantity"]')
        .evaluateAll((cells) => cells.map((c) => Number(c.textContent!.replace(/[^\d.]/g, ''))));
      const units = await page
        .locator('[data-testid="table-row"] [data-key="unit"]')
        .evaluateAll((cells) => cells.map((c) => c.textContent!.trim()));
      return values.map((value, i) => quantityKey(value, units[i]));
    };
    const sortedBy = (direction: 1 | -1) => (keys: readonly QuantityKey[]) =>
      [...keys].sort((a, b) => compareQuantities(a, b, direction));
    await page.click('[data-testid="sort-quantity"]');
    const ascending = await quantities();
    expect(ascending.length).toBeGreaterThan(5);
    expect(ascending).toEqual(sortedBy(1)(ascending));
    await page.click('[data-testid="sort-quantity"]');
    const descending = await quantities();
    expect(descending).toEqual(sortedBy(-1)(descending));
    // Mass flows (t/a, kt/a) come first both ways: the dimensions never interleave.
    expect(descending[0]?.group).toBe(0);
    expect(await page.getAttribute('[role="columnheader"]:has([data-testid="sort-quantity"])', 'aria-sort')).toBe(
      'descending',
    );

    await openTables(page, 'enterprises');
    await filter(page, '沃尔沃');
    await expect.poll(() => rowIds(page)).toEqual(['volvo-ce']);

    // Keyboard: the active cell moves with the arrows, Enter edits, Enter saves.
    await cell(page, 'volvo-ce', 'id').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('nameZh');
    await page.keyboard.press('Enter');
    await page.fill('[data-testid="cell-editor"]', EDITED);
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'volvo-ce', 'nameZh').innerText()).toBe(EDITED);
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toContain(EDITED);
    await expect.poll(() => savedState(page)).toBe('saved');

    await page.reload();
    await ready(page);
    await openTables(page, 'enterprises');
    await filter(page, '沃尔沃');
    await expect.poll(() => cell(page, 'volvo-ce', 'nameZh').innerText()).toBe(EDITED);

    await cell(page, 'volvo-ce', 'nameZh').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => cell(page, 'volvo-ce', 'nameZh').innerText()).toBe(VOLVO);
    // Closing the tables finds the explorer as it was.
    await page.click('[data-testid="table-close"]');
    await ready(page);
    expect(errors).toEqual([]);
  });

  it('deletes an enterprise with its flows rerouted to the boundary, and refuses a negative quantity', async () => {
    const page = await openFresh();
    await openTables(page, 'enterprises');
    await filter(page, '富源热电');
    await expect.poll(() => rowIds(page)).toEqual(['fuyuan-chp']);
    await page.click('[data-testid="table-row"][data-row-id="fuyuan-chp"] [data-testid="delete-row"]');
    await page.waitForSelector('[data-testid="delete-dialog"][open]');
    await page.click('[data-testid="delete-reroute"]');
    await expect.poll(() => rowIds(page)).toEqual([]);

    await openTables(page, 'flows');
    // Steam cannot be bought from outside: Volvo's steam flow goes, and its need is left unmet.
    await filter(page, 'f-236');
    await expect.poll(() => rowIds(page)).toEqual([]);
    // What it received now goes out of the park: the reclaimed water it took is discharged (water without its user
    // goes to disposal, the rule scenario closures and the resilience analysis follow too; it used to be sold).
    await filter(page, 'f-270');
    await expect.poll(() => cell(page, 'f-270', 'to').innerText()).toBe('处置(填埋/排放)');
    // Its own trade with the boundary is gone, and no flow names it any more.
    await filter(page, 'f-054');
    await expect.poll(() => rowIds(page)).toEqual([]);
    await filter(page, '富源热电');
    await expect.poll(() => rowIds(page)).toEqual([]);
    const undoTitle = await page.getAttribute('[data-testid="undo"]', 'title');
    expect(undoTitle).toContain('富源热电');

    // A negative quantity: core validation refuses it, the message is at the cell, nothing changes.
    await filter(page, 'f-001');
    await cell(page, 'f-001', 'quantity').dblclick();
    await page.fill('[data-testid="cell-editor"]', '-5');
    await page.keyboard.press('Enter');
    const error = page.locator('[data-testid="table-row"][data-row-id="f-001"] [data-testid="cell-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('数量不能为负');
    // The cell is the place: no model path (flows[0].quantity) repeats it.
    expect(await error.innerText()).not.toContain('flows[');
    expect(await cell(page, 'f-001', 'quantity').getAttribute('aria-invalid')).toBe('true');
    expect(await cell(page, 'f-001', 'quantity').locator('.cell-text').innerText()).toBe('25,000');
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toBe(undoTitle);
    await page.screenshot({ path: `${ARTIFACTS}/tables.png` });

    // The delete is one step: undo brings the enterprise and its flows back.
    await page.keyboard.press('Escape');
    await page.click('[data-testid="undo"]');
    await filter(page, 'f-054');
    await expect.poll(() => rowIds(page)).toEqual(['f-054']);
    expect(errors).toEqual([]);
  });
});
