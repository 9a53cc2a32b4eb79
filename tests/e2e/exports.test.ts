/**
 * Exports from the app in a real headless Chromium: the chain diagram
 * (SVG, PNG at 2×), the network (PNG, SVG), the sankey and the HTML report,
 * each downloaded and checked. Screenshots go to test-artifacts/e2e/.
 */
import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPORT_SECTIONS } from '../../src/core/report/reportLabels.ts';
import { svgSize } from '../../src/app/outputs/rasterise.ts';
import { ARTIFACTS, chromiumAvailable, launchBrowser, openApp } from './browser.ts';

const enabled = chromiumAvailable();

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.runIf(enabled)('exports from the app', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** Clicks and returns the downloaded file's name and bytes. */
  async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testId}"]`)]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openApp(browser, inject('baseUrl'), errors);
    await page.waitForSelector('[data-testid="network"] canvas');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the copper chain with its in-house steps and downloads it as SVG and 2× PNG', async () => {
    await page.click('[data-testid="open-outputs"]');
    await page.waitForSelector('[data-testid="outputs-dialog"][open]');
    await page.selectOption('[data-testid="diagram-target"]', 'copper-chain');
    await page.waitForFunction(() => {
      const preview = document.querySelector('[data-testid="diagram-preview"]');
      return (
        !document.querySelector('[data-testid="diagram-busy"]') &&
        preview?.textContent?.includes('废线路板-废杂铜-阳极铜板-高纯阴极铜-光亮圆铜杆')
      );
    });
    await page.locator('[data-testid="outputs-dialog"]').screenshot({ path: `${ARTIFACTS}/diagram-panel.png` });

    const svg = await download('diagram-svg');
    expect(svg.name).toBe('linyi-etdz-chain-copper-chain.svg');
    const text = svg.bytes.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('金升集团');
    expect(text).not.toContain('缺失环节');

    const png = await download('diagram-png-2');
    expect(png.name).toBe('linyi-etdz-chain-copper-chain@2x.png');
    const size = svgSize(text)!;
    expect(pngSize(png.bytes)).toEqual({ width: Math.round(size.width * 2), height: Math.round(size.height * 2) });
    expect(errors).toEqual([]);
  });

  it('shows the sankey, filtered by category, and downloads it', async () => {
    await page.click('[data-testid="outputs-tab-sankey"]');
    await page.waitForSelector('[data-testid="sankey-preview"] svg');
    await page.locator('[data-testid="outputs-dialog"]').screenshot({ path: `${ARTIFACTS}/sankey.png` });
    await page.click('[data-testid="sankey-by-cluster"]');
    await page.locator('[data-testid="sankey-category"][value="energy"]').uncheck();
    const svg = await download('sankey-svg');
    expect(svg.name).toMatch(/^linyi-etdz-sankey-cluster-.*\.svg$/);
    expect(XMLValidator.validate(svg.bytes.toString('utf8'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('downloads the HTML report with every section', async () => {
    await page.click('[data-testid="outputs-tab-reports"]');
    await page.waitForSelector('[data-testid="report-html"]:not([disabled])', { timeout: 60_000 });
    const report = await download('report-html');
    expect(report.name).toBe('linyi-etdz-report-zh.html');
    const html = report.bytes.toString('utf8');
    for (const id of REPORT_SECTIONS) expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('<svg');
    expect(errors).toEqual([]);
  });

  it('exports the network as PNG and as SVG of the view and of the whole park', async () => {
    await page.click('[data-testid="close-outputs"]');
    await page.waitForSelector('[data-testid="outputs-dialog"]:not([open])', { state: 'attached' });
    const png = await download('network-png');
    expect(png.name).toBe('linyi-etdz-network-view.png');
    expect(pngSize(png.bytes).width).toBeGreaterThan(100);
    for (const scope of ['view', 'park']) {
      const svg = await download(`network-svg-${scope}`);
      expect(svg.name).toBe(`linyi-etdz-network-${scope}.svg`);
      const text = svg.bytes.toString('utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      expect(text).toContain('class="legend"');
      expect(text).toContain('class="actor"');
    }
    expect(errors).toEqual([]);
  });
});
