/**
 * The material and process views of the reference park in a 1440 × 900
 * window, in both languages: every node's name is drawn, no two names
 * overlap and none is cut off at the canvas edge or hidden under the
 * toolbar, read from the renderer's own label boxes. Screenshots: test-artifacts/e2e/views-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, collectErrors, launchBrowser } from './browser.ts';

const enabled = chromiumAvailable();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ParkViewProbe {
  labels(): { node: string; text: string; box: Box }[];
  canvas(): { width: number; height: number };
  nodes(): number;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.runIf(enabled)('the material and process views', () => {
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(language: 'zh' | 'en'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    collectErrors(page, errors);
    await page.addInitScript((l) => localStorage.setItem('symbiograph.language', l), language);
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-testid="network"] canvas');
    return page;
  }

  /** Opens the view and waits until its layout is drawn: the labels of the frame sigma drew. */
  async function drawnView(page: Page, view: 'material' | 'process') {
    await page.click(`[data-testid="view-${view}"]`);
    await page.waitForSelector('[data-testid="park-view"] canvas', { timeout: 60_000 });
    await page.waitForFunction(
      () => {
        const probe = (window as unknown as { __symbiographParkView?: ParkViewProbe }).__symbiographParkView;
        return probe !== undefined && probe.labels().length > 0;
      },
      null,
      { timeout: 60_000 },
    );
    return page.evaluate(() => {
      const probe = (window as unknown as { __symbiographParkView: ParkViewProbe }).__symbiographParkView;
      // The toolbar floats over the canvas: where it is, relative to the canvas, no name may be.
      const canvas = document.querySelector('[data-testid="park-view"]')!.getBoundingClientRect();
      const bar = document.querySelector('.network .toolbar')!.getBoundingClientRect();
      const toolbar = { x: bar.x - canvas.x, y: bar.y - canvas.y, width: bar.width, height: bar.height };
      return { labels: probe.labels(), canvas: probe.canvas(), nodes: probe.nodes(), toolbar };
    });
  }

  for (const language of ['zh', 'en'] as const)
    it(`names every node of both views, no two names overlapping, none cut off (${language})`, async () => {
      errors.length = 0;
      const page = await open(language);
      for (const view of ['material', 'process'] as const) {
        const { labels, canvas, nodes, toolbar } = await drawnView(page, view);
        const suffix = language === 'zh' ? '' : `-${language}`;
        await page.screenshot({ path: `${ARTIFACTS}/views-${view}${suffix}.png` });
        // The reference park: 81 materials in the material view, 116 enterprises and materials in the process view.
        expect(nodes).toBeGreaterThan(80);
        expect(new Set(labels.map((l) => l.node)).size).toBe(nodes);
        for (const { text, box } of labels) {
          expect(text).not.toBe('');
          expect(box.x, text).toBeGreaterThanOrEqual(0);
          expect(box.y, text).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, text).toBeLessThanOrEqual(canvas.width);
          expect(box.y + box.height, text).toBeLessThanOrEqual(canvas.height);
          // Legible: at least 8 px a line (a label's box is its lines' height).
          expect(box.height, text).toBeGreaterThanOrEqual(8 * 1.25);
          expect(overlap(box, toolbar), `${text} under the toolbar`).toBe(false);
        }
        const clashes = labels.flatMap((a, i) =>
          labels.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.text} × ${b.text}`] : [])),
        );
        expect(clashes).toEqual([]);
        // The picture fills the canvas: the names reach across most of it.
        const right = Math.max(...labels.map((l) => l.box.x + l.box.width));
        const left = Math.min(...labels.map((l) => l.box.x));
        const bottom = Math.max(...labels.map((l) => l.box.y + l.box.height));
        const top = Math.min(...labels.map((l) => l.box.y));
        expect(Math.max((right - left) / canvas.width, (bottom - top) / canvas.height)).toBeGreaterThan(0.8);
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
});
