/**
 * `npx tsx bench/io.ts`: export and import time and file size of every model
 * format on seeded synthetic parks. Figures are printed, never asserted; the
 * unit tests only check that a 50 MB file imports.
 *
 * The app reads files in a worker (src/app/imports/import.worker.ts), so of
 * an import the main thread pays only `receive` (a structured clone of the
 * imported model: an upper bound, as the worker serialises and the page only
 * deserialises) and no longer `validate` (the full validation confirming
 * used to repeat; see history.ts `commitValidated`).
 *
 *   npx tsx bench/io.ts                          # reference park, 2 000×10 000 and 20 000×100 000
 *   npx tsx bench/io.ts --sizes 200x1000 --formats json,gexf
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { exportModel, importModel, MODEL_FORMATS, type ImportInput, type ModelFormat } from '../src/core/io/formats.ts';
import type { ParkModel } from '../src/core/model/types.ts';
import { validateModel } from '../src/core/model/validate.ts';
import { syntheticPark } from './syntheticPark.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000x10000,20000x100000' },
    formats: { type: 'string', default: MODEL_FORMATS.filter((f) => f !== 'flows-csv').join(',') },
  },
});

const encoder = new TextEncoder();

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

const reference = validateModel(JSON.parse(readFileSync('data/linyi-etdz.json', 'utf8')));
if (!reference.ok) throw new Error('the reference park is invalid');
const parks: [string, ParkModel][] = [['reference park (data/linyi-etdz.json)', reference.model]];
for (const size of values.sizes.split(',')) {
  const [enterprises, flows] = size.split('x').map(Number) as [number, number];
  parks.push([`synthetic ${enterprises} enterprises / ${flows} flows`, syntheticPark({ enterprises, flows })]);
}

for (const [title, model] of parks) {
  console.log(`\n${title}`);
  console.log(
    `  ${'format'.padEnd(12)} ${'size MB'.padStart(8)} ${'export ms'.padStart(10)} ${'import ms'.padStart(10)}` +
      ` ${'receive ms'.padStart(10)} ${'validate ms'.padStart(11)}`,
  );
  for (const format of values.formats.split(',') as ModelFormat[]) {
    const written = await timed(() => exportModel(model, format));
    const { output } = written.value;
    const input: ImportInput =
      output.kind === 'bytes'
        ? output.bytes
        : output.kind === 'text'
          ? encoder.encode(output.text)
          : new Map([...output.files].map(([name, text]) => [name, encoder.encode(text)]));
    const bytes = input instanceof Uint8Array ? input.length : [...input.values()].reduce((n, b) => n + b.length, 0);
    const read = await timed(() => importModel(input, format, { file: `bench.${format}` }));
    const imported = read.value;
    if (!imported.ok) throw new Error(`${format}: the import failed`);
    const received = await timed(() => Promise.resolve(structuredClone(imported.model)));
    const validated = await timed(() => Promise.resolve(validateModel(imported.model)));
    console.log(
      `  ${format.padEnd(12)} ${(bytes / 2 ** 20).toFixed(1).padStart(8)} ${written.ms.toFixed(0).padStart(10)} ${read.ms.toFixed(0).padStart(10)}` +
        ` ${received.ms.toFixed(0).padStart(10)} ${validated.ms.toFixed(0).padStart(11)}`,
    );
  }
}
