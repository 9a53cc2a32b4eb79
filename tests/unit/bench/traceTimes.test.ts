/**
 * The browser bench's trace arithmetic on hand-written traces whose figures
 * are worked out in the comments: nested events counted once, GPU waits
 * inside a task taken off its JavaScript side, other threads and other
 * renderers left out, begin/end pairs and a task the trace stopped in.
 */
import { describe, expect, it } from 'vitest';
import {
  frameTimes,
  gpuBusyMs,
  isGpuWait,
  mainThreadTimes,
  markerTime,
  percentile,
  slimEvent,
  type TraceEvent,
} from '../../../bench/traceTimes.ts';

const RENDERER = 1;
const GPU = 2;
const OTHER_RENDERER = 3;

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const marker = (pid: number, ts: number, message: string): TraceEvent => ({
  name: 'TimeStamp',
  cat: 'devtools.timeline',
  ph: 'I',
  pid,
  tid: pid,
  ts,
  args: { data: { message } },
});
/** A complete event on the main thread of process `pid` (tid = pid), times in µs; thread time `tdur` if given. */
const x = (pid: number, name: string, ts: number, dur: number, cat = 'toplevel', tdur?: number): TraceEvent => ({
  name,
  cat,
  ph: 'X',
  pid,
  tid: pid,
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});
const b = (pid: number, name: string, ts: number): TraceEvent => ({
  name,
  cat: 'toplevel',
  ph: 'B',
  pid,
  tid: pid,
  ts,
});
const e = (pid: number, ts: number): TraceEvent => ({ name: '', cat: 'toplevel', ph: 'E', pid, tid: pid, ts });

