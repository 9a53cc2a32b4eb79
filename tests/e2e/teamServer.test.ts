/**
 * The app served by `symbiograph serve`: two people in two browser contexts
 * sign in, one uploads the open park as a shared park and makes the other
 * an editor (through the API), both open it; A's save reaches B as a live
 * notice; B's stale save is refused and B keeps theirs on top (a new
 * version); A's next stale save is settled by taking the server's version;
 * the versions list names both authors. The app is the build the e2e set-up
 * made (SYMBIOGRAPH_APP_DIR), the database an embedded one in a folder of
 * its own. Screenshots (1440×900) go to test-artifacts/e2e/team/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServe, type ServeProcess } from '../integration/server/serveProcess.ts';
import { ARTIFACTS, chromiumAvailable, collectErrors, launchBrowser } from './browser.ts';
import { exportFileName } from '../../src/app/outputs/fileNames.ts';
import { renameEnterprise } from './tableActions.ts';

const enabled = chromiumAvailable();
const SHOTS = `${ARTIFACTS}/team`;
const PASSWORD = 'a long enough password';

/** `symbiograph user add NAME` on the data folder, the password on standard input. */
function addUser(data: string, name: string): Promise<number | null> {
  const child = spawn(process.execPath, ['bin/symbiograph.mjs', 'user', 'add', name, '--data', data, '--lang', 'en'], {
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  child.stdin.end(`${PASSWORD}\n`);
  return new Promise((resolve) => child.once('exit', resolve));
}

describe.runIf(enabled)('the app with a team server', () => {
  const data = mkdtempSync(join(tmpdir(), 'symbiograph-team-e2e-'));
  let serve: ServeProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    expect(await addUser(data, 'ana')).toBe(0);
    expect(await addUser(data, 'bo')).toBe(0);
    expect(await addUser(data, 'cy')).toBe(0);
    serve = await startServe(['--data', data], { SYMBIOGRAPH_APP_DIR: inject('appDir') });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await serve?.stop();
    rmSync(data, { recursive: true, force: true });
  });

  async function newPage(errors: string[]): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    collectErrors(page, errors);
    await page.goto(serve.url);
    return page;
  }

  async function signIn(page: Page, name: string): Promise<void> {
    await page.waitForSelector('[data-testid="login-form"]');
    await page.fill('[data-testid="login-username"]', name);
    await page.fill('[data-testid="login-password"]', PASSWORD);
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="network"] canvas');
    expect(await page.locator('[data-testid="team-user"]').innerText()).toBe(name);
  }

  async function enterpriseNameEn(page: Page, id: string): Promise<string> {
    await page.fill('[data-testid="table-filter"]', id);
    await page.locator(`[data-testid="table-row"][data-row-id="${id}"] [data-testid="edit-row"]`).click();
    await page.waitForSelector('[data-testid="enterprise-form"][open]');
    const name = await page.inputValue('[data-testid="enterprise-form"] [data-testid="field-nameEn"]');
    await page.click('[data-testid="enterprise-form"] [data-testid="form-cancel"]');
    await page.waitForSelector('[data-testid="enterprise-form"]', { state: 'detached' });
    return name;
  }

  const revisionOf = (page: Page) => page.locator('[data-testid="shared-badge"]').getAttribute('data-revision');
  it('signs in, shares a park, tells of others’ saves and settles stale saves without losing any', async () => {
    const errorsA: string[] = [];
    const errorsB: string[] = [];
    const a = await newPage(errorsA);

    // A wrong password: the server's reason, in Chinese (the default language).
    await a.waitForSelector('[data-testid="login-form"]');
    await a.screenshot({ path: `${SHOTS}/login.png` });
    await a.fill('[data-testid="login-username"]', 'ana');
    await a.fill('[data-testid="login-password"]', 'wrong');
    await a.click('[data-testid="login-submit"]');
    const error = a.locator('[data-testid="login-error"]');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('bad-credentials');
    expect(await error.innerText()).toBe('用户名或密码不正确');
    await a.screenshot({ path: `${SHOTS}/login-error.png` });
    await signIn(a, 'ana');

    // A uploads the open park as a shared park.
    await a.click('[data-testid="team-button"]');
    await a.waitForSelector('[data-testid="team-none"]');
    await a.fill('[data-testid="team-upload-message"]', '初始版本');
    await a.click('[data-testid="team-upload"]');
    await expect.poll(() => revisionOf(a)).toBe('1');
    const row = a.locator('[data-testid="team-park"]');
    await expect.poll(() => row.count()).toBe(1);
    const parkId = await row.getAttribute('data-park-id');
    expect(parkId).toBeTruthy();

    // A makes B an editor, through the API with a token.
    const tokenAnswer = await fetch(`${serve.url}/api/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'ana', password: PASSWORD }),
    });
    const { token } = (await tokenAnswer.json()) as { token: string };
    const member = await fetch(`${serve.url}/api/parks/${parkId}/members`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ username: 'bo', role: 'editor' }),
    });
    expect(member.status).toBe(200);
    const viewer = await fetch(`${serve.url}/api/parks/${parkId}/members`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ username: 'cy', role: 'viewer' }),
    });
    expect(viewer.status).toBe(200);
    await a.click('[data-testid="team-close"]');

    // B signs in and opens it.
    const b = await newPage(errorsB);
    await signIn(b, 'bo');
    await b.click('[data-testid="team-button"]');
    const bRow = b.locator(`[data-testid="team-park"][data-park-id="${parkId}"]`);
    await bRow.waitFor();
    expect(await bRow.innerText()).toContain('编辑者');
    expect(await bRow.innerText()).toContain('ana');
    await b.screenshot({ path: `${SHOTS}/team-parks-b.png` });
    await bRow.locator('[data-testid="team-open"]').click();
    await expect.poll(() => revisionOf(b)).toBe('1');

    // A saves an edit: revision 2; B hears of it.
    await renameEnterprise(a, 'volvo-ce', 'Volvo CE, by Ana');
    await a.click('[data-testid="shared-save"]');
    await expect.poll(() => revisionOf(a)).toBe('2');
    const live = b.locator('[data-testid="team-live"]');
    await live.waitFor();
    expect(await live.getAttribute('data-revision')).toBe('2');
    expect(await live.innerText()).toContain('ana 在');
    expect(await live.innerText()).toContain('保存了版本 2');
    await b.screenshot({ path: `${SHOTS}/live-notice.png` });
    // B keeps working: the notice goes, and B's stale save is refused.
    await b.click('[data-testid="team-live-dismiss"]');
    await renameEnterprise(b, 'volvo-ce', 'Volvo CE, by Bo');
    await b.click('[data-testid="shared-save"]');
    const conflict = b.locator('[data-testid="team-conflict"]');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('ana');
    expect(await revisionOf(b)).toBe('1');
    await b.screenshot({ path: `${SHOTS}/conflict.png` });
    // "Download mine" names the file as the app's exports do: the park's name, each run of other characters a `-`.
    const [mine] = await Promise.all([b.waitForEvent('download'), b.click('[data-testid="team-download-mine"]')]);
    const parkName = await b.locator('[data-testid="open-model-name"]').innerText();
    expect(mine.suggestedFilename()).toBe(exportFileName([parkName], 'json'));
    // Keep mine: saved on top of A's as revision 3, nothing lost.
    await b.click('[data-testid="team-keep-mine"]');
    await expect.poll(() => revisionOf(b)).toBe('3');
    await conflict.waitFor({ state: 'detached' });

    // A, still on revision 2, edits again: refused; A takes theirs (B's revision 3).
    await a.locator('[data-testid="team-live"]').waitFor();
    await renameEnterprise(a, 'volvo-ce', 'Volvo CE, stale');
    // With edits not on the server, loading B's revision asks once more; A does not confirm but saves.
    const load = a.locator('[data-testid="team-live-load"]');
    expect(await load.innerText()).toBe('载入此版本');
    await load.click();
    expect(await load.innerText()).toBe('确认载入(我的修改保留在撤销历史中)');
    expect(await revisionOf(a)).toBe('2');
    await a.click('[data-testid="shared-save"]');
    await a.locator('[data-testid="team-conflict"]').waitFor();
    await a.click('[data-testid="team-take-theirs"]');
    await expect.poll(() => revisionOf(a)).toBe('3');
    expect(await enterpriseNameEn(a, 'volvo-ce')).toBe('Volvo CE, by Bo');
    // A's stale edit is one undo away.
    expect(await a.locator('[data-testid="undo"]').isEnabled()).toBe(true);

    // The versions: who saved each.
    await a.click('[data-testid="team-button"]');
    const versions = a.locator('[data-testid="team-version"]');
    await expect.poll(() => versions.count()).toBe(3);
    expect(await a.locator('[data-testid="team-version-author"]').allInnerTexts()).toEqual(['bo', 'ana', 'ana']);
    await a.screenshot({ path: `${SHOTS}/team-parks.png` });

    // A viewer opens it too, and may not save: the button says why.
    const errorsC: string[] = [];
    const c = await newPage(errorsC);
    await signIn(c, 'cy');
    await c.click('[data-testid="team-button"]');
    const cRow = c.locator(`[data-testid="team-park"][data-park-id="${parkId}"]`);
    await cRow.waitFor();
    expect(await cRow.innerText()).toContain('查看者');
    await cRow.locator('[data-testid="team-open"]').click();
    await expect.poll(() => revisionOf(c)).toBe('3');
    const cSave = c.locator('[data-testid="shared-save"]');
    expect(await cSave.isDisabled()).toBe(true);
    expect(await cSave.getAttribute('title')).toContain('查看者');
    expect(errorsC.filter((e) => !/status of 401/.test(e))).toEqual([]);

    // A reload: still signed in (the cookie), the offline copy reopened with the revision it was based on.
    await a.click('[data-testid="team-close"]');
    await a.reload();
    await a.waitForSelector('[data-testid="network"] canvas');
    await expect.poll(() => revisionOf(a)).toBe('3');
    expect(await a.locator('[data-testid="team-user"]').innerText()).toBe('ana');
    // It held no edits beyond revision 3 when left, and says so.
    expect(await a.locator('[data-testid="shared-state"]').innerText()).toBe('');

    // Signing out leads back to the sign-in page.
    await a.click('[data-testid="team-sign-out"]');
    await a.waitForSelector('[data-testid="login-form"]');

    // Chromium logs every 4xx answer as a console error: the 401s and 409s are the answers this test asked for.
    const expected = /status of (401|409)/;
    expect(errorsA.filter((e) => !expected.test(e))).toEqual([]);
    expect(errorsB.filter((e) => !expected.test(e))).toEqual([]);
  }, 180_000);
});
