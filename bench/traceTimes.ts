/**
 * Trace arithmetic for `npm run bench:browser`: how long the renderer's main
 * thread was busy in a stretch of a Chromium trace, how much of that it spent
 * waiting for the GPU process, and what each drawn frame cost it. Pure: it
 * reads trace events (as the DevTools protocol's `Tracing.dataCollected`
 * reports them) and returns milliseconds.
 *
 * Headless Chromium here draws WebGL in software (SwiftShader, in the GPU
 * process) and composites in software: at each main-thread commit the
 * renderer reads every WebGL canvas back (`GLES2::ReadPixels`, under
 * `ProxyMain::BeginMainFrame` → `Commit` → `LayerTreeHost::DoUpdateLayers`),
 * which blocks until the GPU process has rasterised all the draw calls sent
 * before it. A synchronous GL call from JavaScript (`getShaderParameter`,
 * `checkFramebufferStatus`, `getError`…) blocks the same way
 * (`ImplementationBase::WaitForCmd` → `CommandBufferHelper::Finish` →
 * `CommandBufferProxyImpl::WaitForGetOffset`), and so does a draw call when
 * the command buffer is full (`CommandBufferProxyImpl::WaitForToken`). All
 * three are time the main thread sits idle behind rasterisation, which a GPU
 * does far faster and a hardware compositor does without reading back.
 *
 * So the "JavaScript side" of a stretch is the main thread's busy time (its
 * top-level tasks, nested events counted once) minus those waits: the page's
 * JavaScript, and Blink's style, layout and paint and V8's garbage collection
 * around it — what a faster GPU would not shorten.
 *
 * Those are wall-clock times. On a machine with few cores, where SwiftShader's
 * threads and other work compete with the main thread, a task's wall-clock
 * time stretches well past the CPU time it needed; the CPU time (the trace's
 * thread time) of the JavaScript side is given beside it. A span without
 * thread time (begin/end pairs carry none) counts its wall-clock time there.
 */

/** A trace event, reduced to what is read here. Times in microseconds. */
export interface TraceEvent {
  name: string;
  cat: string;
  /** 'X' complete, 'B'/'E' begin and end, 'M' metadata, 'I' instant. */
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  /**
   * `name` of a thread_name metadata event; `data.message` of a console.timeStamp marker; `value.gc_reason` of
   * the start of V8's incremental marking (why a full collection began).
   */
  args?: { name?: string; data?: { message?: string }; value?: { gc_reason?: string } };
}

/** A stretch of a trace: from one marker to another, on the main thread of the renderer process `pid`. */
export interface TraceWindow {
  pid: number;
  start: number;
  end: number;
}

export interface MainThreadTimes {
  /** Sum of the main thread's top-level tasks (nested events counted once). */
  busyMs: number;
  /** Of which blocked on the GPU process: read-backs and synchronous GL waits (see `isGpuWait`). */
  gpuWaitMs: number;
  /** busyMs − gpuWaitMs. */
  jsMs: number;
  /** The CPU time of the JavaScript side: the tasks' thread time minus the waits'. */
  jsCpuMs: number;
  /** The longest single task's JavaScript side: how long the page stayed frozen at once. */
  longestJsTaskMs: number;
  /** Of jsMs, garbage collection (see `isGarbageCollection`): the heap's size more than the stretch's own work. */
  gcMs: number;
  /**
   * Its CPU time: on a machine with few cores a step of incremental marking can wait on the marking threads for
   * most of its wall-clock time.
   */
  gcCpuMs: number;
  /**
   * Of gcMs, V8's full collections (mark-compact: the start of incremental marking, its steps and the final
   * pause): their cost is the whole heap's, whatever set them off.
   */
  fullGcMs: number;
  fullGcCpuMs: number;
  /** Why each full collection that began in the window began (V8's gc_reason: "memory reducer", "allocation limit"…). */
  fullGcReasons: string[];
}

