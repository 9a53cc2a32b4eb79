/**
 * Editing what is already in the model, in a real headless Chromium: an
 * enterprise and its declared streams from its table row (kept over a
 * reload, undone step by step, and Ctrl+Z does nothing behind an open
 * form), a flow moved to another receiver with the warnings core gives on
 * the way, a chain template's stages renamed and the template deleted, and
 * a material in use deleted with everything that uses it, and the camera
 * staying where the user left it when an edit redraws the park. Every test
 * has its own browser context, so IndexedDB starts empty.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, freshContexts } from './browser.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('editing what is there', () => {
  const app = freshContexts();
  const openFresh = () => app.open();
  const errors = app.errors;
  const openTables = async (page: Page, tab: 'enterprises' | 'materials' | 'flows' | 'chains') => {
    if ((await page.locator('[data-testid="table-view"]').count()) === 0)
      await page.click('[data-testid="tables-button"]');
    await page.click(`[data-testid="table-tab-${tab}"]`);
  };
  const filter = (page: Page, text: string) => page.fill('[data-testid="table-filter"]', text);
  const row = (page: Page, id: string) => page.locator(`[data-testid="table-row"][data-row-id="${id}"]`);
  const cell = (page: Page, id: string, key: string) => row(page, id).locator(`[data-key="${key}"]`);
  const field = (page: Page, form: string, name: string) =>
    page.locator(`[data-testid="${form}"] [data-testid="field-${name}"]`);
  const savedState = (page: Page) => page.getAttribute('[data-testid="save-status"]', 'data-state');
  const undoTitle = (page: Page) => page.getAttribute('[data-testid="undo"]', 'title');

  it('edits an enterprise and its declared streams from its row, over a reload, and undoes each step', async () => {
    const page = await openFresh();
    await openTables(page, 'enterprises');
    await filter(page, 'volvo-ce');
    await row(page, 'volvo-ce').locator('[data-testid="edit-row"]').click();
    await page.waitForSelector('[data-testid="enterprise-form"][open]');
    expect(await field(page, 'enterprise-form', 'nameZh').inputValue()).toBe('沃尔沃建筑设备(临沂)');
    expect(await field(page, 'enterprise-form', 'id').getAttribute('readonly')).not.toBeNull();
    await field(page, 'enterprise-form', 'nameEn').fill('Volvo CE Linyi');
    await page.click('[data-testid="enterprise-form"] [data-testid="form-save"]');
    await page.waitForSelector('[data-testid="enterprise-form"]', { state: 'detached' });
    await expect.poll(() => cell(page, 'volvo-ce', 'nameEn').innerText()).toBe('Volvo CE Linyi');
    const undoName = await undoTitle(page);
    expect(undoName).toContain('修改企业');

    // Ctrl+Z behind an open form, with the focus on the page itself: the model is not touched.
    await row(page, 'volvo-ce').locator('[data-testid="edit-row"]').click();
    await page.waitForSelector('[data-testid="enterprise-form"][open]');
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('Control+Z');
    await page.waitForTimeout(200);
    expect(await undoTitle(page)).toBe(undoName);
    expect(await cell(page, 'volvo-ce', 'nameEn').innerText()).toBe('Volvo CE Linyi');

    // "Save and edit declared streams" saves the form first, then opens the streams.
    await field(page, 'enterprise-form', 'nameZh').fill('沃尔沃建筑设备(临沂)有限公司');
    await page.click('[data-testid="enterprise-form"] [data-testid="open-streams"]');
    await page.waitForSelector('[data-testid="streams-form"][open]');
    await expect.poll(() => undoTitle(page)).toContain('有限公司');
    const scrap = page.locator(
      '[data-testid="streams-form"] [data-testid="streams-outputs"] [data-testid="stream-row"][data-material="scrap-steel"]',
    );
    await scrap.locator('[data-testid="stream-edit"]').click();
    expect(await field(page, 'streams-form', 'quantity').inputValue()).toBe('8860');
    await field(page, 'streams-form', 'quantity').fill('9 500');
    await page.click('[data-testid="streams-form"] [data-testid="form-save"]');
    await expect.poll(() => scrap.innerText()).toContain('9,500');
    await page.screenshot({ path: `${ARTIFACTS}/editing-streams.png` });
    await page.click('[data-testid="streams-form"] [data-testid="form-cancel"]');
    await page.waitForSelector('[data-testid="streams-form"]', { state: 'detached' });
    await expect.poll(() => savedState(page)).toBe('saved');

    await page.reload();
    await page.waitForSelector('[data-testid="network"] canvas');
    await openTables(page, 'enterprises');
    await filter(page, 'volvo-ce');
    await expect.poll(() => cell(page, 'volvo-ce', 'nameEn').innerText()).toBe('Volvo CE Linyi');
    await row(page, 'volvo-ce').locator('[data-testid="edit-row"]').click();
    await page.click('[data-testid="enterprise-form"] [data-testid="open-streams"]');
    await expect.poll(() => scrap.innerText()).toContain('9,500');
    await page.click('[data-testid="streams-form"] [data-testid="form-cancel"]');

    // Three steps, undone one at a time: the stream, the Chinese name, the English name.
    await page.click('[data-testid="undo"]');
    await page.click('[data-testid="undo"]');
    expect(await cell(page, 'volvo-ce', 'nameZh').innerText()).toBe('沃尔沃建筑设备(临沂)');
    expect(await cell(page, 'volvo-ce', 'nameEn').innerText()).toBe('Volvo CE Linyi');
    await page.click('[data-testid="undo"]');
    await expect.poll(() => cell(page, 'volvo-ce', 'nameEn').innerText()).toBe('Volvo Construction Equipment (Linyi)');
    expect(errors).toEqual([]);
  });

  it('moves a flow to another receiver, with the warning core gives on the way', async () => {
    const page = await openFresh();
    await openTables(page, 'flows');
    await filter(page, 'f-058');
    await row(page, 'f-058').locator('[data-testid="edit-row"]').click();
    await page.waitForSelector('[data-testid="flow-form"][open]');
    expect(await field(page, 'flow-form', 'to').inputValue()).toBe('meikai-recycling');
    // The wastewater plant does not declare scrap steel as an input: a warning at the material, not a refusal.
    await field(page, 'flow-form', 'to').selectOption('etdz-wwtp');
    await page.locator('[data-testid="flow-form"] [data-testid="warning-material"]').waitFor();
    expect(await page.getAttribute('[data-testid="flow-form"] [data-testid="form-save"]', 'aria-disabled')).toBe(
      'false',
    );
    await field(page, 'flow-form', 'to').selectOption('zhongzai-recycling');
    await expect.poll(() => page.locator('[data-testid="flow-form"] [data-testid="warning-material"]').count()).toBe(0);
    await page.click('[data-testid="flow-form"] [data-testid="form-save"]');
    await page.waitForSelector('[data-testid="flow-form"]', { state: 'detached' });
    await expect.poll(() => cell(page, 'f-058', 'to').innerText()).toContain('中再生');
    expect(await undoTitle(page)).toContain('f-058');
    expect(errors).toEqual([]);
  });

  it('renames a chain template stage, then deletes the template and undoes that', async () => {
    const page = await openFresh();
    await openTables(page, 'chains');
    const chain = page.locator('[data-testid="chain-row"][data-row-id="machinery-lifecycle"]');
    await chain.locator('[data-testid="edit-chain"]').click();
    await page.waitForSelector('[data-testid="chain-form"][open]');
    const stages = page.locator('[data-testid="chain-form"] [data-testid="chain-stage"]');
    expect(await stages.count()).toBe(5);
    expect(await stages.nth(1).locator('[data-testid="stage-name-zh"]').inputValue()).toBe('整机制造');
    await stages.nth(1).locator('[data-testid="stage-name-zh"]').fill('整机制造与总装');
    await page.click('[data-testid="chain-form"] [data-testid="form-save"]');
    await page.waitForSelector('[data-testid="chain-form"]', { state: 'detached' });
    await expect.poll(() => chain.locator('li').nth(1).innerText()).toContain('整机制造与总装');

    const count = await page.locator('[data-testid="chain-row"]').count();
    await chain.locator('[data-testid="delete-chain"]').click();
    await expect.poll(() => page.locator('[data-testid="chain-row"]').count()).toBe(count - 1);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => page.locator('[data-testid="chain-row"]').count()).toBe(count);
    expect(await chain.locator('li').nth(1).innerText()).toContain('整机制造与总装');
    expect(errors).toEqual([]);
  });

  it('deletes a material in use together with its flows, and refuses one a chain stage needs', async () => {
    const page = await openFresh();
    await openTables(page, 'materials');
    // Construction machinery is a chain stage's only material: deleting it would break the chain.
    await filter(page, 'construction-machinery');
    await row(page, 'construction-machinery').locator('[data-testid="delete-row"]').click();
    await page.waitForSelector('[data-testid="delete-dialog"][open]');
    expect(await page.isDisabled('[data-testid="delete-with-uses"]')).toBe(true);
    await page.click('[data-testid="delete-cancel"]');

    await filter(page, 'coal');
    await row(page, 'coal').locator('[data-testid="delete-row"]').click();
    await page.waitForSelector('[data-testid="delete-dialog"][open]');
    expect(await page.locator('[data-testid="uses-flows"] li').allInnerTexts()).toEqual([
      expect.stringMatching(/^f-022: /),
      expect.stringMatching(/^f-054: /),
    ]);
    await page.click('[data-testid="delete-with-uses"]');
    await page.waitForSelector('[data-testid="delete-dialog"]', { state: 'detached' });
    await expect.poll(() => row(page, 'coal').count()).toBe(0);
    await openTables(page, 'flows');
    await filter(page, 'f-022');
    await expect.poll(() => row(page, 'f-022').count()).toBe(0);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => row(page, 'f-022').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps the camera where the user left it when an edit redraws the park', async () => {
    const page = await openFresh();
    await page.waitForFunction(() => (window.__symbiographNetwork?.viewportOf('volvo-ce') ?? null) !== null);
    const box = (await page.locator('[data-testid="network"]').boundingBox())!;
    const at = () => page.evaluate(() => window.__symbiographNetwork!.viewportOf('volvo-ce')!);
    const start = await at();
    // Zoom in around a point away from the centre, so the view is neither the default nor centred.
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await page.mouse.wheel(0, -600);
    // The zoom animates: on a loaded machine a fixed wait can read Volvo mid-flight and the click misses it.
    // Wait until two reads 250 ms apart agree.
    let zoomed = await at();
    for (let settled = false; !settled;) {
      await page.waitForTimeout(250);
      const next = await at();
      settled = Math.hypot(next.x - zoomed.x, next.y - zoomed.y) < 0.5;
      zoomed = next;
    }
    expect(Math.hypot(zoomed.x - start.x, zoomed.y - start.y)).toBeGreaterThan(20);

    // Select Volvo by clicking it (a search would fly the camera to it), then rename it.
    await page.mouse.click(box.x + zoomed.x, box.y + zoomed.y);
    await page.waitForSelector('[data-testid="enterprise-editor"]');
    await page.fill('[data-testid="edit-name-zh"]', '沃尔沃(视角测试)');
    await page.keyboard.press('Enter');
    await expect.poll(() => undoTitle(page)).toContain('视角测试');
    await page.waitForTimeout(500);
    const after = await at();
    expect(Math.hypot(after.x - zoomed.x, after.y - zoomed.y)).toBeLessThan(2);
    expect(errors).toEqual([]);
  });
});
