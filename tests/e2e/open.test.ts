/**
 * `symbiograph open FILE` in a real browser: the park served by the command
 * is shown, an edit made through the tables is saved back with "Save to
 * FILE" and lands in the file on disk; a file changed on disk meanwhile is
 * not overwritten and the app says so; an exchange list asks first what it
 * will not keep. The app is the build the e2e set-up made (SYMBIOGRAPH_APP_DIR).
 * Screenshots go to test-artifacts/e2e/open/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParkModel } from '../../src/core/model/types.ts';
import { startOpen, type OpenSession } from '../fixtures/openSession.ts';
import { ARTIFACTS, chromiumAvailable, collectErrors, launchBrowser } from './browser.ts';
import { renameEnterprise } from './tableActions.ts';

const enabled = chromiumAvailable();
const SHOTS = `${ARTIFACTS}/open`;
const dir = mkdtempSync(join(tmpdir(), 'symbiograph-open-e2e-'));

describe.runIf(enabled)('symbiograph open in the browser', () => {
  let browser: Browser;
  const sessions: OpenSession[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) expect(await session.stop()).toBe(0);
  });

  /** Serves `file` with the e2e build and opens the printed address in a fresh context at 1440×900. */
  async function openFile(file: string): Promise<{ page: Page; session: OpenSession }> {
    const session = await startOpen(file, [], { SYMBIOGRAPH_APP_DIR: inject('appDir') });
    sessions.push(session);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    errors.length = 0;
    collectErrors(page, errors);
    await page.goto(session.url.href);
    await page.waitForSelector('[data-testid="network"] canvas');
    return { page, session };
  }

  const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ParkModel;

  it('shows the park it serves, and saves an edit made in the app back to the file', async () => {
    const file = join(dir, 'linyi.json');
    copyFileSync('data/linyi-etdz.json', file);
    const park = readJson(file);
    const { page } = await openFile(file);

    expect(await page.locator('.park-name').innerText()).toBe(park.park.name.zh);
    const drawn = await page.evaluate(() => window.__symbiographNetwork?.drawn().nodes ?? []);
    for (const enterprise of park.enterprises) expect(drawn).toContain(enterprise.id);
    const button = page.locator('[data-testid="save-to-file"]');
    expect(await button.innerText()).toBe('保存到 linyi.json');
    expect(await button.getAttribute('title')).toContain(file);
    await page.screenshot({ path: `${SHOTS}/open-topbar.png` });

    await renameEnterprise(page, 'volvo-ce', 'Volvo CE Linyi, saved from the app');
    await button.click();
    await expect.poll(() => page.locator('[data-testid="save-to-file-state"]').innerText()).toBe('✓ 已写入文件');
    const saved = readJson(file);
    expect(saved.enterprises.find((e) => e.id === 'volvo-ce')?.name.en).toBe('Volvo CE Linyi, saved from the app');
    expect(saved.enterprises).toHaveLength(park.enterprises.length);
    await page.locator('header.topbar').screenshot({ path: `${SHOTS}/open-saved-topbar.png` });
    await page.screenshot({ path: `${SHOTS}/open-saved.png` });

    // Another program writes the file: the next save must not overwrite it, and the app says so.
    const elsewhere = `${readFileSync(file, 'utf8')}\n`;
    writeFileSync(file, elsewhere);
    await renameEnterprise(page, 'volvo-ce', 'not written');
    expect(await page.locator('[data-testid="save-to-file-state"]').innerText()).toBe('');
    await button.click();
    const outcome = page.locator('[data-testid="save-to-file-outcome"]');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('conflict');
    expect(await outcome.innerText()).toContain('linyi.json 在打开后已被其他程序修改');
    await page.screenshot({ path: `${SHOTS}/open-conflict.png` });
    const download = page.waitForEvent('download');
    await page.click('[data-testid="save-to-file-outcome"] [data-testid="save-to-file-download"]');
    const copy = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as ParkModel;
    expect(copy.enterprises.find((e) => e.id === 'volvo-ce')?.name.en).toBe('not written');
    expect(readFileSync(file, 'utf8')).toBe(elsewhere);
    // Chromium logs every 4xx answer as a console error: the 409 is the answer this test asked for.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });

  it('tells what an exchange list does not keep before the first save to one', async () => {
    const file = join(dir, 'kalundborg.csv');
    copyFileSync('data/examples/kalundborg.csv', file);
    const before = readFileSync(file, 'utf8');
    const { page } = await openFile(file);
    await page.click('[data-testid="language"]');
    const button = page.locator('[data-testid="save-to-file"]');
    expect(await button.innerText()).toBe('Save to kalundborg.csv');

    await button.click();
    const dialog = page.locator('[data-testid="save-to-file-dialog"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('an exchange list holds flows only');
    await page.screenshot({ path: `${SHOTS}/open-exchange-list-ask.png` });
    expect(readFileSync(file, 'utf8')).toBe(before);
    await page.click('[data-testid="save-to-file-confirm"]');
    await expect
      .poll(() => page.locator('[data-testid="save-to-file-state"]').innerText())
      .toBe('✓ Written to the file');
    expect(await dialog.isVisible()).toBe(false);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toBe(before);
    expect(written.split('\r\n')[0]).toContain('from,to,material,category,quantity');
    expect(errors).toEqual([]);
  });
});