/** Per drawn frame, in order: the main thread's work since the previous drawn frame, up to and including this one. */
export interface FrameTimes {
  jsMs: number[];
  jsCpuMs: number[];
  gpuWaitMs: number[];
  /** Of jsMs, in requestAnimationFrame callbacks (`FireAnimationFrame`): where sigma renders. */
  callbacksMs: number[];
}

const MAIN_THREAD = 'CrRendererMain';
const GPU_MAIN_THREAD = 'CrGpuMain';
const MARKER = 'TimeStamp';
/** V8's start of incremental marking, the first step of a full collection; its args say why (category v8). */
const MARKING_START = 'V8.GCIncrementalMarkingStart';

/**
 * What the arithmetic reads of a raw event, or undefined for what it never
 * reads (flow arrows, async slices, counters, samples): a large park's
 * opening traces half a million events, this keeps them small.
 */
export function slimEvent(raw: unknown): TraceEvent | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const event = raw as Partial<TraceEvent> & { args?: { name?: unknown; data?: { message?: unknown } } };
  const { name, ph, pid, tid, ts } = event;
  if (typeof name !== 'string' || typeof ph !== 'string' || typeof pid !== 'number' || typeof tid !== 'number')
    return undefined;
  const base = { name, cat: typeof event.cat === 'string' ? event.cat : '', ph, pid, tid, ts: ts ?? 0 };
  const reason = (event.args as { value?: { gc_reason?: unknown } } | undefined)?.value?.gc_reason;
  if (ph === 'X')
    return {
      ...base,
      dur: event.dur ?? 0,
      ...(typeof event.tdur === 'number' ? { tdur: event.tdur } : {}),
      ...(name === MARKING_START && typeof reason === 'string' ? { args: { value: { gc_reason: reason } } } : {}),
    };
  if (ph === 'B' || ph === 'E') return base;
  if (ph === 'M' && name === 'thread_name' && typeof event.args?.name === 'string')
    return { ...base, args: { name: event.args.name } };
  const message = event.args?.data?.message;
  if ((ph === 'I' || ph === 'i') && name === MARKER && typeof message === 'string')
    return { ...base, args: { data: { message } } };
  return undefined;
}

/** When and in which process `console.timeStamp(message)` ran (the last such marker). */
export function markerTime(events: readonly TraceEvent[], message: string): { ts: number; pid: number } {
  let found: TraceEvent | undefined;
  for (const event of events) if (event.name === MARKER && event.args?.data?.message === message) found = event;
  if (!found) throw new Error(`no "${message}" marker in the trace`);
  return { ts: found.ts, pid: found.pid };
}

/** A GPU wait on the renderer's main thread: a canvas read-back, or any GPU-category wait (see the header). */
export function isGpuWait(span: { name: string; cat: string }): boolean {
  return span.name === 'GLES2::ReadPixels' || (span.cat.split(',').includes('gpu') && span.name.includes('Wait'));
}

/**
 * A full collection's work on the main thread: the start and the steps of incremental marking, the final
 * pause (V8.GCFinalizeMC, or V8.GCFinalizeMCReduceMemory for the memory reducer's), and a mark-compact done
 * at once (MajorGC).
 */
export function isFullCollection(span: { name: string }): boolean {
  return (
    span.name === 'MajorGC' ||
    span.name.startsWith('V8.GCIncrementalMarking') ||
    span.name.startsWith('V8.GCFinalizeMC')
  );
}

/**
 * Garbage collection on the main thread: V8's scavenges and mark-compacts, the steps of its incremental marking
 * (often tasks of their own, after the work that made the garbage), and Blink's collector.
 */
export function isGarbageCollection(span: { name: string }): boolean {
  return (
    span.name === 'MajorGC' ||
    span.name === 'MinorGC' ||
    span.name.startsWith('V8.GC') ||
    span.name.startsWith('BlinkGC.')
  );
}

