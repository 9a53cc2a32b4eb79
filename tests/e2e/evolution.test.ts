/**
 * The park through the years in a real browser: a dated structure-only
 * park opened by `?model=` shows the year slider and the evolution chart;
 * moving the slider redraws the network as of that year (the renderer's own
 * graph is checked, not just the label) without touching the model or its
 * undo history; the reference park, without years, shows neither. A
 * screenshot at 1440×900 goes to test-artifacts/e2e/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { datedPark } from '../fixtures/datedPark.ts';
import { ARTIFACTS, chromiumAvailable, collectErrors, launchBrowser } from './browser.ts';

const enabled = chromiumAvailable();

interface Drawn {
  nodes: string[];
  edges: number;
}

const BOUNDARY = ['@supply', '@market', '@disposal'];

describe.runIf(enabled)('the year slider', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(model?: unknown): Promise<Page> {
    errors.length = 0;
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    collectErrors(page, errors);
    if (model === undefined) {
      await page.goto(inject('baseUrl'));
    } else {
      await page.route('**/dated-park.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(model) }),
      );
      // Encoded, so the page's own address does not end in "/dated-park.json" and match the route too.
      await page.goto(new URL(`?model=${encodeURIComponent('/dated-park.json')}`, inject('baseUrl')).href);
    }
    await page.waitForSelector('[data-testid="network"] canvas');
    return page;
  }

  const drawn = (page: Page): Promise<Drawn> => page.evaluate(() => window.__symbiographNetwork!.drawn());
  const enterprisesDrawn = async (page: Page) => (await drawn(page)).nodes.filter((n) => !BOUNDARY.includes(n)).sort();
  const positionOf = (page: Page, node: string) =>
    page.evaluate((id) => window.__symbiographNetwork!.graphPositionOf(id), node);

  it('redraws the network as of the chosen year, and back to all years', async () => {
    const page = await open(datedPark());
    await page.waitForSelector('[data-testid="year-slider"]');
    await expect.poll(() => page.locator('[data-testid="evolution-chart"] svg').count(), { timeout: 30_000 }).toBe(1);
    // All years: every enterprise and every flow, ended ones included.
    expect(await enterprisesDrawn(page)).toEqual(['board', 'farm', 'power', 'refinery']);
    expect((await drawn(page)).edges).toBe(8);
    const powerBefore = await positionOf(page, 'power');

    const range = page.locator('[data-testid="year-range"]');
    await range.focus();
    await page.keyboard.press('Home');
    // 1972: power (its undated sale to the market) and the refinery it sends steam to.
    await expect.poll(() => page.locator('[data-testid="year-label"]').innerText()).toContain('截至 1972 年');
    await expect.poll(() => enterprisesDrawn(page)).toEqual(['power', 'refinery']);
    expect((await drawn(page)).edges).toBe(2);
    // Actors keep their places from year to year.
    expect(await positionOf(page, 'power')).toEqual(powerBefore);

    // Four steps on: 1985, the year the loop refinery ⇄ plasterboard closes.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-testid="year-label"]').innerText()).toContain('截至 1985 年');
    await expect.poll(() => enterprisesDrawn(page)).toEqual(['board', 'farm', 'power', 'refinery']);
    expect((await drawn(page)).edges).toBe(6);
    const year = await page.locator('[data-testid="evolution-year"]').innerText();
    expect(year).toMatch(/循环度\(λmax\)\s+1\.000/);
    expect(year).toMatch(/链接\s+4/);
    expect(await page.locator('[data-testid="evolution-panel"]').innerText()).toContain('石膏板厂 → 炼油厂:废水');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${ARTIFACTS}/year-slider-1985.png` });

    // 1990: the loop is broken and the sludge to disposal has ended.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-testid="year-label"]').innerText()).toContain('截至 1990 年');
    await expect.poll(async () => (await drawn(page)).edges).toBe(5);
    expect(await page.locator('[data-testid="evolution-year"]').innerText()).toMatch(/循环度\(λmax\)\s+0\.000/);

    // A click on a year of the chart shows that year.
    await page.locator('[data-testid="evolution-chart"] .evo-year.year-1975').click({ force: true });
    await expect.poll(() => page.locator('[data-testid="year-label"]').innerText()).toContain('截至 1975 年');
    await expect.poll(() => enterprisesDrawn(page)).toEqual(['board', 'power', 'refinery']);

    await page.click('[data-testid="year-all"]');
    await expect.poll(async () => (await drawn(page)).edges).toBe(8);
    // A view, not an edit: nothing to undo.
    expect(await page.locator('[data-testid="undo"]').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('speaks English too', async () => {
    const page = await open(datedPark());
    await page.click('[data-testid="language"]');
    await page.locator('[data-testid="year-range"]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('[data-testid="year-label"]').innerText()).toContain('As of 1995');
    await expect.poll(() => page.locator('[data-testid="evolution-panel"]').innerText()).toContain('Began in 1995');
    // 1995: the steam to the refinery has ended, the loop power ⇄ fish farm has closed.
    await expect.poll(async () => (await drawn(page)).edges).toBe(5);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${ARTIFACTS}/year-slider-1995-en.png` });
    expect(errors).toEqual([]);
  });

  it('shows no slider and no evolution for a park without years', async () => {
    const page = await open();
    await page.waitForTimeout(500);
    expect(await page.locator('[data-testid="year-slider"]').count()).toBe(0);
    expect(await page.locator('[data-testid="evolution-panel"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
