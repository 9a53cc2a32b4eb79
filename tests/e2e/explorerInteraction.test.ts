/**
 * Hover tooltips, dragging an actor (and finding it where it was left after
 * a reload), and a ranked project drawn as a ghost enterprise with its KPI
 * change — in a real headless Chromium. Screenshots go to test-artifacts/e2e/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, launchBrowser, openApp } from './browser.ts';

const enabled = chromiumAvailable();
type Point = { x: number; y: number };

describe.runIf(enabled)('explorer interaction', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const viewportOf = (node: string) =>
    page.evaluate((id) => window.__symbiographNetwork?.viewportOf(id) ?? null, node) as Promise<Point | null>;
  const graphPositionOf = (node: string) =>
    page.evaluate((id) => window.__symbiographNetwork?.graphPositionOf(id) ?? null, node) as Promise<Point | null>;
  /** Page coordinates of an actor's centre. */
  const onScreen = async (node: string): Promise<Point> => {
    const box = (await page.locator('[data-testid="network"]').boundingBox())!;
    const at = (await viewportOf(node))!;
    return { x: box.x + at.x, y: box.y + at.y };
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openApp(browser, inject('baseUrl'), errors);
    await page.waitForSelector('[data-testid="network"] canvas');
    await page.waitForFunction(() => (window.__symbiographNetwork?.viewportOf('jinsheng') ?? null) !== null);
    await page.waitForTimeout(500);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a tooltip with the name of the hovered enterprise, as text', async () => {
    const at = await onScreen('jinsheng');
    await page.mouse.move(at.x, at.y);
    const tooltip = page.locator('[data-testid="tooltip"]');
    await tooltip.waitFor({ timeout: 5000 });
    expect(await tooltip.textContent()).toContain('金升');
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached', timeout: 5000 });
  });

  it('drags an enterprise and finds it where it was left after a reload', async () => {
    const before = (await graphPositionOf('jinsheng'))!;
    const at = await onScreen('jinsheng');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + 8 * i, at.y + 5 * i);
    await page.mouse.up();
    const after = (await graphPositionOf('jinsheng'))!;
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(1);
    await page.reload();
    // `?? null`: until the reopened network registers its test API there is no position to read (the model now
    // comes from the library, asynchronously), and undefined !== null would not wait for it.
    await page.waitForFunction(() => (window.__symbiographNetwork?.graphPositionOf('jinsheng') ?? null) !== null);
    const reopened = (await graphPositionOf('jinsheng'))!;
    expect(reopened.x).toBeCloseTo(after.x, 6);
    expect(reopened.y).toBeCloseTo(after.y, 6);
    // Put the cluster layout back, which also forgets the saved positions.
    await page.getByRole('button', { name: /集群布局|Cluster layout/ }).click();
    expect((await graphPositionOf('jinsheng'))!.x).toBeCloseTo(before.x, 6);
  });

  it('draws the top project as a ghost enterprise and shows what it changes', async () => {
    await page.click('[data-testid="tab-projects"]');
    const show = page.locator('[data-testid="show-project"]').first();
    await show.waitFor({ timeout: 60_000 });
    await show.click();
    await page.waitForFunction(() => window.__symbiograph?.project() !== null);
    const project = await page.evaluate(() => window.__symbiograph!.project()!);
    expect(project.flows.length).toBeGreaterThan(0);
    expect(await viewportOf(project.ghost)).not.toBeNull();
    await expect(page.locator('[data-testid="kpi-change"]').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid="kpi-change"] tr.changed').count()).toBeGreaterThan(0);
    await page.waitForTimeout(700);
    await page.locator('.explorer').screenshot({ path: `${ARTIFACTS}/project-ghost.png` });
    await show.click();
    await page.waitForFunction(() => window.__symbiograph?.project() === null);
    expect(await viewportOf(project.ghost)).toBeNull();
    expect(errors).toEqual([]);
  });
});
