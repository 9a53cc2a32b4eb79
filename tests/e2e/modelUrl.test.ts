/**
 * `?model=<url>` in a real browser: a hostile but valid park is shown with its
 * names as text (no markup is ever interpreted), and a broken park shows the
 * error screen with every problem's path. Screenshots go to test-artifacts/e2e/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParkModel } from '../../src/core/model/types.ts';
import { buildPark } from '../fixtures/parkBuilder.ts';
import { ARTIFACTS, chromiumAvailable, launchBrowser } from './browser.ts';

const enabled = chromiumAvailable();
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

function hostilePark(): ParkModel {
  const park = buildPark({
    materials: { ore: 'product', slag: 'by-product' },
    enterprises: { smelter: { out: { slag: 10 }, in: { ore: 20 } }, builder: { in: { slag: 10 } } },
    flows: [['smelter', 'builder', 'slag', 10]],
  });
  return {
    ...park,
    enterprises: park.enterprises.map((e) =>
      e.id === 'smelter' ? { ...e, name: { zh: HOSTILE_NAME, en: HOSTILE_NAME } } : e,
    ),
  };
}

function brokenPark(): unknown {
  const park = hostilePark();
  return { ...park, flows: [{ ...park.flows[0], material: 'unobtainium', quantity: -5 }] };
}

async function openWithModel(browser: Browser, body: string, errors: string[], dialogs: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/hostile.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  // Encoded, so the page's own address does not end in "/hostile.json" and match the route too.
  await page.goto(new URL(`?model=${encodeURIComponent('/hostile.json')}`, inject('baseUrl')).href);
  return page;
}

describe.runIf(enabled)('opening a model by URL', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a hostile enterprise name as text, never as markup', async () => {
    const errors: string[] = [];
    const dialogs: string[] = [];
    const page = await openWithModel(browser, JSON.stringify(hostilePark()), errors, dialogs);
    await page.waitForSelector('[data-testid="network"] canvas');
    await page.fill('[data-testid="search"]', 'smelter');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="inspector"]');
    expect(await page.locator('[data-testid="inspector"]').innerText()).toContain(HOSTILE_NAME);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTIFACTS}/model-url-hostile.png` });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists every problem of a broken model with its path', async () => {
    const errors: string[] = [];
    const dialogs: string[] = [];
    const page = await openWithModel(browser, JSON.stringify(brokenPark()), errors, dialogs);
    await page.waitForSelector('.error-screen[role="alert"]');
    const text = await page.locator('.error-screen').innerText();
    expect(text).toContain('flows[0].material');
    expect(text).toContain('flows[0].quantity');
    expect(text).toContain('hostile.json');
    await page.screenshot({ path: `${ARTIFACTS}/model-url-broken.png` });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows invalid JSON as a problem, not a crash', async () => {
    const errors: string[] = [];
    const page = await openWithModel(browser, '{"schemaVersion": 1,', errors, []);
    await page.waitForSelector('.error-screen[role="alert"] li');
    expect(await page.locator('.error-screen li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
