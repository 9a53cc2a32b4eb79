/**
 * The model store in a real headless Chromium: an edit survives a reload,
 * undo and redo work from the buttons and the keyboard (also after the
 * reload), a second model lives in the library beside the first, deleting
 * asks first, and a browser without IndexedDB or with a damaged record
 * still works and says what happened. Every test has its own browser
 * context, so IndexedDB starts empty. Screenshots go to test-artifacts/e2e/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, freshContexts } from './browser.ts';

const enabled = chromiumAvailable();
const ORIGINAL = '金升集团';
const EDITED = '金升集团(再生铜)';

describe.runIf(enabled)('keeping and undoing the user’s changes', () => {
  const app = freshContexts();
  /** A fresh context (empty IndexedDB) with the app open and its model shown. */
  const openFresh = (setup?: (context: BrowserContext) => Promise<void>) => app.open(setup);
  const errors = app.errors;
  const ready = (page: Page) => page.waitForSelector('[data-testid="network"] canvas');
  const inspectorTitle = (page: Page) => page.locator('[data-testid="inspector"] h2').innerText();
  const select = async (page: Page, name: string) => {
    // Emptied first: typing the text the box already holds would not open its suggestions.
    await page.fill('[data-testid="search"]', '');
    await page.fill('[data-testid="search"]', name);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="enterprise-editor"]');
  };
  const savedState = (page: Page) => page.getAttribute('[data-testid="save-status"]', 'data-state');
  const rename = async (page: Page, name: string) => {
    await page.fill('[data-testid="edit-name-zh"]', name);
    await page.keyboard.press('Enter');
    await expect.poll(() => inspectorTitle(page)).toBe(name);
  };

  it('keeps an edited name over a reload; undo and redo from the buttons and the keyboard', async () => {
    const page = await openFresh();
    await select(page, ORIGINAL);
    expect(await page.isDisabled('[data-testid="undo"]')).toBe(true);
    await rename(page, EDITED);
    // Reloaded at once, without waiting for the save to be reported.
    await page.reload();
    await ready(page);
    await select(page, '再生铜');
    expect(await inspectorTitle(page)).toBe(EDITED);
    expect(await page.inputValue('[data-testid="edit-name-zh"]')).toBe(EDITED);

    // The undo step was saved with the model: its tooltip says what it undoes.
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toContain(`重命名企业“${ORIGINAL}”`);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => inspectorTitle(page)).toBe(ORIGINAL);
    expect(await page.getAttribute('[data-testid="redo"]', 'title')).toContain(EDITED);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => inspectorTitle(page)).toBe(EDITED);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => inspectorTitle(page)).toBe(ORIGINAL);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => inspectorTitle(page)).toBe(EDITED);

    // While typing, Ctrl+Z belongs to the field, not to the model.
    await page.focus('[data-testid="edit-name-en"]');
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await page.keyboard.press('Control+Z');
    expect(await inspectorTitle(page)).toBe(EDITED);
    await page.keyboard.press('Escape');

    // The status is an undoable step too, and the undone state is what a reload shows.
    await page.selectOption('[data-testid="edit-status"]', 'closed');
    await expect.poll(() => page.inputValue('[data-testid="edit-status"]')).toBe('closed');
    await page.click('[data-testid="undo"]');
    await page.click('[data-testid="undo"]');
    await expect.poll(() => inspectorTitle(page)).toBe(ORIGINAL);
    expect(await page.inputValue('[data-testid="edit-status"]')).toBe('operating');
    await expect.poll(() => savedState(page)).toBe('saved');
    await page.reload();
    await ready(page);
    await select(page, ORIGINAL);
    expect(await inspectorTitle(page)).toBe(ORIGINAL);
    expect(await page.isDisabled('[data-testid="redo"]')).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/persistence-undo.png` });
    expect(errors).toEqual([]);
  });

  it('shows a refused name at its field, does not apply it, and restores the saved one on Esc', async () => {
    const page = await openFresh();
    await select(page, ORIGINAL);
    await page.fill('[data-testid="edit-name-zh"]', '铜'.repeat(301));
    await page.waitForSelector('[data-testid="name-error"]');
    expect(await page.locator('[data-testid="name-error"]').innerText()).toContain('300');
    expect(await page.getAttribute('[data-testid="edit-name-zh"]', 'aria-invalid')).toBe('true');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await inspectorTitle(page)).toBe(ORIGINAL);
    expect(await page.isDisabled('[data-testid="undo"]')).toBe(true);
    // Esc gives the saved name back.
    await page.focus('[data-testid="edit-name-zh"]');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('[data-testid="edit-name-zh"]')).toBe(ORIGINAL);
    expect(await page.locator('[data-testid="name-error"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps a second model in the library, switches between them, and asks before deleting', async () => {
    const page = await openFresh();
    await select(page, ORIGINAL);
    await rename(page, EDITED);
    const firstName = await page.innerText('[data-testid="open-model-name"]');

    await page.click('[data-testid="library-button"]');
    await page.fill('[data-testid="library-create-name"]', '第二个园区');
    await page.click('[data-testid="library-create"]');
    await expect.poll(() => page.innerText('[data-testid="open-model-name"]')).toBe('第二个园区');
    await expect.poll(() => page.locator('[data-testid="library-dialog"]').isVisible()).toBe(false);
    await select(page, ORIGINAL);
    expect(await inspectorTitle(page)).toBe(ORIGINAL);

    await page.click('[data-testid="library-button"]');
    const entries = page.locator('[data-testid="library-entry"]');
    await expect.poll(() => entries.count()).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS}/library.png` });
    const first = entries.filter({ hasText: firstName });
    await first.locator('[data-testid="library-open"]').click();
    await expect.poll(() => page.innerText('[data-testid="open-model-name"]')).toBe(firstName);
    // The search box held the other park's query: another model opens with it empty.
    expect(await page.inputValue('[data-testid="search"]')).toBe('');
    await select(page, '再生铜');
    expect(await inspectorTitle(page)).toBe(EDITED);

    // The last model opened is the one a reload opens.
    await page.reload();
    await ready(page);
    expect(await page.innerText('[data-testid="open-model-name"]')).toBe(firstName);

    await page.click('[data-testid="library-button"]');
    const second = entries.filter({ hasText: '第二个园区' });
    await second.locator('[data-testid="library-delete"]').click();
    expect(await second.innerText()).toContain('此操作无法撤销');
    // Focus goes to "cancel", so Enter right after does not delete.
    await page.keyboard.press('Enter');
    await expect.poll(() => entries.count()).toBe(2);
    await second.locator('[data-testid="library-delete"]').click();
    await second.locator('[data-testid="library-confirm-delete"]').click();
    await expect.poll(() => entries.count()).toBe(1);
    // The open model cannot be deleted from under the user.
    expect(await entries.first().locator('[data-testid="library-delete"]').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="library-dialog"]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('renames and duplicates library models, and resets the open one to the reference park as one undoable step', async () => {
    const page = await openFresh();
    await select(page, ORIGINAL);
    await rename(page, EDITED);
    await page.click('[data-testid="library-button"]');
    const entries = page.locator('[data-testid="library-entry"]');
    await entries.first().locator('[data-testid="library-rename"]').click();
    await page.fill('[data-testid="library-rename-input"]', '我的园区');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.innerText('[data-testid="open-model-name"]')).toBe('我的园区');
    await entries.first().locator('[data-testid="library-duplicate"]').click();
    await expect.poll(() => entries.count()).toBe(2);
    expect(await page.locator('[data-testid="library-entry-name"]').allInnerTexts()).toContain('我的园区(副本)');

    await page.click('[data-testid="library-reset"]');
    await expect.poll(() => inspectorTitle(page)).toBe(ORIGINAL);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => inspectorTitle(page)).toBe(EDITED);
    expect(errors).toEqual([]);
  });

  it('works without IndexedDB and says that changes will not be kept', async () => {
    const page = await openFresh(async (ctx) => {
      await ctx.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    });
    await page.waitForSelector('[data-notice="storage-unavailable"]');
    expect(await savedState(page)).toBe('not-kept');
    await select(page, ORIGINAL);
    await rename(page, EDITED);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => inspectorTitle(page)).toBe(ORIGINAL);
    await page.screenshot({ path: `${ARTIFACTS}/persistence-no-storage.png` });
    expect(errors).toEqual([]);
  });

  it('reports a damaged saved model, leaves it alone and opens the reference park', async () => {
    const page = await openFresh();
    await expect.poll(() => savedState(page)).toBe('saved');
    const damagedId = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('symbiograph-library');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['models', 'meta'], 'readwrite');
      const id = await new Promise<string>((resolve) => {
        const request = tx.objectStore('meta').get('lastOpened');
        request.onsuccess = () => resolve(request.result as string);
      });
      tx.objectStore('models').put({ format: 1, id, model: { schemaVersion: 99 }, past: [], future: [] }, id);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return id;
    });
    await page.reload();
    await ready(page);
    const notice = page.locator(`[data-notice="open-failed:${damagedId}"]`);
    await notice.waitFor();
    expect(await notice.innerText()).toContain('schemaVersion 99');
    await page.click('[data-testid="library-button"]');
    await expect.poll(() => page.locator('[data-testid="library-entry"]').count()).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS}/persistence-damaged.png` });
    expect(errors).toEqual([]);
  });
});
