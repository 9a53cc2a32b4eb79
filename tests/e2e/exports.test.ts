/**
 * Exports from the app in a real headless Chromium: the chain diagram
 * (SVG, PNG at 2×), the network (framed PNG at 1×, 2×, 4×; SVG), the sankey and the HTML report,
 * each downloaded and checked. Screenshots go to test-artifacts/e2e/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPORT_SECTIONS } from '../../src/core/report/reportLabels.ts';
import { PICTURE_ORIGIN } from '../../src/app/network/networkSvg.ts';
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

  it('exports the network as framed PNG at 1×, 2× and 4× and as SVG of the view and of the whole park', async () => {
    await page.click('[data-testid="close-outputs"]');
    await page.waitForSelector('[data-testid="outputs-dialog"]:not([open])', { state: 'attached' });
    const one = await download('network-png-1');
    expect(one.name).toBe('linyi-etdz-network-view.png');
    const four = await download('network-png-4');
    expect(four.name).toBe('linyi-etdz-network-view@4x.png');
    const size = pngSize(one.bytes);
    // The view plus the frame: the legend beside it, the title above and the source line below.
    const view = await page.locator('[data-testid="network"]').boundingBox();
    expect(size.width).toBeGreaterThan(view!.width + 200);
    expect(size.height).toBeGreaterThan(view!.height + 80);
    expect(pngSize(four.bytes)).toEqual({ width: size.width * 4, height: size.height * 4 });
    const two = await download('network-png-2');
    writeFileSync(`${ARTIFACTS}/network-export-2x.png`, two.bytes);
    expect(pngSize(two.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });

    // Inked pixels in bands of the 1× picture: the title above the network, the legend right of it, the
    // footer under it, and the network itself (sigma's canvas drawn into the frame).
    const ink = await page.evaluate(
      async ({ base64, bands }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return bands.map(({ x, y, width, height }) => {
          const data = context.getImageData(x, y, width, height).data;
          let inked = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) inked++;
          return inked;
        });
      },
      {
        base64: one.bytes.toString('base64'),
        bands: [
          { x: 0, y: 0, width: size.width, height: PICTURE_ORIGIN.y - 4 },
          { x: Math.round(view!.width) + 2 * PICTURE_ORIGIN.x, y: PICTURE_ORIGIN.y, width: 200, height: 200 },
          { x: 0, y: size.height - 40, width: size.width, height: 40 },
          {
            x: PICTURE_ORIGIN.x + 1,
            y: PICTURE_ORIGIN.y + 1,
            width: Math.round(view!.width) - 2,
            height: Math.round(view!.height) - 2,
          },
        ],
      },
    );
    const [title, legend, footer, network] = ink;
    expect(title).toBeGreaterThan(200);
    expect(legend).toBeGreaterThan(200);
    expect(footer).toBeGreaterThan(200);
    expect(network).toBeGreaterThan(10_000);

    for (const scope of ['view', 'park']) {
      const svg = await download(`network-svg-${scope}`);
      expect(svg.name).toBe(`linyi-etdz-network-${scope}.svg`);
      const text = svg.bytes.toString('utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      expect(text).toContain('class="legend"');
      expect(text).toContain('class="actor"');
      expect(text).toContain('Symbiograph');
    }
    expect(errors).toEqual([]);
  });
});
