/**
 * What a park manager sees of the reference park at 1440 × 900 (Chinese, the
 * default): the network, a finding of each analysis tab, a shown project,
 * the material and process views, the tables and the diagrams dialog, each
 * compared with its committed baseline (visualBaseline.ts). The network is
 * also checked geometrically from the renderer's own label boxes: every
 * actor named, no two names overlapping, none outside the canvas; and a
 * finding names and frames every actor it lights. Screenshots:
 * test-artifacts/e2e/visual/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, collectErrors, launchBrowser } from './browser.ts';
import { compareWithBaseline } from './visualBaseline.ts';

const enabled = chromiumAvailable();
const MAX_DIFF = 0.02;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface NetworkProbe {
  labels(): { node: string; text: string; box: Box }[];
  canvas(): { width: number; height: number };
  drawn(): { nodes: string[] };
  viewportOf(node: string): { x: number; y: number } | null;
}

interface AppProbe {
  highlighted(): { nodes: string[] };
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The network's drawn names, its canvas and the highlighted actors, read in the page. */
async function probe(page: Page) {
  return page.evaluate(() => {
    const network = (window as unknown as { __symbiographNetwork: NetworkProbe }).__symbiographNetwork;
    const app = (window as unknown as { __symbiograph: AppProbe }).__symbiograph;
    const lit = app.highlighted().nodes;
    return {
      labels: network.labels(),
      canvas: network.canvas(),
      nodes: network.drawn().nodes,
      lit,
      litAt: lit.map((n) => network.viewportOf(n)),
    };
  });
}

function expectNamesApart(labels: readonly { text: string; box: Box }[], canvas: { width: number; height: number }) {
  for (const [i, a] of labels.entries()) {
    expect(a.box.x, a.text).toBeGreaterThanOrEqual(0);
    expect(a.box.y, a.text).toBeGreaterThanOrEqual(0);
    expect(a.box.x + a.box.width, a.text).toBeLessThanOrEqual(canvas.width);
    expect(a.box.y + a.box.height, a.text).toBeLessThanOrEqual(canvas.height);
    for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
  }
}

describe.runIf(enabled)('what a park manager sees first (1440 × 900)', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    collectErrors(page, errors);
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-testid="network"] canvas');
    await page.waitForSelector('[data-testid="kpi-table"]', { timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('names every actor of the park apart from the others and inside the view', async () => {
    await page.waitForFunction(() => {
      const network = (window as unknown as { __symbiographNetwork?: NetworkProbe }).__symbiographNetwork;
      return network !== undefined && network.labels().length > 0;
    });
    const { labels, canvas, nodes } = await probe(page);
    expect(new Set(labels.map((l) => l.node))).toEqual(new Set(nodes));
    expectNamesApart(labels, canvas);
    expect((await compareWithBaseline(page, 'network')).diffRatio).toBeLessThanOrEqual(MAX_DIFF);
  });

  it.each(['broken', 'coupling', 'capacity', 'resilience'])(
    'shows the first finding of the %s tab: every actor it lights named and in view',
    async (tab) => {
      await page.click(`[data-testid="tab-${tab}"]`);
      const finding = page.locator('[data-testid="finding"]').first();
      await finding.click();
      // The camera's move ends before the frame settles (visualBaseline waits for two equal screenshots).
      await page.waitForTimeout(800);
      const result = await compareWithBaseline(page, `finding-${tab}`);
      const { labels, canvas, lit, litAt } = await probe(page);
      expect(lit.length).toBeGreaterThan(0);
      const named = new Set(labels.map((l) => l.node));
      for (const node of lit) expect(named.has(node), `${node} lit but not named`).toBe(true);
      for (const [i, at] of litAt.entries()) {
        expect(at, lit[i]).not.toBeNull();
        expect(at!.x, lit[i]).toBeGreaterThanOrEqual(0);
        expect(at!.x, lit[i]).toBeLessThanOrEqual(canvas.width);
        expect(at!.y, lit[i]).toBeGreaterThanOrEqual(0);
        expect(at!.y, lit[i]).toBeLessThanOrEqual(canvas.height);
      }
      expectNamesApart(labels, canvas);
      expect(result.diffRatio).toBeLessThanOrEqual(MAX_DIFF);
      await finding.click();
    },
  );

  it('shows the first project over the park', async () => {
    await page.click('[data-testid="tab-projects"]');
    await page.locator('[data-testid="show-project"]').first().click();
    await page.waitForTimeout(800);
    expect((await compareWithBaseline(page, 'project')).diffRatio).toBeLessThanOrEqual(MAX_DIFF);
    await page.locator('[data-testid="show-project"]').first().click();
    await page.click('[data-testid="tab-overview"]');
  });

  it.each(['material', 'process'])('lays out the %s view', async (view) => {
    await page.click(`[data-testid="view-${view}"]`);
    await page.waitForFunction(
      () =>
        ((window as unknown as { __symbiographParkView?: { labels(): unknown[] } }).__symbiographParkView?.labels()
          .length ?? 0) > 0,
      null,
      { timeout: 60_000 },
    );
    expect((await compareWithBaseline(page, `view-${view}`)).diffRatio).toBeLessThanOrEqual(MAX_DIFF);
    await page.click('[data-testid="view-exchange"]');
    await page.waitForSelector('[data-testid="network"] canvas');
  });

  it.each(['enterprises', 'flows'])('shows the %s table', async (table) => {
    await page.click('[data-testid="tables-button"]');
    await page.click(`[data-testid="table-tab-${table}"]`);
    await page.waitForSelector('[data-testid="table-row"]');
    expect((await compareWithBaseline(page, `table-${table}`)).diffRatio).toBeLessThanOrEqual(MAX_DIFF);
    await page.click('[data-testid="table-close"]');
  });

  it('shows a chain diagram in the diagrams dialog', async () => {
    await page.click('[data-testid="open-outputs"]');
    await page.waitForSelector('[data-testid="diagram-preview"] svg', { timeout: 60_000 });
    expect((await compareWithBaseline(page, 'diagram')).diffRatio).toBeLessThanOrEqual(MAX_DIFF);
    await page.click('[data-testid="close-outputs"]');
    expect(errors).toEqual([]);
  });
});
