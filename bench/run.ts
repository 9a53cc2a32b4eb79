/**
 * `npm run bench`: time and heap growth of each step of the analysis on the
 * reference park and on seeded synthetic parks, then every import path end to
 * end at the same sizes (imports.ts, also `npm run bench:imports`). Figures
 * are printed, never asserted: speed targets live here, not in unit tests.
 *
 *   npm run bench                                   # reference park + 200×1 000, 2 000×10 000, 20 000×100 000
 *   npm run bench -- --sizes 200x1000 --no-exact    # smaller run, without exact betweenness
 *   npm run bench -- --no-imports                   # the analysis only
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { validateModelText } from '../src/core/model/validate.ts';
import { validateCatalogue } from '../src/core/catalogue/validate.ts';
import { buildExchangeGraph } from '../src/core/graph/exchangeGraph.ts';
import { buildMaterialGraph } from '../src/core/graph/materialGraph.ts';
import { buildProcessGraph } from '../src/core/graph/processGraph.ts';
import { createAnalysisContext } from '../src/core/analysis/context.ts';
import { findIntegrityProblems } from '../src/core/analysis/integrity.ts';
import { findOpenEnds } from '../src/core/analysis/openEnds.ts';
import { analyzeChains } from '../src/core/analysis/chainIntegrity.ts';
import { findCouplingGaps } from '../src/core/analysis/couplingGaps.ts';
import { analyzeCapacity } from '../src/core/analysis/capacityBalance.ts';
import { rankClosureImpacts } from '../src/core/analysis/resilience.ts';
import { rankProjects } from '../src/core/analysis/projects.ts';
import { computeKpis } from '../src/core/analysis/kpis.ts';
import { analyzePark } from '../src/core/analysis/analyzePark.ts';
import { buildActorNetwork } from '../src/core/analysis/network/actors.ts';
import { computeStructuralMetrics } from '../src/core/analysis/network/structural.ts';
import { findStronglyConnectedComponents, findWeaklyConnectedComponents } from '../src/core/analysis/network/scc.ts';
import { findArticulationPoints } from '../src/core/analysis/network/articulation.ts';
import { findCycles } from '../src/core/analysis/network/cycles.ts';
import { detectCommunities } from '../src/core/analysis/network/communities.ts';
import { computeFlowMetrics } from '../src/core/analysis/network/flowMetrics.ts';
import { computeReuseRate } from '../src/core/analysis/network/reuse.ts';
import { checkChertow32 } from '../src/core/analysis/network/chertow.ts';
import { computeBetweenness } from '../src/core/analysis/network/betweenness.ts';
import type { ParkModel } from '../src/core/model/types.ts';
import type { TechnologyCatalogue } from '../src/core/catalogue/schema.ts';
import { syntheticPark } from './syntheticPark.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200x1000,2000x10000,20000x100000' },
    'no-exact': { type: 'boolean', default: false },
    'no-imports': { type: 'boolean', default: false },
  },
});

function measure<T>(label: string, work: () => T): T {
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  const heapMb = Math.max(0, process.memoryUsage().heapUsed - before) / 2 ** 20;
  console.log(`  ${label.padEnd(34)} ${ms.toFixed(1).padStart(10)} ms ${heapMb.toFixed(1).padStart(8)} MB heap`);
  return value;
}

function benchPark(title: string, text: string, catalogue: TechnologyCatalogue, exactBetweenness: boolean): void {
  console.log(`\n${title}  (${(text.length / 2 ** 20).toFixed(1)} MB JSON)`);
  const validated = measure('parse + validate', () => validateModelText(text));
  if (!validated.ok) throw new Error(`invalid park: ${validated.errors[0]?.message.en}`);
  const model: ParkModel = validated.model;
  measure('exchange graph', () => buildExchangeGraph(model));
  measure('material graph', () => buildMaterialGraph(model));
  measure('process graph', () => buildProcessGraph(model));
  const context = measure('analysis context', () => createAnalysisContext(model));
  measure('integrity', () => findIntegrityProblems(context));
  measure('open ends', () => findOpenEnds(context));
  const chains = measure('chain integrity', () => analyzeChains(context, catalogue));
  measure('coupling gaps', () => findCouplingGaps(context));
  measure('capacity balance', () => analyzeCapacity(context));
  measure('resilience ranking (all closures)', () => rankClosureImpacts(context, chains));
  const network = measure('actor network', () => buildActorNetwork(model));
  measure('structural metrics + cyclicity', () => computeStructuralMetrics(network));
  measure('strong + weak components', () => [
    findStronglyConnectedComponents(network),
    findWeaklyConnectedComponents(network),
  ]);
  measure('articulation points + bridges', () => findArticulationPoints(network));
  measure('cycles (first 1 000)', () => findCycles(network));
  measure('Louvain communities', () => detectCommunities(model));
  measure('flow metrics + Finn index', () => computeFlowMetrics(model));
  measure('reuse rate + Chertow 3-2', () => [computeReuseRate(model), checkChertow32(model)]);
  measure('KPIs', () => computeKpis(createAnalysisContext(model)));
  measure('betweenness, sampled (256 pivots)', () => computeBetweenness(network, { method: 'sampled' }));
  measure('gap-filling projects', () => rankProjects(model, catalogue));
  measure('full report, sampled betweenness', () => analyzePark(model, { catalogue, betweenness: 'sampled' }));
  measure('full report without projects', () =>
    analyzePark(model, {
      catalogue,
      betweenness: 'sampled',
      only: ['integrity', 'open-ends', 'chains', 'coupling', 'capacity', 'network', 'resilience'],
    }),
  );
  if (exactBetweenness) {
    let last = 0;
    measure('betweenness, exact', () =>
      computeBetweenness(network, {
        method: 'exact',
        onProgress: (done, total) => {
          const pct = Math.floor((done / total) * 10) * 10;
          if (pct > last) {
            last = pct;
            process.stdout.write(`    … ${pct}%\n`);
          }
        },
      }),
    );
  }
}

/**
 * The figures above are first calls, JIT-cold. An app or a long-running CLI
 * analyses the same park again after every edit, so the repeated (warm)
 * median is the figure the "reference park under 100 ms" target is about.
 */