export function mainThreadTimes(events: readonly TraceEvent[], window: TraceWindow): MainThreadTimes {
  const thread = threadNamed(events, MAIN_THREAD, window.pid);
  if (!thread) throw new Error(`no ${MAIN_THREAD} thread in process ${window.pid}`);
  let busy = 0;
  let wait = 0;
  let jsCpu = 0;
  let longestJs = 0;
  let gc = 0;
  let gcCpu = 0;
  let fullGc = 0;
  let fullGcCpu = 0;
  const fullGcReasons: string[] = [];
  for (const event of events)
    if (
      event.name === MARKING_START &&
      event.pid === thread.pid &&
      event.tid === thread.tid &&
      event.ts >= window.start &&
      event.ts < window.end
    )
      fullGcReasons.push(event.args?.value?.gc_reason ?? 'unknown');
  for (const task of tasksOf(events, thread)) {
    const start = Math.max(task.start, window.start);
    const end = Math.min(task.end, window.end);
    if (end <= start) continue;
    const taskWait = unionLength(task.spans.filter(isGpuWait), start, end);
    const collections = task.spans.filter(isGarbageCollection);
    gc += unionLength(collections, start, end);
    gcCpu += outermostCpu(collections, start, end);
    const full = task.spans.filter(isFullCollection);
    fullGc += unionLength(full, start, end);
    fullGcCpu += outermostCpu(full, start, end);
    busy += end - start;
    wait += taskWait;
    jsCpu += jsCpuOf(task, start, end);
    longestJs = Math.max(longestJs, end - start - taskWait);
  }
  return {
    busyMs: busy / 1000,
    gpuWaitMs: wait / 1000,
    jsMs: (busy - wait) / 1000,
    jsCpuMs: jsCpu / 1000,
    longestJsTaskMs: longestJs / 1000,
    gcMs: gc / 1000,
    gcCpuMs: gcCpu / 1000,
    fullGcMs: fullGc / 1000,
    fullGcCpuMs: fullGcCpu / 1000,
    fullGcReasons,
  };
}

/** The CPU time of the outermost of these spans (sorted by start, as a task's are) within [start, end]. */
function outermostCpu(spans: readonly Span[], start: number, end: number): number {
  let cpu = 0;
  let reached = -Infinity;
  for (const span of spans) {
    if (span.start < reached) continue;
    cpu += cpuWithin(span, start, end);
    reached = span.end;
  }
  return cpu;
}

/** The GPU process's main thread (where SwiftShader rasterises WebGL) busy time in [start, end], or NaN without one. */
export function gpuBusyMs(events: readonly TraceEvent[], start: number, end: number): number {
  const thread = threadNamed(events, GPU_MAIN_THREAD);
  if (!thread) return NaN;
  let busy = 0;
  for (const task of tasksOf(events, thread))
    busy += Math.max(0, Math.min(task.end, end) - Math.max(task.start, start));
  return busy / 1000;
}

/**
 * The main thread's cost of each frame drawn in the window. A drawn frame is a
 * task that ran `ProxyMain::BeginMainFrame` and did not abort it
 * (`MainFrameAborted`: nothing changed, nothing to draw); Chromium dispatches
 * pointer moves at the start of that task, then the requestAnimationFrame
 * callbacks, style, layout, paint and the commit with its read-backs. The
 * tasks in between (timers, messages) count towards the next drawn frame;
 * those after the last one are left out.
 */