describe('main-thread times between two markers', () => {
  // The window runs from 1 000 µs (a marker in another renderer: the blank page before the park's opens)
  // to 10 000 µs (a marker in the park's renderer, process 1).
  const events: TraceEvent[] = [
    thread(RENDERER, RENDERER, 'CrRendererMain'),
    thread(RENDERER, 11, 'Compositor'),
    thread(GPU, GPU, 'CrGpuMain'),
    thread(OTHER_RENDERER, OTHER_RENDERER, 'CrRendererMain'),
    marker(OTHER_RENDERER, 1000, 'open'),
    marker(RENDERER, 10_000, 'free'),
    // Before the window: left out.
    x(RENDERER, 'RunTask', 500, 300),
    // Task A, 2 000–5 000: 3 000 µs busy, a read-back of 1 000 µs inside with the synchronous waits nested
    // in it (counted once): 1 000 µs waiting, 2 000 µs JavaScript side. CPU: 1 500 µs less the read-back's 20.
    x(RENDERER, 'RunTask', 2000, 3000, 'toplevel', 1500),
    x(RENDERER, 'ThreadControllerImpl::RunTask', 2000, 3000),
    x(RENDERER, 'FunctionCall', 2100, 500, 'devtools.timeline'),
    // Garbage collection inside it: a scavenge of 200 µs with V8's own span nested in it (counted once).
    x(RENDERER, 'MinorGC', 2700, 200, 'devtools.timeline', 120),
    x(RENDERER, 'V8.GCScavenger', 2710, 150, 'v8'),
    x(RENDERER, 'ProxyMain::BeginMainFrame', 3000, 2000, 'cc,benchmark'),
    x(RENDERER, 'GLES2::ReadPixels', 3500, 1000, 'gpu', 20),
    x(RENDERER, 'ImplementationBase::WaitForCmd', 3600, 800, 'gpu', 0),
    x(RENDERER, 'CommandBufferProxyImpl::WaitForGetOffset', 3650, 700, 'gpu', 0),
    // Task B, a begin/end pair 6 000–6 500 with a full command buffer's wait of 100 µs: 400 µs JavaScript side.
    // No thread time for a begin/end pair: its CPU counts as 500 µs, less the wait's 5.
    b(RENDERER, 'RunTask', 6000),
    x(RENDERER, 'CommandBufferProxyImpl::WaitForToken', 6100, 100, 'gpu', 5),
    e(RENDERER, 6500),
    // Task C begins at 9 000 and never ends: it lasts until the trace's last event (10 500, on the GPU thread),
    // cut at the window's end: 1 000 µs (CPU too). Waiting for the compositor thread is not a GPU wait: all
    // JavaScript side.
    b(RENDERER, 'RunTask', 9000),
    x(RENDERER, 'LayerTreeHost::WaitForCommitCompletion', 9200, 300, 'cc'),
    // A step of incremental marking, 9 600–10 400, cut at the window's end: 400 µs.
    x(RENDERER, 'V8.GCIncrementalMarking', 9600, 800, 'v8'),
    // Other threads and the other renderer: not the park's main thread.
    { ...x(RENDERER, 'RunTask', 2000, 5000), tid: 11 },
    x(OTHER_RENDERER, 'RunTask', 1000, 8000),
    // The GPU process's main thread: 1 200 µs, then 1 000 µs of which 500 in the window.
    x(GPU, 'RunTask', 3400, 1200),
    x(GPU, 'WebGL', 3450, 1000, 'gpu'),
    x(GPU, 'RunTask', 9500, 1000),
  ];
  const start = markerTime(events, 'open');
  const end = markerTime(events, 'free');

  it('finds the markers and the renderer they ran in', () => {
    expect(start).toEqual({ ts: 1000, pid: OTHER_RENDERER });
    expect(end).toEqual({ ts: 10_000, pid: RENDERER });
    expect(() => markerTime(events, 'missing')).toThrow(/missing/);
  });

  it('splits the busy time into JavaScript side and GPU waits', () => {
    // Busy 3 000 + 500 + 1 000; waits 1 000 + 100; longest JavaScript side: task A's 2 000 µs.
    // CPU of the JavaScript side: 1 480 + 495 + 1 000.
    const times = mainThreadTimes(events, { pid: end.pid, start: start.ts, end: end.ts });
    expect(times).toMatchObject({ busyMs: 4.5, gpuWaitMs: 1.1, jsMs: 3.4, longestJsTaskMs: 2 });
    // The scavenge's 200 µs and the marking step's 400 µs inside the window; CPU: the scavenge's 120 µs (its
    // nested span counted once) and the marking step's 400 (no thread time: its wall-clock time).
    expect(times.gcMs).toBeCloseTo(0.6, 9);
    expect(times.gcCpuMs).toBeCloseTo(0.52, 9);
    expect(times.jsCpuMs).toBeCloseTo(2.975, 9);
  });

  it('cuts tasks at the window', () => {
    // From 4 000: task A's last 1 000 µs (500 of them in the read-back), task B, task C. CPU in proportion:
    // a third of task A's 1 500 less half the read-back's 20, then 495 and 1 000.
    const times = mainThreadTimes(events, { pid: RENDERER, start: 4000, end: 10_000 });
    expect(times.busyMs).toBeCloseTo(2.5, 9);
    expect(times.jsCpuMs).toBeCloseTo(1.985, 9);
    expect(times.gpuWaitMs).toBeCloseTo(0.6, 9);
    expect(times.longestJsTaskMs).toBeCloseTo(1, 9);
  });

  it('ends a task the trace stopped in with the trace', () => {
    // Past the trace's end: task C lasts 9 000–10 500.
    expect(mainThreadTimes(events, { pid: RENDERER, start: 9000, end: 20_000 }).busyMs).toBeCloseTo(1.5, 9);
  });

  it("sums the GPU process's main thread", () => {
    expect(gpuBusyMs(events, start.ts, end.ts)).toBeCloseTo(1.7, 9);
    expect(
      gpuBusyMs(
        events.filter((event) => event.pid !== GPU),
        start.ts,
        end.ts,
      ),
    ).toBeNaN();
  });
});

