/**
 * `npm run bench:browser`: the explorer in headless Chromium on synthetic
 * parks — opening (until the network is drawn, then until the analysis is
 * shown and the main thread is free), panning, and one table edit. Printed,
 * never asserted.
 *
 * Headless Chromium renders WebGL in software here (SwiftShader in the GPU
 * process, about 40–50 µs per edge per frame) and composites in software,
 * reading every WebGL frame back to the main thread: wall-clock times are
 * mostly that rasterisation. So each phase is also traced, and the main
 * thread's busy time split (bench/traceTimes.ts) into its JavaScript side —
 * the page's JavaScript with Blink's style, layout, paint and garbage
 * collection, what a GPU would not shorten — and its waits for the software
 * rasteriser; the GPU process's main thread is printed beside them. The
 * JavaScript side is wall-clock time, stretched when the machine's cores are
 * shared (SwiftShader's threads, other work); its CPU time is printed too.
 * Tracing itself slows the page a little.
 *
 *   npm run bench:browser -- --sizes 2000x10000,20000x100000
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { syntheticPark } from './syntheticPark.ts';
import {
  frameTimes,
  gpuBusyMs,
  mainThreadTimes,
  markerTime,
  percentile,
  slimEvent,
  type TraceEvent,
} from './traceTimes.ts';

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
/**
 * Top-level tasks (RunTask: disabled-by-default-devtools.timeline, toplevel), the GPU waits (gpu),
 * BeginMainFrame and MainFrameAborted (cc), requestAnimationFrame callbacks and console.timeStamp
 * markers (devtools.timeline); what runs inside tasks (v8, blink) for whoever looks further.
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'gpu',
  'cc',
  'v8',
  'blink',
];

/**
 * One phase's trace of the whole browser (every process: the page's renderer and the GPU process),
 * events kept slim as they arrive; `stop` hands them over and forgets them, so phases do not add up.
 */
class Tracer {
  private events: TraceEvent[] = [];
  private running = false;

  constructor(private readonly cdp: CDPSession) {
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const raw of value) {
        const event = slimEvent(raw);
        if (event) this.events.push(event);
      }
    });
  }

  async start(): Promise<void> {
    this.events = [];
    await this.cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { recordMode: 'recordUntilFull', includedCategories: TRACE_CATEGORIES },
    });
    this.running = true;
  }

  async stop(): Promise<TraceEvent[]> {
    if (!this.running) return [];
    this.running = false;
    const complete = new Promise<boolean>((resolve) =>
      this.cdp.once('Tracing.tracingComplete', ({ dataLossOccurred }) => resolve(dataLossOccurred)),
    );
    await this.cdp.send('Tracing.end');
    if (await complete) console.warn('  (the trace buffer filled up: the traced figures miss the end of the phase)');
    const events = this.events;
    this.events = [];
    return events;
  }
}

/** A console.timeStamp marker in the trace, at this point of the page's main thread. */
async function mark(page: Page, message: string): Promise<void> {
  await page.evaluate((text) => console.timeStamp(text), message);
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '2000x10000,20000x100000' } } });

function ms(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  return value < 1000 ? `${value.toFixed(value < 100 ? 1 : 0)} ms` : `${(value / 1000).toFixed(2)} s`;
}

/** The main thread's times between two markers. */
function windowTimes(events: readonly TraceEvent[], from: string, to: string) {
  const start = markerTime(events, from);
  const end = markerTime(events, to);
  return {
    ...mainThreadTimes(events, { pid: end.pid, start: start.ts, end: end.ts }),
    gpuProcessMs: gpuBusyMs(events, start.ts, end.ts),
  };
}

/** The main thread between two markers (busy, JavaScript side, GPU waits), the GPU process's main thread beside. */
function mainThreadLine(events: readonly TraceEvent[], from: string, to: string): string {
  return timesLine(windowTimes(events, from, to));
}