export function frameTimes(events: readonly TraceEvent[], window: TraceWindow): FrameTimes {
  const thread = threadNamed(events, MAIN_THREAD, window.pid);
  if (!thread) throw new Error(`no ${MAIN_THREAD} thread in process ${window.pid}`);
  const frames: FrameTimes = { jsMs: [], jsCpuMs: [], gpuWaitMs: [], callbacksMs: [] };
  let js = 0;
  let jsCpu = 0;
  let wait = 0;
  let callbacks = 0;
  for (const task of tasksOf(events, thread)) {
    if (task.start < window.start || task.start >= window.end) continue;
    const taskWait = unionLength(task.spans.filter(isGpuWait), task.start, task.end);
    js += task.end - task.start - taskWait;
    jsCpu += jsCpuOf(task, task.start, task.end);
    wait += taskWait;
    callbacks += unionLength(
      task.spans.filter((span) => span.name === 'FireAnimationFrame'),
      task.start,
      task.end,
    );
    const names = new Set(task.spans.map((span) => span.name));
    if (!names.has('ProxyMain::BeginMainFrame') || names.has('MainFrameAborted')) continue;
    frames.jsMs.push(js / 1000);
    frames.jsCpuMs.push(jsCpu / 1000);
    frames.gpuWaitMs.push(wait / 1000);
    frames.callbacksMs.push(callbacks / 1000);
    js = jsCpu = wait = callbacks = 0;
  }
  return frames;
}

/** The value at `fraction` (0.5: the median) of the sorted values, NaN for none. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

interface Span {
  name: string;
  cat: string;
  start: number;
  end: number;
  /** Thread time, when the trace gives it. */
  cpu?: number;
}

/** A top-level task: a span no other span of its thread encloses, with every span inside it (itself included). */
interface Task {
  start: number;
  end: number;
  spans: Span[];
}

interface Thread {
  pid: number;
  tid: number;
}

function threadNamed(events: readonly TraceEvent[], name: string, pid?: number): Thread | undefined {
  const found = events.find(
    (event) => event.ph === 'M' && event.args?.name === name && (pid === undefined || event.pid === pid),
  );
  return found && { pid: found.pid, tid: found.tid };
}

/**
 * The thread's top-level tasks. Spans are complete events and begin/end
 * pairs; a begin never ended (the trace stopped during the task) ends with
 * the trace. A span starting inside a task and ending after it (never seen
 * nested properly, but not assumed) stretches the task.
 */
function tasksOf(events: readonly TraceEvent[], thread: Thread): Task[] {
  let traceEnd = 0;
  for (const event of events) traceEnd = Math.max(traceEnd, event.ts + (event.dur ?? 0));
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.pid !== thread.pid || event.tid !== thread.tid) continue;
    if (event.ph === 'X')
      spans.push({
        name: event.name,
        cat: event.cat,
        start: event.ts,
        end: event.ts + (event.dur ?? 0),
        cpu: event.tdur,
      });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, cat: begin.cat, start: begin.ts, end: event.ts });
    }
  }
  for (const begin of open) spans.push({ name: begin.name, cat: begin.cat, start: begin.ts, end: traceEnd });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const tasks: Task[] = [];
  for (const span of spans) {
    const last = tasks.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.spans.push(span);
    } else tasks.push({ start: span.start, end: span.end, spans: [span] });
  }
  return tasks;
}

/**
 * The CPU time of a task's JavaScript side within [start, end]: its outermost
 * span's thread time less its outermost waits', each in proportion to the part
 * of it inside [start, end].
 */
function jsCpuOf(task: Task, start: number, end: number): number {
  const outer = task.spans[0]!;
  return Math.max(0, cpuWithin(outer, start, end) - outermostCpu(task.spans.filter(isGpuWait), start, end));
}

function cpuWithin(span: Span, start: number, end: number): number {
  const inside = Math.max(0, Math.min(span.end, end) - Math.max(span.start, start));
  const length = span.end - span.start;
  return length > 0 ? ((span.cpu ?? length) * inside) / length : 0;
}

/** Length of the union of the spans, clipped to [start, end]: nested waits counted once. */
function unionLength(spans: readonly Span[], start: number, end: number): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let reached = start;
  for (const span of sorted) {
    const from = Math.max(span.start, reached);
    const to = Math.min(span.end, end);
    if (to > from) {
      total += to - from;
      reached = to;
    }
  }
  return total;
}