describe('full collections between two markers', () => {
  const start = (ts: number, reason: string): TraceEvent => ({
    ...x(RENDERER, 'V8.GCIncrementalMarkingStart', ts, 200, 'v8', 100),
    args: { value: { gc_reason: reason } },
  });
  const events: TraceEvent[] = [
    thread(RENDERER, RENDERER, 'CrRendererMain'),
    // Before the window: a collection that began earlier is not listed among the reasons.
    x(RENDERER, 'RunTask', 100, 300),
    start(150, 'allocation limit'),
    // The memory reducer's collection: its start (200 µs, CPU 100) in one task, its final pause (800 µs,
    // CPU 500, with V8's nested spans counted once) in another.
    x(RENDERER, 'RunTask', 1000, 300),
    start(1000, 'memory reducer'),
    x(RENDERER, 'RunTask', 2000, 1000),
    x(RENDERER, 'V8.GCFinalizeMCReduceMemory', 2100, 800, 'v8', 500),
    x(RENDERER, 'MajorGC', 2110, 770, 'devtools.timeline,v8', 480),
    x(RENDERER, 'V8.GC_MARK_COMPACTOR', 2120, 750, 'devtools.timeline,disabled-by-default-v8.gc', 470),
    // A scavenge: garbage collection, not a full one.
    x(RENDERER, 'RunTask', 4000, 200),
    x(RENDERER, 'MinorGC', 4000, 100, 'devtools.timeline,v8', 60),
  ];

  it('tells their time and why they began from the rest of garbage collection', () => {
    const times = mainThreadTimes(events, { pid: RENDERER, start: 500, end: 5000 });
    expect(times.gcMs).toBeCloseTo(1.1, 9);
    expect(times.fullGcMs).toBeCloseTo(1, 9);
    expect(times.fullGcCpuMs).toBeCloseTo(0.6, 9);
    expect(times.fullGcReasons).toEqual(['memory reducer']);
  });

  it("keeps the reason of a raw marking start, and no other event's arguments", () => {
    const raw = { name: 'V8.GCIncrementalMarkingStart', cat: 'v8', ph: 'X', pid: 1, tid: 1, ts: 5, dur: 2 };
    const value = { gc_reason: 'memory reducer', old_gen_allocation_limit: 1 };
    expect(slimEvent({ ...raw, args: { value } })?.args).toEqual({ value: { gc_reason: 'memory reducer' } });
    expect(slimEvent({ ...raw, name: 'RunTask', args: { value } })?.args).toBeUndefined();
  });
});

