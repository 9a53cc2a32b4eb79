/**
 * Every import path grows linearly with its input, measured in operations,
 * not time: V8's block coverage counts how many times each block of code
 * ran, exactly and whatever the machine's load or the JIT does; the work of
 * a function is the source it ran, each block's length times its count (V8
 * leaves out a nested block that ran as often as the one around it, so a
 * plain sum of counts would change with such coincidences). Each path
 * imports the same synthetic park at N, 2N and 4N flows, and the work the
 * core does (every counted block under src/core) must grow by about the
 * same amount from 2N to 4N as twice its growth from N to 2N: linear work
 * gives a ratio of 2 (n log n, a sort, about 2.2), work done for every pair
 * of enterprise and flow (a scan of all flows per enterprise, of all rows
 * per row) 4. Fixed costs (the header, the catalogue of messages) cancel
 * out in the differences. The ratio is checked for the whole import and for
 * every function doing a noticeable share of it, so a quadratic loop added
 * to one function shows even where the rest of the import dilutes it; the
 * message names the function.
 *
 * Blocks are JavaScript; what runs inside a built-in is not counted. A
 * scan written as a loop or with a callback (`filter`, `find`, `some`) is,
 * and so are the array searches that hide one (`includes`, `indexOf`):
 * while the test runs they add the length of the array they search.
 *
 * Nothing from src/ may be imported statically here: V8 counts blocks only
 * in code compiled after counting starts, so the modules are loaded after.
 */
import { Session } from 'node:inspector/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportCase, ImportCaseLabel } from '../../../bench/importInputs.ts';

/** Flows at the smallest size; enterprises are a fifth of the flows, as in the benchmarks. */
const N = 1000;
/** Linear is 2.0, n log n about 2.2; a quadratic term pulls towards 4. */
const MAX_GROWTH = 2.5;
/** A function is judged alone once it does this share of the import's growth. */
const NOTICEABLE = 0.01;

type Counts = Map<string, number>;

let session: Session;

/** Elements the array searches were given since the last reset. */
let searched = 0;
const SEARCHES = ['includes', 'indexOf', 'lastIndexOf'] as const;
const originals = new Map(SEARCHES.map((name) => [name, Array.prototype[name]]));

beforeAll(async () => {
  for (const [name, original] of originals) {
    Object.defineProperty(Array.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown[], ...args: unknown[]) {
        searched += this.length;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  }
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
});

afterAll(async () => {
  for (const [name, original] of originals)
    Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
  await session.post('Profiler.stopPreciseCoverage');
  await session.post('Profiler.disable');
  session.disconnect();
});

interface CoverageRange {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly count: number;
}

/**
 * Characters of source run: each character counted as often as the
 * innermost block holding it ran. The ranges nest, outermost (the whole
 * function) first.
 */
function sourceRun(ranges: readonly CoverageRange[]): number {
  const sorted = [...ranges].sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  let work = 0;
  const open: CoverageRange[] = [];
  for (const range of sorted) {
    while (open.length > 0 && (open[open.length - 1] as CoverageRange).endOffset <= range.startOffset) open.pop();
    const parent = open[open.length - 1];
    // The block's own characters at its count, in place of its parent's count for them.
    work += (range.endOffset - range.startOffset) * (range.count - (parent?.count ?? 0));
    open.push(range);
  }
  return work;
}

/** Work (`sourceRun`) of each core function (by file, name and place) while `work` runs. */
async function countWork(work: () => Promise<unknown>): Promise<Counts> {
  await session.post('Profiler.takePreciseCoverage'); // resets the counters
  searched = 0;
  await work();
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const counts: Counts = new Map([['array searches (includes, indexOf): elements searched', searched]]);
  for (const script of result) {
    const at = script.url.replace(/\\/g, '/').indexOf('/src/core/');
    if (at === -1) continue;
    const file = script.url.slice(at + '/src/core/'.length);
    for (const fn of script.functions) {
      const key = `${file} ${fn.functionName || '(anonymous)'} @${fn.ranges[0]?.startOffset ?? 0}`;
      counts.set(key, (counts.get(key) ?? 0) + sourceRun(fn.ranges));
    }
  }
  return counts;
}

const total = (counts: Counts) => [...counts.values()].reduce((a, b) => a + b, 0);

/** Growth from 2N to 4N over growth from N to 2N. */
function growth(small: number, middle: number, large: number): number {
  return (large - middle) / Math.max(1, middle - small);
}

/** Each size's input for one path, made before any counting. */
async function casesAt(label: ImportCaseLabel): Promise<ImportCase[]> {
  const { syntheticPark } = await import('../../../bench/syntheticPark.ts');
  const { importCases } = await import('../../../bench/importInputs.ts');
  const cases: ImportCase[] = [];
  for (const flows of [N, 2 * N, 4 * N]) {
    const [input] = await importCases(syntheticPark({ enterprises: flows / 5, flows }), [label]);
    cases.push(input as ImportCase);
  }
  return cases;
}

describe('every import path does work linear in its input', () => {
  // bench/importInputs.ts's IMPORT_CASES, written out: importing it would load src/ before the counting starts.
  it.each<ImportCaseLabel>([
    'json',
    'exchange list',
    'exchange list (published)',
    'tables-csv',
    'xlsx',
    'gexf',
    'gexf (Gephi)',
    'graphml',
    'graphml (Cytoscape)',
  ])('%s', { timeout: 120_000 }, async (label) => {
    const { importModel } = await import('../../../src/core/io/formats.ts');
    const inputs = await casesAt(label);
    // Once uncounted, so that modules loaded on first use (exceljs's reader) are loaded before the counting.
    const first = inputs[0] as ImportCase;
    await importModel(first.file, first.format, { file: first.fileName, referenceYear: 2024 });
    const counts: Counts[] = [];
    for (const input of inputs) {
      let flows = 0;
      counts.push(
        await countWork(async () => {
          const result = await importModel(input.file, input.format, { file: input.fileName, referenceYear: 2024 });
          if (result.ok) flows = result.model.flows.length;
        }),
      );
      expect(flows, `${label} imports`).toBeGreaterThan(0);
    }
    const [small, middle, large] = counts as [Counts, Counts, Counts];
    // Counted at all: a module compiled before counting began would show almost nothing.
    expect(total(small)).toBeGreaterThan(100 * N);

    const overall = growth(total(small), total(middle), total(large));
    const steep: string[] = [];
    const share = total(large) - total(middle);
    for (const [key, atLarge] of large) {
      const atSmall = small.get(key) ?? 0;
      const atMiddle = middle.get(key) ?? 0;
      if (atLarge - atMiddle < NOTICEABLE * share) continue;
      const g = growth(atSmall, atMiddle, atLarge);
      if (g > MAX_GROWTH) steep.push(`${key}: ×${g.toFixed(2)} (${atSmall} → ${atMiddle} → ${atLarge})`);
    }
    expect(steep, `functions whose work grows faster than linearly in the ${label} import`).toEqual([]);
    expect(overall, `the ${label} import's work from ${N} to ${4 * N} flows`).toBeLessThan(MAX_GROWTH);
  });
});
