/**
 * Creating things in a real headless Chromium: an enterprise and a flow
 * from it added through the forms survive a reload and undo removes the
 * flow; a flow drawn on the network between two actors opens the flow form
 * with its ends and the materials they declare; a chain template with two
 * stages. Every test has its own browser context, so IndexedDB starts empty.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, freshContexts } from './browser.ts';

const enabled = chromiumAvailable();
type Point = { x: number; y: number };

describe.runIf(enabled)('creating things', () => {
  const app = freshContexts();
  const openFresh = () => app.open();
  const errors = app.errors;
  const ready = (page: Page) => page.waitForSelector('[data-testid="network"] canvas');
  const openTables = async (page: Page, tab: 'enterprises' | 'materials' | 'flows' | 'chains') => {
    if ((await page.locator('[data-testid="table-view"]').count()) === 0)
      await page.click('[data-testid="tables-button"]');
    await page.click(`[data-testid="table-tab-${tab}"]`);
  };
  const rowIds = (page: Page) =>
    page.locator('[data-testid="table-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
  const filter = (page: Page, text: string) => page.fill('[data-testid="table-filter"]', text);
  const cell = (page: Page, row: string, key: string) =>
    page.locator(`[data-testid="table-row"][data-row-id="${row}"] [data-key="${key}"]`);
  const savedState = (page: Page) => page.getAttribute('[data-testid="save-status"]', 'data-state');
  const field = (page: Page, form: string, name: string) =>
    page.locator(`[data-testid="${form}"] [data-testid="field-${name}"]`);

  it('adds an enterprise and a flow from it, keeps both over a reload, and undoes the flow', async () => {
    const page = await openFresh();
    await openTables(page, 'enterprises');
    await page.click('[data-testid="add-enterprises"]');
    await page.waitForSelector('[data-testid="enterprise-form"][open]');
    // Nothing typed yet: no red text on a blank form, but saving waits for the name.
    const nameErrors = page.locator('[data-testid="enterprise-form"] [data-testid="error-name"]');
    expect(await nameErrors.count()).toBe(0);
    expect(await page.getAttribute('[data-testid="enterprise-form"] [data-testid="form-save"]', 'aria-disabled')).toBe(
      'true',
    );
    // Trying to save says why, at the field: core validation finds the name missing. (aria-disabled only
    // describes the button; a person can still press it, which Playwright needs forcing to do.)
    await page.click('[data-testid="enterprise-form"] [data-testid="form-save"]', { force: true });
    await expect.poll(() => nameErrors.count()).toBe(1);
    await field(page, 'enterprise-form', 'nameZh').fill('临沂新再生资源');
    await field(page, 'enterprise-form', 'nameEn').fill('Linyi New Recycling');
    expect(await field(page, 'enterprise-form', 'id').inputValue()).toBe('linyi-new-recycling');
    await field(page, 'enterprise-form', 'cluster').selectOption('recycling');
    await field(page, 'enterprise-form', 'role').selectOption('recycler');
    await page.click('[data-testid="enterprise-form"] [data-testid="form-save"]');
    await page.waitForSelector('[data-testid="enterprise-form"]', { state: 'detached' });
    await filter(page, 'linyi-new');
    await expect.poll(() => rowIds(page)).toEqual(['linyi-new-recycling']);

    await openTables(page, 'flows');
    await page.click('[data-testid="add-flows"]');
    await page.waitForSelector('[data-testid="flow-form"][open]');
    await field(page, 'flow-form', 'from').selectOption('linyi-new-recycling');
    await field(page, 'flow-form', 'to').selectOption('volvo-ce');
    await field(page, 'flow-form', 'material').selectOption('scrap-steel');
    await field(page, 'flow-form', 'quantity').fill('abc');
    expect(await page.locator('[data-testid="flow-form"] [data-testid="error-quantity"]').innerText()).toContain(
      '不是数字',
    );
    await field(page, 'flow-form', 'quantity').fill('1200');
    expect(await field(page, 'flow-form', 'unit').inputValue()).toBe('t/a');
    const flowId = await field(page, 'flow-form', 'id').inputValue();
    await page.click('[data-testid="flow-form"] [data-testid="form-save"]');
    await page.waitForSelector('[data-testid="flow-form"]', { state: 'detached' });
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toContain(flowId);
    await expect.poll(() => savedState(page)).toBe('saved');

    await page.reload();
    await ready(page);
    await openTables(page, 'flows');
    await filter(page, flowId);
    await expect.poll(() => rowIds(page)).toEqual([flowId]);
    expect(await cell(page, flowId, 'from').innerText()).toBe('临沂新再生资源');
    await openTables(page, 'enterprises');
    await filter(page, 'linyi-new');
    await expect.poll(() => rowIds(page)).toEqual(['linyi-new-recycling']);

    await page.click('[data-testid="undo"]');
    await openTables(page, 'flows');
    await filter(page, flowId);
    await expect.poll(() => rowIds(page)).toEqual([]);
    await openTables(page, 'enterprises');
    await filter(page, 'linyi-new');
    await expect.poll(() => rowIds(page)).toEqual(['linyi-new-recycling']);
    expect(errors).toEqual([]);
  });

  it('draws a flow between two actors in draw mode, and still drags actors outside it', async () => {
    const page = await openFresh();
    await page.waitForFunction(() => (window.__symbiographNetwork?.viewportOf('volvo-ce') ?? null) !== null);
    await page.waitForTimeout(500);
    const onScreen = async (node: string): Promise<Point> => {
      const box = (await page.locator('[data-testid="network"]').boundingBox())!;
      const at = (await page.evaluate((id) => window.__symbiographNetwork!.viewportOf(id), node))!;
      return { x: box.x + at.x, y: box.y + at.y };
    };
    const drag = async (from: Point, to: Point, beforeRelease?: () => Promise<void>) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 12; i++)
        await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
      await beforeRelease?.();
      await page.mouse.up();
    };
    const graphPosition = () => page.evaluate(() => window.__symbiographNetwork!.graphPositionOf('volvo-ce')!);
    const before = await graphPosition();

    await page.click('[data-testid="draw-flow"]');
    expect(await page.getAttribute('[data-testid="draw-flow"]', 'aria-pressed')).toBe('true');
    // Esc before the release cancels: no form opens, and the actor has not moved.
    await drag(await onScreen('volvo-ce'), await onScreen('sorting-centre'), () => page.keyboard.press('Escape'));
    await page.waitForTimeout(200);
    expect(await page.locator('[data-testid="flow-form"]').count()).toBe(0);

    await drag(await onScreen('volvo-ce'), await onScreen('sorting-centre'));
    await page.waitForSelector('[data-testid="flow-form"][open]');
    expect(await graphPosition()).toEqual(before);
    expect(await field(page, 'flow-form', 'from').inputValue()).toBe('volvo-ce');
    expect(await field(page, 'flow-form', 'to').inputValue()).toBe('sorting-centre');
    // Nothing Volvo sends out is something the sorting centre takes: Volvo's own outputs come first.
    expect(await field(page, 'flow-form', 'material').inputValue()).toBe('construction-machinery');
    const suggested = await page
      .locator('[data-testid="suggested-materials"] option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(suggested[0]).toBe('construction-machinery');
    expect(suggested).toContain('waste-appliances');
    // The sorting centre still takes 10 000 t of waste appliances from no one: that is the suggested quantity.
    await field(page, 'flow-form', 'material').selectOption('waste-appliances');
    expect(await field(page, 'flow-form', 'quantity').inputValue()).toBe('10000');
    await field(page, 'flow-form', 'quantity').fill('2500');
    const flowId = await field(page, 'flow-form', 'id').inputValue();
    await page.screenshot({ path: `${ARTIFACTS}/forms.png` });
    await page.click('[data-testid="flow-form"] [data-testid="form-save"]');
    await page.waitForSelector('[data-testid="flow-form"]', { state: 'detached' });

    // Outside draw mode a drag moves the actor again.
    await page.click('[data-testid="draw-flow"]');
    const at = await onScreen('volvo-ce');
    await drag(at, { x: at.x + 60, y: at.y + 40 });
    const moved = await graphPosition();
    expect(Math.hypot(moved.x - before.x, moved.y - before.y)).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="flow-form"]').count()).toBe(0);

    await openTables(page, 'flows');
    await filter(page, flowId);
    await expect.poll(() => rowIds(page)).toEqual([flowId]);
    expect(await cell(page, flowId, 'to').innerText()).toContain('分拣');
    expect(await cell(page, flowId, 'quantity').innerText()).toContain('2,500');
    expect(errors).toEqual([]);
  });

  it('adds a chain template with two stages, reordered with the buttons', async () => {
    const page = await openFresh();
    await openTables(page, 'chains');
    await page.waitForSelector('[data-testid="chain-row"]');
    const before = await page.locator('[data-testid="chain-row"]').count();
    await page.click('[data-testid="add-chains"]');
    await page.waitForSelector('[data-testid="chain-form"][open]');
    await field(page, 'chain-form', 'nameZh').fill('包装物回收');
    await field(page, 'chain-form', 'nameEn').fill('Packaging take-back');
    await field(page, 'chain-form', 'cluster').selectOption('recycling');
    const stages = page.locator('[data-testid="chain-form"] [data-testid="chain-stage"]');
    await expect.poll(() => stages.count()).toBe(2);
    await stages.nth(0).locator('select').selectOption('scrap-steel');
    await stages.nth(1).locator('select').selectOption('waste-packaging');
    await stages.nth(0).locator('[data-testid="stage-down"]').click();
    expect(await stages.nth(0).locator('select').inputValue()).toBe('waste-packaging');
    // One stage is not a chain: core validation says so, and the form will not save it.
    await page.click('[data-testid="chain-form"] [data-testid="add-stage"]');
    await stages.nth(2).locator('[data-testid="stage-remove"]').click();
    await stages.nth(1).locator('[data-testid="stage-remove"]').click();
    await page.locator('[data-testid="chain-form"] [data-testid="error-stages"]').waitFor();
    await page.click('[data-testid="chain-form"] [data-testid="add-stage"]');
    await stages.nth(1).locator('select').selectOption('scrap-steel');
    await page.click('[data-testid="chain-form"] [data-testid="form-save"]');
    await page.waitForSelector('[data-testid="chain-form"]', { state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="chain-row"]').count()).toBe(before + 1);
    const row = page.locator('[data-testid="chain-row"][data-row-id="packaging-take-back"]');
    expect(await row.locator('li').allInnerTexts()).toEqual(['废包装物', '废钢']);
    expect(errors).toEqual([]);
  });
});
