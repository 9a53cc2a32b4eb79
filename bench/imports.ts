/**
 * `npm run bench:imports`: every import path end to end, as a user runs it —
 * the file read from disk, decoded, parsed, turned into a model and
 * validated (`importModel`, what the app's import worker and, for .json and
 * .csv, the CLI do) — on seeded synthetic parks (syntheticPark.ts) written
 * in every format (importInputs.ts). Each import runs in a process of its
 * own, so that one's garbage and JIT state do not weigh on the next and its
 * peak memory (resident set) is its own; the figures are printed, never
 * asserted (tests/unit/io/importComplexity.test.ts guards the growth).
 *
 *   npm run bench:imports                                      # 2 000×10 000 and 20 000×100 000
 *   npm run bench:imports -- --sizes 2000x10000 --formats "exchange list,json"
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { importModel, type ModelFormat } from '../src/core/io/formats.ts';
import { IMPORT_CASES, importCases, type ImportCase } from './importInputs.ts';
import { syntheticPark } from './syntheticPark.ts';

const { values, positionals } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000x10000,20000x100000' },
    formats: { type: 'string', default: IMPORT_CASES.join(',') },
    /** Internal: run one import (`--child FORMAT PATH`) and print its figures as JSON. */
    child: { type: 'string' },
  },
  allowPositionals: true,
});

interface Figures {
  readonly ok: boolean;
  readonly flows: number;
  readonly ms: number;
  /** Resident set before the file was read (Node, tsx and the code), and the peak of the whole process. */
  readonly startMb: number;
  readonly peakMb: number;
}

async function child(format: ModelFormat, path: string): Promise<Figures> {
  // Loaded before the clock starts, as the CLI and the app have their code loaded when a file comes.
  await import('../src/core/io/xlsx.ts');
  const startMb = process.memoryUsage().rss / 2 ** 20;
  const start = performance.now();
  const input = statSync(path).isDirectory()
    ? new Map(readdirSync(path).map((name) => [name, new Uint8Array(readFileSync(join(path, name)))]))
    : new Uint8Array(readFileSync(path));
  const result = await importModel(input, format, { file: basename(path), referenceYear: 2024 });
  const ms = performance.now() - start;
  return {
    ok: result.ok,
    flows: result.ok ? result.model.flows.length : 0,
    ms,
    startMb,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
}

function write(directory: string, { fileName, file }: ImportCase): string {
  const path = join(directory, fileName);
  if (file instanceof Uint8Array) writeFileSync(path, file);
  else {
    mkdirSync(path, { recursive: true });
    for (const [name, bytes] of file) writeFileSync(join(path, name), bytes);
  }
  return path;
}

function sizeMb(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size / 2 ** 20;
  return readdirSync(path).reduce((sum, name) => sum + statSync(join(path, name)).size, 0) / 2 ** 20;
}

async function main(): Promise<void> {
  const formats = values.formats.split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !(IMPORT_CASES as readonly string[]).includes(f));
  if (unknown.length > 0) throw new Error(`unknown format ${unknown.join(', ')}: use ${IMPORT_CASES.join(', ')}`);
  const directory = mkdtempSync(join(tmpdir(), 'symbiograph-bench-'));
  try {
    for (const size of values.sizes.split(',')) {
      const [enterprises, flows] = size.split('x').map(Number);
      if (!enterprises || !flows) throw new Error(`bad size "${size}": use ENTERPRISESxFLOWS`);
      const model = syntheticPark({ enterprises, flows });
      console.log(`\n${enterprises} enterprises / ${flows} flows: read → model → validated, one process each`);
      console.log(
        `  ${'format'.padEnd(27)} ${'file MB'.padStart(8)} ${'time s'.padStart(8)} ${'peak RSS MB'.padStart(12)}` +
          ` ${'of which code'.padStart(14)}`,
      );
      for (const input of await importCases(model, formats)) {
        const path = write(directory, input);
        const output = execFileSync(
          process.execPath,
          [...process.execArgv, process.argv[1] as string, '--child', input.format, path],
          { encoding: 'utf8', maxBuffer: 1 << 20 },
        );
        const figures = JSON.parse(output.trim().split('\n').pop() as string) as Figures;
        const verdict = !figures.ok ? '  INVALID' : figures.flows === flows ? '' : `  ${figures.flows} flows?`;
        console.log(
          `  ${input.label.padEnd(27)} ${sizeMb(path).toFixed(1).padStart(8)} ${(figures.ms / 1000).toFixed(2).padStart(8)}` +
            ` ${figures.peakMb.toFixed(0).padStart(12)} ${figures.startMb.toFixed(0).padStart(14)}${verdict}`,
        );
        rmSync(path, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (values.child !== undefined) {
  console.log(JSON.stringify(await child(values.child as ModelFormat, positionals[0] as string)));
} else await main();
