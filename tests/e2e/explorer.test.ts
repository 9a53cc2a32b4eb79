/**
 * The explorer in a real headless Chromium: the reference park loads and is
 * drawn, search selects, findings highlight, languages switch. Screenshots
 * are saved to test-artifacts/e2e/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, launchBrowser, openApp } from './browser.ts';

const enabled = chromiumAvailable();

interface ExplorerProbe {
  selectedNode(): string | null;
  highlighted(): { nodes: string[]; edges: string[] } | null;
  language(): string;
}

describe.runIf(enabled)('the network explorer', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const state = () =>
    page.evaluate(() => {
      const p = (window as unknown as { __symbiograph: ExplorerProbe }).__symbiograph;
      return { selected: p.selectedNode(), highlighted: p.highlighted(), language: p.language() };
    });

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openApp(browser, inject('baseUrl'), errors);
    await page.waitForSelector('[data-testid="network"] canvas');
    await page.click('[data-testid="tab-broken"]');
    await page.waitForSelector('[data-testid="finding"]', { timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the reference park and draws it (the canvas is not blank)', async () => {
    await page.waitForTimeout(1000);
    const shot = await page.locator('[data-testid="network"]').screenshot({ path: `${ARTIFACTS}/network.png` });
    // Count pixels that differ from the top-left background pixel in the PNG decoded by the browser itself.
    const coloured = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 60)
          count++;
      }
      return count / (data.length / 4);
    }, shot.toString('base64'));
    expect(coloured).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
  });

  it('selects an enterprise found by search and shows its flows in the inspector', async () => {
    await page.fill('[data-testid="search"]', '金升');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="inspector"]');
    expect((await state()).selected).toBe('jinsheng');
    const inspector = await page.locator('[data-testid="inspector"]').innerText();
    expect(inspector).toContain('金升');
    expect(inspector).toMatch(/废杂铜|阳极铜/);
    // The analysis (already done: the findings are listed) gives its metrics and rank.
    await expect.poll(() => page.locator('[data-testid="actor-metrics"]').innerText()).toMatch(/第 \d+ \/ \d+ 位/);
    await page.screenshot({ path: `${ARTIFACTS}/search-inspector.png` });
  });

  it('highlights exactly the actors of a chain finding', async () => {
    // The reference park has no broken link; its first chain finding is a stage shipped out while the next imports it.
    const finding = page
      .locator('[data-testid="finding"][data-finding-id="chain-shipped-out:machinery-lifecycle:machinery-components"]')
      .first();
    await finding.click();
    const { highlighted } = await state();
    expect(highlighted?.nodes).toEqual(expect.arrayContaining(['machinery-suppliers', 'sdlg']));
    await page.screenshot({ path: `${ARTIFACTS}/chain-finding.png` });
  });

  it('moves between analysis tabs with the arrow keys', async () => {
    await page.focus('[data-testid="tab-broken"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[data-testid="tab-coupling"]', 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('[data-testid="tab-broken"]', 'aria-selected')).toBe('true');
  });

  it('shows the ranked projects with their economics, and those the park’s policy keeps out', async () => {
    await page.click('[data-testid="tab-projects"]');
    const first = page.locator('[data-testid="project"]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-technology')).toBe('gasification-slag-unfired-bricks');
    expect(await first.locator('[data-testid="project-explanation"]').innerText()).toMatch(
      /投资约 [\d,]+ 万元,年净收益约 [\d,.]+ 万元,静态投资回收期约 [\d.]+ 年/,
    );
    expect(await page.locator('[data-testid="excluded-projects"]').innerText()).toContain('不再新批化工项目');
    await page.screenshot({ path: `${ARTIFACTS}/projects.png` });
  });

  it('reruns the analysis with self-loops counted when the switch is on', async () => {
    await page.click('[data-testid="tab-overview"]');
    await page.waitForSelector('[data-testid="kpi-table"]');
    await page.screenshot({ path: `${ARTIFACTS}/overview.png` });
    await page.click('[data-testid="self-loops"]');
    expect(await page.isChecked('[data-testid="self-loops"]')).toBe(true);
    // The reference park has no flow from an enterprise to itself: the figures come back the same.
    await page.waitForSelector('[data-testid="kpi-table"]');
    expect(await page.locator('[data-testid="kpi-table"]').innerText()).toContain('2.701');
    await page.click('[data-testid="self-loops"]');
    await page.click('[data-testid="tab-broken"]');
  });

  it('keeps the selected enterprise in the process view and draws both new views', async () => {
    await page.click('[data-testid="view-process"]');
    await page.waitForSelector('[data-testid="park-view"] canvas');
    expect((await state()).selected).toBe('e:jinsheng');
    // The process view's selection is still the enterprise for the inspector.
    expect(await page.locator('[data-testid="inspector"] h2').innerText()).toContain('金升');
    await page.screenshot({ path: `${ARTIFACTS}/process-view.png` });
    await page.click('[data-testid="view-material"]');
    await page.waitForSelector('[data-testid="park-view"] canvas');
    expect((await state()).selected).toBeNull();
    await page.screenshot({ path: `${ARTIFACTS}/material-view.png` });
    await page.click('[data-testid="view-exchange"]');
    await page.waitForSelector('[data-testid="network"] canvas');
  });

  /** The top bar's rows (items whose tops differ by more than half a button) and its last item's right edge. */
  const topBar = () =>
    page.evaluate(() => {
      const bar = document.querySelector('header.topbar')!;
      const items = [...bar.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
      const tops = items.map((r) => r.top).sort((a, b) => a - b);
      const rows = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 15).length;
      return { rows, lastRight: items.at(-1)!.right, barRight: bar.getBoundingClientRect().right };
    });

  it('keeps the top bar one line in Chinese at 1400 px, and a wrapped row aligned right in English', async () => {
    expect((await topBar()).rows).toBe(1);
    await page.click('[data-testid="language"]');
    await expect.poll(() => state().then((s) => s.language)).toBe('en');
    const english = await topBar();
    // The English words need about 1 700 px: the actions go to a second row, at the right edge, not under the title.
    expect(english.rows).toBe(2);
    expect(english.barRight - english.lastRight).toBeLessThan(24);
    await page.click('[data-testid="language"]');
    await expect.poll(() => state().then((s) => s.language)).toBe('zh');
  });

  it('switches language', async () => {
    expect((await state()).language).toBe('zh');
    await page.click('[data-testid="language"]');
    expect((await state()).language).toBe('en');
    await expect.poll(() => page.locator('body').innerText()).toContain('Linyi');
    await page.screenshot({ path: `${ARTIFACTS}/english.png` });
    expect(errors).toEqual([]);
  });
});
