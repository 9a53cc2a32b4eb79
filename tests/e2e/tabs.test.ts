/**
 * Two tabs of one browser (same origin, same IndexedDB) with the same
 * library model open: an edit saved in tab A reaches tab B at once
 * (BroadcastChannel), B's own edit then does not overwrite A's save but
 * waits with a banner, and "keep this tab's version as a copy" leaves both
 * versions in the library; a model created in one tab appears in the
 * other's open library list. Screenshots go to test-artifacts/e2e/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, collectErrors, launchBrowser } from './browser.ts';

const enabled = chromiumAvailable();
const ORIGINAL = '金升集团';
const FROM_A = '金升集团(标签页A)';
const FROM_B = '金升集团(标签页B)';

/** Every library model as stored: its name and the Chinese names of its enterprises. */
interface StoredModel {
  readonly name: string;
  readonly enterprises: readonly string[];
}

describe.runIf(enabled)('two tabs with the same model open', () => {
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function openTab(): Promise<Page> {
    const page = await context.newPage();
    collectErrors(page, errors);
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-testid="network"] canvas');
    return page;
  }
  const savedState = (page: Page) => page.getAttribute('[data-testid="save-status"]', 'data-state');
  const openName = (page: Page) => page.innerText('[data-testid="open-model-name"]');
  const rename = async (page: Page, from: string, to: string) => {
    await page.fill('[data-testid="search"]', '');
    await page.fill('[data-testid="search"]', from);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="enterprise-editor"]');
    await page.fill('[data-testid="edit-name-zh"]', to);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="inspector"] h2').innerText()).toBe(to);
  };
  /** The library straight from IndexedDB, as any tab (or a reload) would find it. */
  const library = (page: Page): Promise<StoredModel[]> =>
    page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('symbiograph-library');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const read = (store: string, keys: boolean) =>
        new Promise<unknown[]>((resolve, reject) => {
          const objects = db.transaction(store).objectStore(store);
          const request = keys ? objects.getAllKeys() : objects.getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      type Entry = { id: string; name: string };
      // Model data in chunks (the app's modelChunks.ts): the record lists the keys of its enterprises' chunks.
      type Data = { id: string; model: { collections: { enterprises: string[] } } };
      type Enterprise = { name: { zh?: string } };
      const entries = (await read('entries', false)) as Entry[];
      const models = (await read('models', false)) as Data[];
      const chunkKeys = (await read('chunks', true)) as [string, string][];
      const chunkValues = (await read('chunks', false)) as Enterprise[][];
      db.close();
      const chunk = (id: string, key: string) =>
        chunkValues[chunkKeys.findIndex(([m, k]) => m === id && k === key)] ?? [];
      const enterprisesOf = (id: string) =>
        (models.find((m) => m.id === id)?.model.collections.enterprises ?? []).flatMap((key) => chunk(id, key));
      return entries
        .map((entry) => ({ name: entry.name, enterprises: enterprisesOf(entry.id).map((e) => e.name.zh ?? '') }))
        .sort((a, b) => a.name.localeCompare(b.name));
    });

  it('keeps tab A’s save, holds tab B’s edit behind a banner, and keeps both versions on request', async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const a = await openTab();
    await expect.poll(() => savedState(a)).toBe('saved');
    const b = await openTab();
    const name = await openName(a);
    expect(await openName(b)).toBe(name);

    await rename(a, ORIGINAL, FROM_A);
    await expect.poll(() => savedState(a)).toBe('saved');
    // B hears of it before it edits anything.
    const banner = b.locator('[data-testid="tab-conflict"]');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(`模型“${name}”已在另一个浏览器标签页中被修改`);

    await rename(b, ORIGINAL, FROM_B);
    await expect.poll(() => savedState(b)).toBe('conflict');
    expect(await b.innerText('[data-testid="save-status"]')).toBe('未保存:冲突');
    await b.screenshot({ path: `${ARTIFACTS}/tabs-conflict.png` });
    // A's edit is what is stored; B's is only in B's memory.
    let stored = await library(b);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.enterprises).toContain(FROM_A);
    expect(stored[0]!.enterprises).not.toContain(FROM_B);

    await b.click('[data-testid="tab-conflict-keep"]');
    const copyName = `${name}(本标签页的副本)`;
    await expect.poll(() => openName(b)).toBe(copyName);
    expect(await banner.count()).toBe(0);
    await expect.poll(() => savedState(b)).toBe('saved');
    stored = await library(a);
    expect(stored.map((m) => m.name)).toEqual([name, copyName].sort((x, y) => x.localeCompare(y)));
    const original = stored.find((m) => m.name === name)!;
    const copy = stored.find((m) => m.name === copyName)!;
    expect(original.enterprises).toContain(FROM_A);
    expect(original.enterprises).not.toContain(FROM_B);
    expect(copy.enterprises).toContain(FROM_B);
    expect(copy.enterprises).not.toContain(FROM_A);
    // B keeps its undo history in the copy; A, which kept the model, was never disturbed.
    expect(await b.isDisabled('[data-testid="undo"]')).toBe(false);
    expect(await a.locator('[data-testid="tab-conflict"]').count()).toBe(0);
    expect(await savedState(a)).toBe('saved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is caught by IndexedDB itself in a browser without BroadcastChannel', async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }));
    const a = await openTab();
    await expect.poll(() => savedState(a)).toBe('saved');
    const b = await openTab();
    await rename(a, ORIGINAL, FROM_A);
    await expect.poll(() => savedState(a)).toBe('saved');
    expect(await b.locator('[data-testid="tab-conflict"]').count()).toBe(0);
    // B learns of A's save only when its own is refused: nothing of B's is written.
    await rename(b, ORIGINAL, FROM_B);
    await b.locator('[data-testid="tab-conflict"]').waitFor();
    expect(await savedState(b)).toBe('conflict');
    const stored = await library(a);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.enterprises).toContain(FROM_A);
    expect(stored[0]!.enterprises).not.toContain(FROM_B);

    // Loading A's version replaces B's model; B saves normally from there.
    await b.click('[data-testid="tab-conflict-load"]');
    await expect.poll(() => b.locator('[data-testid="inspector"] h2').innerText()).toBe(FROM_A);
    expect(await b.locator('[data-testid="tab-conflict"]').count()).toBe(0);
    await rename(b, FROM_A, FROM_B);
    await expect.poll(() => savedState(b)).toBe('saved');
    expect((await library(a))[0]!.enterprises).toContain(FROM_B);
    expect(errors).toEqual([]);
  });

  it('shows a model created in one tab in the other tab’s open library list', async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const a = await openTab();
    await expect.poll(() => savedState(a)).toBe('saved');
    const b = await openTab();
    await b.click('[data-testid="library-button"]');
    await b.waitForSelector('[data-testid="library-dialog"][open]');
    const names = () => b.locator('[data-testid="library-entry-name"]').allInnerTexts();
    await expect.poll(names).toHaveLength(1);

    await a.click('[data-testid="library-button"]');
    await a.fill('[data-testid="library-create-name"]', 'Made in tab A');
    await a.click('[data-testid="library-create"]');
    await expect.poll(() => openName(a)).toBe('Made in tab A');
    // B's list, still open, reads the library again when A tells of the new model.
    await expect.poll(names).toContain('Made in tab A');
    expect(errors).toEqual([]);
    await context.close();
  });
});
