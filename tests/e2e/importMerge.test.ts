/**
 * The import report's merge step in a real headless Chromium: a published
 * exchange list (blank quantities, a `source` column) that spells one
 * enterprise two ways is imported; the report lists the probable duplicates
 * with their rows and merges nothing until asked. Merging one group reads
 * the file again (its warning goes, one enterprise fewer is created) and
 * confirming replaces the open model with it; in the other test the user
 * merges, changes their mind, keeps them apart and opens the list as a new
 * model. Screenshots: test-artifacts/e2e/import-merge.png (merged) and
 * import-merge-pending.png (a choice not yet applied).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, freshContexts } from './browser.ts';

const enabled = chromiumAvailable();

const CSV = `from,to,material,category,quantity,unit,year,source
Asnaes Power Station,Statoil Refinery,steam,energy,,,1982,Jacobsen 2006
Asnæs power station,Novo Nordisk,steam,,,,1982,Jacobsen 2006
Asnæs power station,Gyproc,fly ash,by-product,,,1993,Jacobsen 2006
Statoil Refinery,Gyproc,gas,,,,1972,Ehrenfeld & Gertler 1997
Novo Nordisk,Farmers,sludge,waste,,,1976,Jacobsen 2006
Asnæs power station,Fish farm,heat,energy,,,1989,
Statoil refinery,Kemira,sulphur,,,,1990,
`;
/** Asnaes/Asnæs, Statoil Refinery/refinery, Novo Nordisk, Gyproc, Farmers, Fish farm, Kemira. */
const ENTERPRISES = 9;

describe.runIf(enabled)('merging probable duplicate names in the import report', () => {
  const app = freshContexts();
  const created = (page: Page) => page.innerText('[data-testid="import-enterprises-created"] strong');
  const duplicateWarnings = (page: Page) =>
    page.locator('[data-testid="import-problem"]', { hasText: '疑似同一企业的不同写法' }).allInnerTexts();
  const groups = (page: Page) => page.locator('[data-testid="merge-group"]');
  const asnaes = (page: Page) => groups(page).nth(0);

  /** Opens the import dialog on the exchange list and waits for its report with the merge step. */
  async function importList(page: Page): Promise<void> {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.click('[data-testid="import-button"]');
    await page.waitForSelector('[data-testid="import-dialog"][open]');
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'kalundborg-list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    await page.waitForSelector('[data-testid="merge-step"]', { timeout: 30_000 });
  }
  /** Applies the choices and waits until the report was read again. */
  async function apply(page: Page, enterprises: number): Promise<void> {
    await page.click('[data-testid="merge-apply"]');
    await expect.poll(() => created(page), { timeout: 30_000 }).toBe(String(enterprises));
    await expect.poll(() => page.isDisabled('[data-testid="merge-apply"]')).toBe(true);
  }
  /** The enterprises of the open model, from the table view's count. */
  async function enterpriseCount(page: Page): Promise<string> {
    await page.click('[data-testid="tables-button"]');
    await page.click('[data-testid="table-tab-enterprises"]');
    await page.waitForSelector('[data-testid="table-row"]');
    return page.innerText('[data-testid="table-count"]');
  }

  it('lists the spellings with their rows, merges one group under the most frequent one, and replaces the model', async () => {
    const page = await app.open();
    await importList(page);

    // Listed, with the rows of each spelling; nothing merged yet.
    expect(await groups(page).count()).toBe(2);
    expect(await asnaes(page).locator('[data-testid="merge-spelling"]').allInnerTexts()).toEqual([
      'Asnaes Power Station 第 2 行',
      'Asnæs power station 第 3–4、7 行',
    ]);
    expect(await asnaes(page).locator('[data-testid="merge-keep"]').isChecked()).toBe(true);
    expect(await asnaes(page).locator('[data-testid="merge-target"]').inputValue()).toBe('Asnæs power station');
    expect(await created(page)).toBe(String(ENTERPRISES));
    expect(await duplicateWarnings(page)).toHaveLength(2);
    expect(await page.isDisabled('[data-testid="import-confirm"]')).toBe(false);

    // A choice not yet applied: the report still shows the previous reading, so confirming waits.
    await asnaes(page).locator('[data-testid="merge-merge"]').check();
    await page.waitForSelector('[data-testid="merge-pending"]');
    expect(await page.isDisabled('[data-testid="import-confirm"]')).toBe(true);
    await page.locator('[data-testid="merge-step"]').evaluate((step) => step.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${ARTIFACTS}/import-merge-pending.png` });

    await apply(page, ENTERPRISES - 1);
    expect(await asnaes(page).locator('[data-testid="merge-status"]').innerText()).toBe(
      '已合并为“Asnæs power station”',
    );
    const left = await duplicateWarnings(page);
    expect(left).toHaveLength(1);
    expect(left[0]).toContain('Statoil refinery');
    expect(await page.locator('[data-testid="import-problem"][data-severity="error"]').count()).toBe(0);
    // The other group is still listed, kept apart.
    expect(await groups(page).nth(1).locator('[data-testid="merge-keep"]').isChecked()).toBe(true);
    expect(await page.isDisabled('[data-testid="import-confirm"]')).toBe(false);
    await page.locator('[data-testid="merge-step"]').evaluate((step) => step.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${ARTIFACTS}/import-merge.png` });

    expect(await page.isChecked('[data-testid="import-apply-replace"]')).toBe(true);
    await page.click('[data-testid="import-confirm"]');
    await expect.poll(() => page.locator('[data-testid="import-dialog"]').isVisible()).toBe(false);
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toContain('导入 kalundborg-list.csv');
    expect(await enterpriseCount(page)).toBe(`显示 ${ENTERPRISES - 1} / ${ENTERPRISES - 1} 行`);
    expect(app.errors).toEqual([]);
  });

  it('keeps them apart when the user changes their mind, and opens the list as a new model', async () => {
    const page = await app.open();
    await importList(page);
    await asnaes(page).locator('[data-testid="merge-target"]').selectOption('Asnaes Power Station');
    // Picking a name is choosing to merge under it.
    expect(await asnaes(page).locator('[data-testid="merge-merge"]').isChecked()).toBe(true);
    await apply(page, ENTERPRISES - 1);
    expect(await page.innerText('[data-testid="import-enterprises-created"]')).toContain('Asnaes Power Station');

    await asnaes(page).locator('[data-testid="merge-keep"]').check();
    await apply(page, ENTERPRISES);
    expect(await asnaes(page).locator('[data-testid="merge-status"]').count()).toBe(0);
    expect(await duplicateWarnings(page)).toHaveLength(2);

    await page.check('[data-testid="import-apply-new"]');
    await page.click('[data-testid="import-confirm"]');
    await expect.poll(() => page.innerText('[data-testid="open-model-name"]')).toBe('kalundborg-list');
    expect(await enterpriseCount(page)).toBe(`显示 ${ENTERPRISES} / ${ENTERPRISES} 行`);
    expect(app.errors).toEqual([]);
  });
});
