/**
 * What the network sends to the GPU, in a real headless Chromium: moving
 * the camera sends nothing (the programs' buffers are already there), an
 * edit sends only the items it touched, and the picture after the edit is
 * the picture of the same park drawn afresh — so a buffer left stale by
 * uploading too little fails here (uploadChanges.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, freshContexts } from './browser.ts';
import { settledPicture } from './visualBaseline.ts';

const enabled = chromiumAvailable();

/** Counts the bytes each WebGL upload call sends, in `window.__uploads`. */
const COUNT_UPLOADS = `(() => {
  const uploads = { whole: 0, parts: 0, largest: 0, draws: 0 };
  window.__uploads = uploads;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const bufferData = proto.bufferData;
    const bufferSubData = proto.bufferSubData;
    const drawArrays = proto.drawArrays;
    proto.bufferData = function (target, data, ...rest) {
      const bytes = typeof data === 'number' ? 0 : data.byteLength;
      uploads.whole += bytes;
      uploads.largest = Math.max(uploads.largest, bytes);
      return bufferData.call(this, target, data, ...rest);
    };
    proto.bufferSubData = function (target, offset, data, ...rest) {
      uploads.parts += data.byteLength;
      return bufferSubData.call(this, target, offset, data, ...rest);
    };
    proto.drawArrays = function (...args) {
      uploads.draws += 1;
      return drawArrays.apply(this, args);
    };
    if ('drawArraysInstanced' in proto) {
      const drawArraysInstanced = proto.drawArraysInstanced;
      proto.drawArraysInstanced = function (...args) {
        uploads.draws += 1;
        return drawArraysInstanced.apply(this, args);
      };
    }
  }
})()`;

interface Uploads {
  readonly whole: number;
  readonly parts: number;
  readonly largest: number;
  readonly draws: number;
}

const uploads = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __uploads: Uploads }).__uploads }));
const since = (before: Uploads, after: Uploads): Uploads => ({
  whole: after.whole - before.whole,
  parts: after.parts - before.parts,
  largest: after.largest,
  draws: after.draws - before.draws,
});

/** The network's picture once the analysis is shown and two consecutive pictures agree. */
async function settledNetwork(page: Page): Promise<Buffer> {
  await page.locator('section.analysis[aria-busy="false"]').waitFor();
  const network = page.locator('[data-testid="network"]');
  return settledPicture(page, () => network.screenshot());
}

/** How many pixels differ between two pictures of the same size. */
function differentPixels(a: Buffer, b: Buffer): number {
  const one = PNG.sync.read(a);
  const other = PNG.sync.read(b);
  expect([one.width, one.height]).toEqual([other.width, other.height]);
  return pixelmatch(one.data, other.data, undefined, one.width, one.height, { threshold: 0.1 });
}

/** Sets the quantity of flow f-067 through the table; what was uploaded from the Enter on, and the settled picture. */
async function editQuantity(page: Page, typed: string, shown: string): Promise<{ uploads: Uploads; picture: Buffer }> {
  await page.click('[data-testid="tables-button"]');
  await page.click('[data-testid="table-tab-flows"]');
  await page.fill('[data-testid="table-filter"]', 'f-067');
  const quantity = page.locator('[data-testid="table-row"][data-row-id="f-067"] [data-key="quantity"]');
  await quantity.dblclick();
  await page.keyboard.press('ControlOrMeta+A');
  const before = await uploads(page);
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await expect.poll(() => quantity.innerText()).toContain(shown);
  await page.click('[data-testid="tables-button"]');
  const picture = await settledNetwork(page);
  return { uploads: since(before, await uploads(page)), picture };
}

/**
 * The pixels by which `picture` differs from the same park drawn afresh (the library reopens the edited model on a
 * reload). Software rendering draws the same park the same way to the pixel; a stale line or disc differs by hundreds.
 */
async function differentFromFresh(page: Page, picture: Buffer, name: string): Promise<number> {
  await page.reload();
  await page.waitForSelector('[data-testid="network"] canvas');
  const fresh = await settledNetwork(page);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(`${ARTIFACTS}/gpu-uploads-${name}.png`, picture);
  writeFileSync(`${ARTIFACTS}/gpu-uploads-${name}-fresh.png`, fresh);
  return differentPixels(picture, fresh);
}

describe.runIf(enabled)('what the network uploads to the GPU', () => {
  const app = freshContexts();

  it('sends nothing while the camera moves, only the touched items on an edit, and draws what a fresh page draws', async () => {
    const page = await app.open(async (context) => {
      await context.addInitScript(COUNT_UPLOADS);
    });
    await settledNetwork(page);
    const opening = await uploads(page);
    expect(opening.largest).toBeGreaterThan(1000);

    // An edit through the table: the flow from SDLG to Meikai recycling, 25 times as big (not the widest).
    const edit = await editQuantity(page, '400000', '400,000');
    // Repainted (the line and its ends changed), but no whole array was sent again.
    expect(edit.uploads.draws).toBeGreaterThan(0);
    expect(edit.uploads.parts).toBeGreaterThan(0);
    expect(edit.uploads.whole).toBeLessThan(opening.largest);
    expect(await differentFromFresh(page, edit.picture, 'edited')).toBeLessThan(20);

    // The same flow made the widest of the park: every line's width changes (scaledWidths.ts), yet only the items
    // the edit touched are sent again — about what the first edit sent (processing every line again sent twice as
    // much) — and the picture is a fresh page's.
    const widest = await editQuantity(page, '900000000', '900,000,000');
    expect(widest.uploads.draws).toBeGreaterThan(0);
    expect(widest.uploads.whole).toBeLessThan(opening.largest);
    expect(widest.uploads.parts).toBeLessThan(1.25 * edit.uploads.parts);
    expect(await differentFromFresh(page, widest.picture, 'widest')).toBeLessThan(20);

    // Panning: frames are drawn, nothing is uploaded.
    const box = (await page.locator('[data-testid="network"] canvas').first().boundingBox())!;
    const x = box.x + box.width - 60;
    const y = box.y + box.height - 60;
    const beforePan = await uploads(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(x - 20 * step, y - 10 * step);
    await page.mouse.up();
    await page.waitForTimeout(300);
    const pan = since(beforePan, await uploads(page));
    expect(pan.draws).toBeGreaterThan(0);
    expect(pan.whole + pan.parts).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
