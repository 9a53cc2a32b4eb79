/**
 * `npm run bench`: times and peak memory of the foundation's work on
 * seeded synthetic parks. Figures are printed, never asserted: speed
 * targets live here, not in unit tests.
 *
 * Usage: npm run bench [-- --sizes 200x1000,2000x10000,20000x100000]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { validateModelText } from '../src/core/model/validate.ts';
import { buildExchangeGraph } from '../src/core/graph/exchangeGraph.ts';
import { buildMaterialGraph } from '../src/core/graph/materialGraph.ts';
import { buildProcessGraph } from '../src/core/graph/processGraph.ts';
import { summarizePark } from '../src/core/analysis/summary.ts';
import type { ParkModel } from '../src/core/model/types.ts';
import { syntheticPark } from './syntheticPark.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '200x1000,2000x10000,20000x100000' } } });
const sizes = values.sizes.split(',').map((s) => {
  const [enterprises, flows] = s.split('x').map(Number);
  if (!enterprises || !flows) throw new Error(`bad size "${s}": use ENTERPRISESxFLOWS`);
  return { enterprises, flows };
});

interface Measurement {
  readonly step: string;
  readonly ms: number;
  readonly heapMb: number;
}

/** Runs `work` once after a warm-up, reporting wall time and the heap growth it caused. */
function measure<T>(step: string, work: () => T, results: Measurement[]): T {
  work();
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  const heapMb = Math.max(0, process.memoryUsage().heapUsed - before) / 2 ** 20;
  results.push({ step, ms, heapMb });
  return value;
}

for (const size of sizes) {
  const model = syntheticPark(size);
  const text = JSON.stringify(model);
  const results: Measurement[] = [];
  const validated = measure('parse + validate', () => validateModelText(text), results);
  if (!validated.ok) throw new Error(`synthetic park is invalid: ${validated.errors[0]?.message.en}`);
  const valid: ParkModel = validated.model;
  measure('exchange graph', () => buildExchangeGraph(valid), results);
  measure('material graph', () => buildMaterialGraph(valid), results);
  measure('process graph', () => buildProcessGraph(valid), results);
  measure('summary', () => summarizePark(valid), results);

  console.log(
    `\n${size.enterprises} enterprises / ${size.flows} flows  (${(text.length / 2 ** 20).toFixed(1)} MB JSON, ${validated.warnings.length} warnings)`,
  );
  for (const r of results)
    console.log(`  ${r.step.padEnd(18)} ${r.ms.toFixed(1).padStart(9)} ms  ${r.heapMb.toFixed(1).padStart(7)} MB heap`);
}
console.log(`\npeak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
