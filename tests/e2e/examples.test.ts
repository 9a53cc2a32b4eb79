/**
 * The bundled examples in a real headless Chromium: the model library
 * offers them; opening the Kalundborg exchange list reads it through core's
 * import (its report, warnings included, shown before anything is stored),
 * then opens it as a new model with its actors drawn, the user's first
 * model still in the library. Screenshots go to test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, freshContexts } from './browser.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('bundled examples in the model library', () => {
  const app = freshContexts();
  const modelName = (page: Page) => page.innerText('[data-testid="open-model-name"]');
  const drawnAt = (page: Page, node: string) =>
    page.evaluate((id) => window.__symbiographNetwork?.viewportOf(id) ?? null, node);

  it('opens the Kalundborg exchange list as a new model, through the import report', async () => {
    const page = await app.open();
    await page.setViewportSize({ width: 1440, height: 900 });
    const firstName = await modelName(page);

    await page.click('[data-testid="library-button"]');
    const examples = page.locator('[data-testid="library-example"]');
    await expect.poll(() => examples.count()).toBe(3);
    expect(await page.locator('#library-examples-title').innerText()).toBe('示例 / Examples');
    expect(await examples.allInnerTexts()).toEqual([
      expect.stringContaining('临沂经济技术开发区'),
      expect.stringContaining('卡伦堡工业共生(丹麦)'),
      expect.stringContaining('贵糖集团'),
    ]);

    await page.click('[data-example-id="kalundborg"] [data-testid="library-example-open"]');
    const report = page.locator('[data-testid="library-example-report"]');
    await report.waitFor();
    // Read as a CSV import is: every flow created, the structural warnings listed, nothing stored yet.
    expect(await report.locator('[data-testid="import-flows-created"] strong').innerText()).toBe('18');
    expect(await report.locator('[data-testid="import-verdict"]').getAttribute('role')).toBe('status');
    const problems = report.locator('[data-testid="import-problem"]');
    expect(await problems.count()).toBeGreaterThan(0);
    expect(await report.locator('[data-testid="import-problem"][data-severity="error"]').count()).toBe(0);
    await page.locator('[data-testid="library-dialog"]').screenshot({ path: `${ARTIFACTS}/examples-report.png` });
    expect(await page.locator('[data-testid="library-entry"]').count()).toBe(1);

    await page.click('[data-testid="library-example-confirm"]');
    await expect.poll(() => modelName(page)).toBe('卡伦堡工业共生(丹麦)');
    await page.waitForFunction(() => window.__symbiographNetwork?.viewportOf('asnæs-power-station') != null);
    const box = (await page.locator('[data-testid="network"]').boundingBox())!;
    for (const actor of ['asnæs-power-station', 'statoil-refinery', 'gyproc', 'novo-nordisk']) {
      const at = await drawnAt(page, actor);
      expect(at, actor).not.toBeNull();
      expect(at!.x).toBeGreaterThanOrEqual(0);
      expect(at!.x).toBeLessThanOrEqual(box.width);
      expect(at!.y).toBeGreaterThanOrEqual(0);
      expect(at!.y).toBeLessThanOrEqual(box.height);
    }
    await page.screenshot({ path: `${ARTIFACTS}/examples-kalundborg.png` });

    // The user's first model is still there, untouched; the example is a model of its own.
    await page.click('[data-testid="library-button"]');
    const names = page.locator('[data-testid="library-entry-name"]');
    await expect.poll(() => names.count()).toBe(2);
    expect((await names.allInnerTexts()).sort()).toEqual([firstName, '卡伦堡工业共生(丹麦)'].sort());
    expect(app.errors).toEqual([]);
  });
});
