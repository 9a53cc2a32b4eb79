/**
 * A published exchange list's citations and years in a real headless
 * Chromium: the Kalundborg example opened from the model library, its flows
 * table with the start year and the cited source (cut, the whole citation
 * in a tooltip), a quantity emptied into a structural exchange, and a flow
 * clicked on the network whose inspector names its source and year.
 * Screenshots at 1440×900 go to test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, freshContexts } from './browser.ts';

const enabled = chromiumAvailable();
const BOOK = 'Sustainable Industrial Design and Waste Management';
// Kalundborg's flows as the import numbers them: surface water bought in by the refinery (1961), fly ash to cement.
const WATER = 'f-2';
const FLY_ASH = 'f-14';

/** Moves the pointer across the middle of the line between two actors until the tooltip names `material`. */
async function pointAtFlow(page: Page, from: string, to: string, material: string): Promise<void> {
  const box = (await page.locator('[data-testid="network"]').boundingBox())!;
  const [a, b] = await page.evaluate(
    (ids) => ids.map((id) => window.__symbiographNetwork!.viewportOf(id)!),
    [from, to],
  );
  const x = box.x + (a!.x + b!.x) / 2;
  const y = box.y + (a!.y + b!.y) / 2;
  for (const offset of [0, 1, -1, 2, -2, 3, -3]) {
    await page.mouse.move(x, y + offset);
    const tip = page.locator('[data-testid="tooltip"]');
    // The tooltip follows the renderer's hover event: give it a moment before moving on.
    await tip.waitFor({ timeout: 500 }).catch(() => undefined);
    if ((await tip.count()) > 0 && (await tip.innerText()).includes(material)) return;
  }
  throw new Error(`no flow of ${material} under the pointer between ${from} and ${to}`);
}

describe.runIf(enabled)('citations and years of a published exchange list', () => {
  const app = freshContexts();
  const cell = (page: Page, row: string, key: string) =>
    page.locator(`[data-testid="table-row"][data-row-id="${row}"] [data-key="${key}"]`);

  const openKalundborg = async (page: Page) => {
    await page.click('[data-testid="library-button"]');
    await page.click('[data-example-id="kalundborg"] [data-testid="library-example-open"]');
    await page.locator('[data-testid="library-example-report"]').waitFor();
    await page.click('[data-testid="library-example-confirm"]');
    await expect.poll(() => page.innerText('[data-testid="open-model-name"]')).toBe('卡伦堡工业共生(丹麦)');
    await page.waitForFunction(() => window.__symbiographNetwork?.viewportOf('asnæs-power-station') != null);
  };

  it('shows years and sources in the flows table and the inspector, and takes an empty quantity', async () => {
    const page = await app.open();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openKalundborg(page);

    await page.click('[data-testid="tables-button"]');
    await page.click('[data-testid="table-tab-flows"]');
    await page.waitForSelector('[data-testid="table-row"]');
    expect(await cell(page, WATER, 'startYear').innerText()).toBe('1961');
    const source = cell(page, WATER, 'source').locator('.cell-text');
    expect(await source.innerText()).toContain(BOOK);
    // Cut to the column, the whole citation in the tooltip.
    expect(await source.getAttribute('title')).toBe(
      `${BOOK}: Cradle-to-cradle for Sustainable Development (book), ch. 3, case study ‘Kalundborg Eco-Industrial Park, Denmark’, pp. 100 and 103`,
    );
    expect(await source.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // Structural exchanges read empty, not 0.
    expect(await cell(page, WATER, 'quantity').innerText()).toBe('');

    // Emptying a quantity makes the exchange structural; the unit stays.
    expect(await cell(page, FLY_ASH, 'quantity').innerText()).toBe('135,000');
    await cell(page, FLY_ASH, 'quantity').dblclick();
    await page.fill('[data-testid="cell-editor"]', '');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, FLY_ASH, 'quantity').innerText()).toBe('');
    expect(await cell(page, FLY_ASH, 'unit').innerText()).toBe('t/a');
    expect(await page.locator('[data-testid="cell-error"]').count()).toBe(0);
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toContain(`清除物质流“${FLY_ASH}”的数量`);

    // A year that is not one is refused at its cell.
    await cell(page, FLY_ASH, 'startYear').dblclick();
    await page.fill('[data-testid="cell-editor"]', '1962.5');
    await page.keyboard.press('Enter');
    expect(await cell(page, FLY_ASH, 'startYear').locator('[data-testid="cell-error"]').innerText()).toContain(
      '1900–2200',
    );
    await page.keyboard.press('Escape');

    await page.screenshot({ path: `${ARTIFACTS}/flow-citations.png` });

    // The water bought in, clicked on the network where hovering its line names it (a thin line a pixel or two
    // off its ends' straight midpoint, as drawn), then shown in the inspector.
    await page.click('[data-testid="table-close"]');
    await page.waitForSelector('[data-testid="network"] canvas');
    // The first view bundles the flows of a pair and draws purchases as thin grey lines: every flow, one click away.
    await page.click('[data-testid="flow-detail"]');
    await pointAtFlow(page, '@supply', 'statoil-refinery', 'surface water');
    await page.mouse.down();
    await page.mouse.up();
    const inspector = page.locator('[data-testid="inspector"]');
    await expect.poll(() => inspector.getAttribute('aria-label')).toBe('物质流');
    expect(await inspector.locator('[data-testid="flow-years"]').innerText()).toBe('1961 年起');
    expect(await inspector.locator('[data-testid="flow-source"]').innerText()).toContain(BOOK);
    // The import's citations have no address: text, not a link.
    expect(await inspector.locator('[data-testid="flow-source"] a').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/flow-citations-inspector.png` });
    expect(app.errors).toEqual([]);
  });
});
