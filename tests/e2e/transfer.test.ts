/**
 * Import and export in a real headless Chromium: the reference park is
 * downloaded as XLSX and GEXF, the XLSX imported back reports no change and
 * replaces the model as one undo step, broken files are reported by row and
 * column and change nothing, and a small GEXF opens as a new library model.
 * Every test has its own browser context (an empty IndexedDB).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, launchBrowser } from './browser.ts';

const enabled = chromiumAvailable();
const ENTERPRISE = '金升集团';
const DOWNLOADS = `${ARTIFACTS}/transfer`;

const MINI_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><title>Mini park</title></meta>
  <graph defaultedgetype="directed">
    <nodes><node id="0" label="Alpha Steel"/><node id="1" label="Beta Cement"/></nodes>
    <edges><edge id="0" source="0" target="1" label="slag" weight="120"/></edges>
  </graph>
</gexf>`;

describe.runIf(enabled)('importing and exporting models', () => {
  let browser: Browser;
  let context: BrowserContext;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(DOWNLOADS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  async function openFresh(): Promise<Page> {
    errors = [];
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-testid="network"] canvas');
    return page;
  }
  const inspectorTitle = (page: Page) => page.locator('[data-testid="inspector"] h2').innerText();
  const select = async (page: Page, name: string) => {
    await page.fill('[data-testid="search"]', '');
    await page.fill('[data-testid="search"]', name);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="inspector"] h2');
  };
  /** Opens the export dialog and downloads one format; returns the saved file's path. */
  const download = async (page: Page, choice: string): Promise<{ path: string; name: string }> => {
    if (!(await page.locator('[data-testid="export-dialog"]').isVisible()))
      await page.click('[data-testid="export-button"]');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="export-${choice}"]`)]);
    const path = `${DOWNLOADS}/${file.suggestedFilename()}`;
    await file.saveAs(path);
    await page.waitForSelector('[data-testid="export-done"]');
    return { path, name: file.suggestedFilename() };
  };
  const openImport = async (page: Page) => {
    await page.click('[data-testid="import-button"]');
    await page.waitForSelector('[data-testid="import-dialog"][open]');
  };
  const report = (page: Page) => page.waitForSelector('[data-testid="import-report"]', { timeout: 30_000 });

  it('exports XLSX and GEXF, and the XLSX imported back is "no change" and replaces the model as one step', async () => {
    const page = await openFresh();
    const xlsx = await download(page, 'xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(readFileSync(xlsx.path).subarray(0, 2).toString()).toBe('PK');
    const gexf = await download(page, 'gexf');
    expect(gexf.name).toMatch(/\.gexf$/);
    const gexfText = readFileSync(gexf.path, 'utf8');
    expect(gexfText).toContain('version="1.3"');
    expect(gexfText).toContain('viz:position');
    // The exchange list says what it leaves out.
    await download(page, 'flows-csv');
    expect(await page.innerText('[data-testid="export-warnings"]')).toContain('物质流');
    await page.click('[data-testid="export-close"]');

    expect(await page.isDisabled('[data-testid="undo"]')).toBe(true);
    await openImport(page);
    await page.setInputFiles('[data-testid="import-file"]', xlsx.path);
    await report(page);
    expect(await page.innerText('[data-testid="import-verdict"]')).toContain('没有变化');
    for (const kind of ['enterprises', 'flows', 'materials']) {
      for (const change of ['created', 'updated', 'removed']) {
        expect(await page.innerText(`[data-testid="import-${kind}-${change}"]`)).toBe('0');
      }
    }
    await page.screenshot({ path: `${ARTIFACTS}/import-report-xlsx.png` });
    expect(await page.isDisabled('[data-testid="import-confirm"]')).toBe(false);
    await page.click('[data-testid="import-confirm"]');
    await expect.poll(() => page.locator('[data-testid="import-dialog"]').isVisible()).toBe(false);
    await expect.poll(() => page.isDisabled('[data-testid="undo"]')).toBe(false);
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toContain(`导入 ${xlsx.name}`);
    await select(page, ENTERPRISE);
    expect(await inspectorTitle(page)).toBe(ENTERPRISE);
    expect(errors).toEqual([]);
  });

  it('reports a truncated JSON file and a CSV with a bad quantity, refuses to confirm, and changes nothing', async () => {
    const page = await openFresh();
    await select(page, ENTERPRISE);
    const undoTitle = await page.getAttribute('[data-testid="undo"]', 'title');
    expect(await page.isDisabled('[data-testid="undo"]')).toBe(true);

    await openImport(page);
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'park.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "park": {"id": "x", "name": {"zh": "半'),
    });
    await report(page);
    expect(await page.innerText('[data-testid="import-verdict"]')).toContain('错误');
    expect(await page.innerText('[data-testid="import-problems"]')).toContain('park.json');
    expect(await page.isDisabled('[data-testid="import-confirm"]')).toBe(true);

    // Another pick replaces the report.
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'exchange.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'from,to,material,category,quantity,unit\nA,B,slag,by-product,12,t/a\nA,C,slag,by-product,lots,t/a\n',
      ),
    });
    await page.waitForSelector('[data-testid="import-report"] h3:has-text("exchange.csv")');
    const problems = await page.innerText('[data-testid="import-problems"]');
    expect(problems).toContain('exchange.csv');
    expect(problems).toContain('第 3 行');
    expect(problems).toContain('quantity');
    expect(await page.isDisabled('[data-testid="import-confirm"]')).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/import-report.png` });
    // Keyboard: the focused cancel button closes the dialog.
    await page.focus('[data-testid="import-cancel"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="import-dialog"]').isVisible()).toBe(false);

    expect(await inspectorTitle(page)).toBe(ENTERPRISE);
    expect(await page.isDisabled('[data-testid="undo"]')).toBe(true);
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toBe(undoTitle);
    await select(page, ENTERPRISE);
    expect(await inspectorTitle(page)).toBe(ENTERPRISE);
    expect(errors).toEqual([]);
  });

  it('opens a small GEXF file from another tool as a new library model', async () => {
    const page = await openFresh();
    const before = await page.innerText('[data-testid="open-model-name"]');
    await openImport(page);
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'mini.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from(MINI_GEXF),
    });
    await report(page);
    expect(await page.innerText('[data-testid="import-enterprises-created"]')).toContain('Alpha Steel');
    // Defaults the file left out are said as warnings; they do not block.
    expect(await page.locator('[data-testid="import-problem"][data-severity="warning"]').count()).toBeGreaterThan(0);
    await page.check('[data-testid="import-apply-new"]');
    await page.click('[data-testid="import-confirm"]');
    await expect.poll(() => page.innerText('[data-testid="open-model-name"]')).toBe('Mini park');
    expect(await page.isDisabled('[data-testid="undo"]')).toBe(true);
    await select(page, 'Alpha Steel');
    expect(await inspectorTitle(page)).toContain('Alpha Steel');

    // The model it replaced as the open one is still in the library.
    await page.click('[data-testid="library-button"]');
    await expect.poll(() => page.locator('[data-testid="library-dialog"]').innerText()).toContain(before);
    expect(errors).toEqual([]);
  });
});
