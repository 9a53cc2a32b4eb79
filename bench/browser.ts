/**
 * `npm run bench:browser`: the explorer in headless Chromium on synthetic
 * parks — time until the network is drawn and answering, and the median
 * frame time while panning. Printed, never asserted.
 *
 * Headless Chromium renders WebGL in software here (about 40–50 µs per edge
 * per frame), so the frame times are an upper bound of what a GPU gives.
 *
 *   npm run bench:browser -- --sizes 2000x10000,20000x100000
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { syntheticPark } from './syntheticPark.ts';

const PAN_SECONDS = 30;
/** Resolves once the main thread answers a timer within 50 ms twice in a row (a string: see the frame recorder). */
const UNTIL_MAIN_THREAD_FREE = `new Promise((resolve) => {
  let calm = 0;
  const probe = () => { const t = performance.now(); setTimeout(() => {
    calm = performance.now() - t < 50 ? calm + 1 : 0;
    if (calm >= 2) resolve(); else setTimeout(probe, 200);
  }, 0); };
  probe();
})`;

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '2000x10000,20000x100000' } } });

// Its own output folder, so a test run building dist/ at the same time cannot swap files under the page.
const outDir = mkdtempSync(join(tmpdir(), 'symbiograph-bench-'));
await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  configFile: 'vite.config.ts',
  build: { outDir },
  preview: { port: 0, strictPort: false },
  logLevel: 'warn',
});
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('the preview server did not start');
const browser = await launchBrowser();

try {
  for (const size of values.sizes.split(',')) {
    const [enterprises, flows] = size.split('x').map(Number);
    if (!enterprises || !flows) throw new Error(`bad size "${size}": use ENTERPRISESxFLOWS`);
    const body = JSON.stringify(syntheticPark({ enterprises, flows }));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route('**/synthetic.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    const start = Date.now();
    await page.goto(`${baseUrl}?model=%2Fsynthetic.json`);
    await page.waitForSelector('[data-testid="network"] canvas', { timeout: 600_000 });
    await page.waitForFunction(() => 'window' in globalThis && '__symbiograph' in window, undefined, {
      timeout: 600_000,
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const interactiveMs = Date.now() - start;
    console.log(`${enterprises} enterprises / ${flows} flows: drawn after ${(interactiveMs / 1000).toFixed(1)} s`);
    // Then the analysis arrives from its worker and the park is stored in the browser library:
    // wait for the analysis, then until the main thread answers a timer within 50 ms twice in a row.
    await page.locator('section.analysis[aria-busy="false"]').waitFor({ timeout: 600_000 });
    await page.evaluate(UNTIL_MAIN_THREAD_FREE);
    const readyMs = Date.now() - start;
    console.log(
      `${enterprises} enterprises / ${flows} flows: analysis shown and main thread free after ${(readyMs / 1000).toFixed(1)} s`,
    );

    // Pan for a few seconds while recording frame intervals in the page. The recorder is a string:
    // tsx would wrap a named function for `keepNames`, which the page cannot run.
    await page.evaluate(`(() => {
      const times = [];
      window.__frames = times;
      const tick = (t) => { times.push(t); if (times.length < 10000) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const box = await page.locator('[data-testid="network"] canvas').first().boundingBox();
    if (!box) throw new Error('no canvas');
    // Grab the stage near its bottom-right corner, away from the actors: pressing on an actor would drag it.
    const cx = box.x + box.width - 170;
    const cy = box.y + box.height - 120;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    // At most PAN_SECONDS of panning: under software WebGL a big park's frames take seconds each,
    // and the browser does not take the next pointer move before it has drawn.
    const panStart = Date.now();
    let moves = 0;
    while (moves < 80 && Date.now() - panStart < PAN_SECONDS * 1000) {
      await page.mouse.move(cx + 150 * Math.sin(moves / 12), cy + 100 * Math.cos(moves / 12));
      moves += 1;
    }
    await page.mouse.up();
    const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice());
    const intervals = frames
      .slice(1)
      .map((t, i) => t - frames[i]!)
      .sort((a, b) => a - b);
    const median = intervals[Math.floor(intervals.length / 2)] ?? NaN;
    const p90 = intervals[Math.floor(intervals.length * 0.9)] ?? NaN;
    console.log(
      `${enterprises} enterprises / ${flows} flows: frame while panning median ${median.toFixed(1)} ms, ` +
        `90th percentile ${p90.toFixed(1)} ms ` +
        `over ${intervals.length} frames (${moves} pointer moves in ${((Date.now() - panStart) / 1000).toFixed(1)} s)`,
    );

    // One edit through the table, as a user makes it: a flow's quantity, then Enter. Timed until the
    // network, the analysis and the save have caught up and the main thread answers again.
    await page.click('[data-testid="tables-button"]');
    await page.click('[data-testid="table-tab-flows"]');
    const cell = page.locator('[data-testid="table-row"] [data-key="quantity"]').first();
    await cell.dblclick();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('12345');
    const editStart = Date.now();
    await page.keyboard.press('Enter');
    // Free once after the edit itself (the analysis restarts then), again after its result is shown.
    await page.evaluate(UNTIL_MAIN_THREAD_FREE);
    const editFreeMs = Date.now() - editStart;
    await page.locator('section.analysis[aria-busy="false"]').waitFor({ timeout: 600_000 });
    await page.evaluate(UNTIL_MAIN_THREAD_FREE);
    console.log(
      `${enterprises} enterprises / ${flows} flows: a table edit — main thread free after ` +
        `${(editFreeMs / 1000).toFixed(1)} s, analysis shown and free after ${((Date.now() - editStart) / 1000).toFixed(1)} s`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