function benchRepeated(title: string, text: string, catalogue: TechnologyCatalogue, runs = 15): void {
  console.log(`\n${title}`);
  const validated = validateModelText(text);
  if (!validated.ok) throw new Error('invalid park');
  const model = validated.model;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyzePark(model, { catalogue, betweenness: 'sampled' });
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `  full report with projects: first ${times[0]!.toFixed(1)} ms, median of ${runs} ${median.toFixed(1)} ms, best ${sorted[0]!.toFixed(1)} ms`,
  );
}

const catalogueResult = validateCatalogue(JSON.parse(readFileSync('data/technologies.json', 'utf8')));
if (!catalogueResult.ok) throw new Error('data/technologies.json is invalid');
const catalogue = catalogueResult.catalogue;

const referenceText = readFileSync('data/linyi-etdz.json', 'utf8');
benchPark('Linyi ETDZ reference park', referenceText, catalogue, true);
benchRepeated('Linyi ETDZ reference park, full analysis repeated', referenceText, catalogue);
for (const size of values.sizes.split(',')) {
  const [enterprises, flows] = size.split('x').map(Number);
  if (!enterprises || !flows) throw new Error(`bad size "${size}": use ENTERPRISESxFLOWS`);
  benchPark(
    `${enterprises} enterprises / ${flows} flows`,
    JSON.stringify(syntheticPark({ enterprises, flows })),
    catalogue,
    !values['no-exact'],
  );
}
console.log(`\npeak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
if (!values['no-imports']) {
  execFileSync(process.execPath, [...process.execArgv, 'bench/imports.ts', '--sizes', values.sizes], {
    stdio: 'inherit',
  });
}