describe('main-thread time per drawn frame', () => {
  const ms = 1000;
  const frame = (ts: number, dur: number) => x(RENDERER, 'ProxyMain::BeginMainFrame', ts, dur, 'cc,benchmark');
  const callback = (ts: number, dur: number) => x(RENDERER, 'FireAnimationFrame', ts, dur, 'devtools.timeline');
  const events: TraceEvent[] = [
    thread(RENDERER, RENDERER, 'CrRendererMain'),
    // A pointer move's message, 2 ms (1 ms CPU): counts towards the first drawn frame.
    x(RENDERER, 'RunTask', 0, 2 * ms, 'toplevel', 1 * ms),
    // Drawn frame 1, 3–13 ms: a 2 ms callback, a 4 ms read-back. Frame 1: 2 + 6 = 8 ms JavaScript side;
    // CPU 1 + (5 − 0.5) = 5.5 ms.
    x(RENDERER, 'RunTask', 3 * ms, 10 * ms, 'toplevel', 5 * ms),
    frame(3 * ms, 10 * ms),
    callback(4 * ms, 2 * ms),
    x(RENDERER, 'GLES2::ReadPixels', 8 * ms, 4 * ms, 'gpu', 0.5 * ms),
    // An aborted frame, 1 ms (1 ms CPU): nothing drawn, counts towards frame 2.
    x(RENDERER, 'RunTask', 20 * ms, 1 * ms, 'toplevel', 1 * ms),
    frame(20 * ms, 1 * ms),
    x(RENDERER, 'MainFrameAborted', 20.5 * ms, 0.1 * ms, 'cc,benchmark'),
    // Drawn frame 2, 30–50 ms: two callbacks (4 + 1 ms), an 8 ms read-back with a wait nested in it.
    // Frame 2: 1 + 12 = 13 ms JavaScript side; CPU 1 + (9 − 1) = 9 ms, the nested wait taken off once.
    x(RENDERER, 'RunTask', 30 * ms, 20 * ms, 'toplevel', 9 * ms),
    frame(30 * ms, 20 * ms),
    callback(31 * ms, 4 * ms),
    callback(35 * ms, 1 * ms),
    x(RENDERER, 'GLES2::ReadPixels', 40 * ms, 8 * ms, 'gpu', 1 * ms),
    x(RENDERER, 'CommandBufferProxyImpl::WaitForGetOffset', 41 * ms, 6 * ms, 'gpu', 0.5 * ms),
    // After the last drawn frame: left out.
    x(RENDERER, 'RunTask', 60 * ms, 1 * ms),
  ];

  it('gives each drawn frame the work since the previous one', () => {
    expect(frameTimes(events, { pid: RENDERER, start: 0, end: 100 * ms })).toEqual({
      jsMs: [8, 13],
      jsCpuMs: [5.5, 9],
      gpuWaitMs: [4, 8],
      callbacksMs: [2, 5],
    });
  });

  it('keeps to the tasks that start in the window', () => {
    expect(frameTimes(events, { pid: RENDERER, start: 15 * ms, end: 100 * ms }).jsMs).toEqual([13]);
  });
});

describe('helpers', () => {
  it('tells GPU waits from other waits', () => {
    expect(isGpuWait({ name: 'GLES2::ReadPixels', cat: 'gpu' })).toBe(true);
    expect(isGpuWait({ name: 'CommandBufferProxyImpl::WaitForGetOffset', cat: 'gpu' })).toBe(true);
    expect(isGpuWait({ name: 'LayerTreeHost::WaitForCommitCompletion', cat: 'cc' })).toBe(false);
    expect(isGpuWait({ name: 'CommandBufferHelper::Flush', cat: 'gpu' })).toBe(false);
  });

  it('takes percentiles of unsorted values', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 0.9)).toBe(5);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('keeps only what the arithmetic reads of raw events', () => {
    expect(
      slimEvent({ name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 1, tid: 1, ts: 5, dur: 2, tts: 3, args: {} }),
    ).toEqual({ name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 1, tid: 1, ts: 5, dur: 2 });
    expect(slimEvent({ name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 1, tid: 1, ts: 5, dur: 2, tdur: 1 })).toEqual({
      name: 'RunTask',
      cat: 'toplevel',
      ph: 'X',
      pid: 1,
      tid: 1,
      ts: 5,
      dur: 2,
      tdur: 1,
    });
    expect(
      slimEvent({
        name: 'thread_name',
        cat: '__metadata',
        ph: 'M',
        pid: 1,
        tid: 1,
        ts: 0,
        args: { name: 'CrGpuMain' },
      }),
    ).toEqual(thread(1, 1, 'CrGpuMain'));
    const stamp = { message: 'open', name: 'open', frame: 'F' };
    expect(
      slimEvent({ name: 'TimeStamp', cat: 'devtools.timeline', ph: 'I', pid: 1, tid: 1, ts: 7, args: { data: stamp } }),
    ).toEqual({ ...marker(1, 7, 'open'), tid: 1 });
    expect(
      slimEvent({ name: 'GpuChannel::Flush', cat: 'gpu,toplevel.flow', ph: 's', pid: 1, tid: 1, ts: 7, id: 4 }),
    ).toBeUndefined();
    expect(
      slimEvent({ name: 'AnimationFrame', cat: 'devtools.timeline', ph: 'b', pid: 1, tid: 1, ts: 7 }),
    ).toBeUndefined();
    expect(slimEvent(null)).toBeUndefined();
  });
});