function timesLine(times: ReturnType<typeof windowTimes>): string {
  const full =
    times.fullGcReasons.length > 0 || times.fullGcMs > 0
      ? `, of which full collections ${ms(times.fullGcMs)} (CPU ${ms(times.fullGcCpuMs)}` +
        `${times.fullGcReasons.length > 0 ? `; begun for: ${times.fullGcReasons.join(', ')}` : ''})`
      : '';
  return (
    `main thread busy ${ms(times.busyMs)} = JavaScript side ${ms(times.jsMs)} (CPU ${ms(times.jsCpuMs)}; ` +
    `longest task ${ms(times.longestJsTaskMs)}; garbage collection ${ms(times.gcMs)} (CPU ${ms(times.gcCpuMs)})` +
    `${full}, the rest ${ms(times.jsMs - times.gcMs)}) ` +
    `+ waiting for software rasterisation ${ms(times.gpuWaitMs)}; ` +
    `GPU process busy ${ms(times.gpuProcessMs)}`
  );
}

/** Opening: from `page.goto` until the network is drawn, then until the analysis is shown and the main thread free. */
async function open(page: Page, tracer: Tracer, label: string): Promise<void> {
  // The first marker runs in the blank page, perhaps in another renderer process: only its time is read.
  await tracer.start();
  await mark(page, 'open');
  const start = Date.now();
  await page.goto(`${baseUrl}?model=%2Fsynthetic.json`);
  await page.waitForSelector('[data-testid="network"] canvas', { timeout: 600_000 });
  await page.waitForFunction(() => 'window' in globalThis && '__symbiograph' in window, undefined, {
    timeout: 600_000,
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const interactiveMs = Date.now() - start;
  await mark(page, 'drawn');
  // Then the analysis arrives from its worker and the park is stored in the browser library:
  // wait for the analysis, then until the main thread answers a timer within 50 ms twice in a row.
  await page.locator('section.analysis[aria-busy="false"]').waitFor({ timeout: 600_000 });
  await page.evaluate(UNTIL_MAIN_THREAD_FREE);
  const readyMs = Date.now() - start;
  await mark(page, 'free');
  const trace = await tracer.stop();
  console.log(`${label}: drawn after ${(interactiveMs / 1000).toFixed(1)} s`);
  console.log(`  ${mainThreadLine(trace, 'open', 'drawn')}`);
  console.log(`${label}: analysis shown and main thread free after ${(readyMs / 1000).toFixed(1)} s`);
  console.log(`  ${mainThreadLine(trace, 'open', 'free')}`);
}

/** Camera moves: up to PAN_SECONDS of panning; frame intervals as the page saw them, each drawn frame's cost. */
async function pan(page: Page, tracer: Tracer, label: string): Promise<void> {
  // The recorder is a string: tsx would wrap a named function for `keepNames`, which the page cannot run.
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
  await tracer.start();
  await mark(page, 'pan');
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
  await mark(page, 'panned');
  const panSeconds = (Date.now() - panStart) / 1000;
  const trace = await tracer.stop();
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice());
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  console.log(
    `${label}: frame while panning median ${percentile(intervals, 0.5).toFixed(1)} ms, ` +
      `90th percentile ${percentile(intervals, 0.9).toFixed(1)} ms ` +
      `over ${intervals.length} frames (${moves} pointer moves in ${panSeconds.toFixed(1)} s)`,
  );
  const end = markerTime(trace, 'panned');
  const drawn = frameTimes(trace, { pid: end.pid, start: markerTime(trace, 'pan').ts, end: end.ts });
  console.log(
    `  main thread per drawn frame (${drawn.jsMs.length} frames): JavaScript side median ` +
      `${ms(percentile(drawn.jsMs, 0.5))}, 90th percentile ${ms(percentile(drawn.jsMs, 0.9))} ` +
      `(CPU ${ms(percentile(drawn.jsCpuMs, 0.5))} / ${ms(percentile(drawn.jsCpuMs, 0.9))}; ` +
      `requestAnimationFrame callbacks median ${ms(percentile(drawn.callbacksMs, 0.5))}); ` +
      `waiting for software rasterisation median ${ms(percentile(drawn.gpuWaitMs, 0.5))}`,
  );
}

/**
 * Edits through the table, as a user makes them: a flow's quantity, then Enter. The first ORDINARY_EDITS stay
 * within the park's range (the synthetic park's flows carry 10 to 10 010 t/a): the flow's line and its ends
 * change. The last makes the flow the widest of the park, which redraws every line at a new scale. Each is
 * timed until the main thread is free once (the edit itself: the network patched, the analysis restarted),
 * then until the analysis is shown and the save has caught up and the main thread is free again.
 *
 * Several ordinary edits, because V8's full collections come every few edits, when the heap reaches its limit
 * (and once more after, from its memory reducer once the page looks idle): the median edit and the one with a
 * collection are both what a user meets. Each edit's line says which full collections it held and why.
 */
const ORDINARY_EDITS = 5;
const EDITS = [
  ...Array.from({ length: ORDINARY_EDITS }, (_, i) => ({ value: String(4321 + 1111 * i), widest: false })),
  { value: '123456', widest: true },
] as const;

async function edit(page: Page, tracer: Tracer, label: string): Promise<void> {
  await page.click('[data-testid="tables-button"]');
  await page.click('[data-testid="table-tab-flows"]');
  const ordinary: ReturnType<typeof windowTimes>[] = [];
  for (const [i, one] of EDITS.entries()) {
    const what = one.widest ? 'a table edit that makes the widest flow' : `table edit ${i + 1}`;
    const times = await editOnce(page, tracer, `${label}: ${what}`, one.value);
    if (!one.widest) ordinary.push(times);
  }
  const median = (of: (t: (typeof ordinary)[number]) => number) => ms(percentile(ordinary.map(of), 0.5));
  const largest = (of: (t: (typeof ordinary)[number]) => number) => ms(Math.max(...ordinary.map(of)));
  const collected = ordinary.filter((t) => t.fullGcMs > 0).length;
  console.log(
    `${label}: ${ordinary.length} ordinary table edits until the main thread is free: JavaScript side median ` +
      `${median((t) => t.jsMs)} (CPU ${median((t) => t.jsCpuMs)}), largest ${largest((t) => t.jsMs)} ` +
      `(CPU ${largest((t) => t.jsCpuMs)}); without V8's full collections median ${median((t) => t.jsMs - t.fullGcMs)} ` +
      `(CPU ${median((t) => t.jsCpuMs - t.fullGcCpuMs)}), largest ${largest((t) => t.jsMs - t.fullGcMs)}; ` +
      `full collections in ${collected} of them`,
  );
}

async function editOnce(page: Page, tracer: Tracer, label: string, value: string) {
  const cell = page.locator('[data-testid="table-row"] [data-key="quantity"]').first();
  await cell.dblclick();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
  await tracer.start();
  await mark(page, 'edit');
  const editStart = Date.now();
  await page.keyboard.press('Enter');
  await page.evaluate(UNTIL_MAIN_THREAD_FREE);
  const freeMs = Date.now() - editStart;
  await mark(page, 'edit free');
  await page.locator('section.analysis[aria-busy="false"]').waitFor({ timeout: 600_000 });
  await page.evaluate(UNTIL_MAIN_THREAD_FREE);
  const analysedMs = Date.now() - editStart;
  await mark(page, 'edit analysed');
  const trace = await tracer.stop();
  const untilFree = windowTimes(trace, 'edit', 'edit free');
  console.log(
    `${label} — main thread free after ${(freeMs / 1000).toFixed(1)} s, ` +
      `analysis shown and free after ${(analysedMs / 1000).toFixed(1)} s`,
  );
  console.log(`  until free: ${timesLine(untilFree)}`);
  console.log(`  until analysis shown and free: ${mainThreadLine(trace, 'edit', 'edit analysed')}`);
  return untilFree;
}

/**
 * The page's JavaScript heap once the edits are done, after a full collection: what every later garbage
 * collection marks (the park, the display graph, sigma's copy of what it draws, the bundles, the tables).
 * Measured last, so forcing the collection changes none of the times above.
 */
async function heap(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    console.log(`${label}: the page's JavaScript heap after the edits, collected: ${(usedSize / 1e6).toFixed(1)} MB`);
  } finally {
    await cdp.detach();
  }
}

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
    const label = `${enterprises} enterprises / ${flows} flows`;
    const body = JSON.stringify(syntheticPark({ enterprises, flows }));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Each phase traces on its own and lets its trace go when it returns: memory does not grow with the phases.
    const tracer = new Tracer(await page.context().newCDPSession(page));
    try {
      await page.route('**/synthetic.json', (route) => route.fulfill({ contentType: 'application/json', body }));
      await open(page, tracer, label);
      await pan(page, tracer, label);
      await edit(page, tracer, label);
      await heap(page, label);
    } finally {
      await tracer.stop().catch(() => []);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
