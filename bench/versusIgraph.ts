/**
 * `npm run bench:igraph`: Symbiograph and igraph side by side on the same
 * seeded regional network (bench/regionalNetwork.ts), written once as the
 * exchange list a user imports.
 *
 * - The user's whole path: the CLI reading the list, validating it and
 *   analysing the network with exact betweenness (`analyze FILE --only
 *   network --json`), against igraph loading the same list (Python's csv
 *   module, Graph.TupleList) and computing exact betweenness.
 * - Kernel by kernel on the graph already in memory: weak and strong
 *   components, articulation points, Louvain (median of 11 runs each side),
 *   exact betweenness (once; ours in worker threads and in one).
 *
 * igraph is python3-igraph from Debian; when /usr/bin/python3 cannot import
 * it the script installs it with apt-get (as root), else says how and times
 * Symbiograph alone. Figures are printed, never asserted.
 *
 *   npm run bench:igraph                          # 20 000 enterprises, 100 000 exchanges
 *   npm run bench:igraph -- --size 2000x10000
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { findArticulationPoints } from '../src/core/analysis/network/articulation.ts';
import { buildActorNetwork } from '../src/core/analysis/network/actors.ts';
import { computeBetweenness } from '../src/core/analysis/network/betweenness.ts';
import { detectCommunities } from '../src/core/analysis/network/communities.ts';
import { findStronglyConnectedComponents, findWeaklyConnectedComponents } from '../src/core/analysis/network/scc.ts';
import { importFlowsCsv } from '../src/core/io/flowsCsv.ts';
import { parallelBetweenness } from '../src/cli/parallelBetweenness.ts';
import { regionalNetwork } from './regionalNetwork.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '20000x100000' } } });
const [enterprises, flows] = values.size.split('x').map(Number) as [number, number];
const PYTHON = '/usr/bin/python3';

const network = regionalNetwork({ enterprises, flows });
const dir = mkdtempSync(join(tmpdir(), 'symbiograph-igraph-'));
const csvFile = join(dir, 'flows.csv');
writeFileSync(csvFile, network.csv);
console.log(
  `Regional network: ${enterprises} enterprises in ${network.parks} parks, ${flows} exchanges ` +
    `(${(network.csv.length / 1e6).toFixed(1)} MB exchange list, seed 7). Machine: ${availableParallelism()} CPUs, Node ${process.version}.`,
);

function igraphAvailable(): boolean {
  const probe = () => spawnSync(PYTHON, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0;
  if (probe()) return true;
  if (process.getuid?.() === 0) {
    console.log('Installing python3-igraph from Debian (apt-get) …');
    spawnSync('apt-get', ['install', '-y', '-qq', 'python3-igraph'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (probe()) return true;
  console.log('igraph is not available: apt-get install python3-igraph (Debian), then run again. Symbiograph alone:');
  return false;
}

/** Seconds of the CLI's whole path, and its peak memory (GNU time's %M, KB). */
function cliPath(): { seconds: number; peakMb: number } {
  const start = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, 'bin/symbiograph.mjs', 'analyze', csvFile, '--only', 'network', '--json'],
    { maxBuffer: 2 ** 31 - 1, encoding: 'utf8' },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`analyze failed: ${result.stderr.slice(-2000)}`);
  const peakKb = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds, peakMb: peakKb / 1024 };
}

/** Fast kernels are timed as the median of this many runs on both sides (ours after one untimed run, so V8 has
 * compiled them, as igraph's C is); betweenness and the load once. */
const REPEATS = 11;

const IGRAPH_SCRIPT = `
import csv, json, statistics, sys, time
import igraph
def median(work):
    times = []
    for _ in range(${REPEATS}):
        start = time.perf_counter(); work(); times.append(time.perf_counter() - start)
    return statistics.median(times)
t0 = time.perf_counter()
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = [(r['from'], r['to'], float(r['quantity'])) for r in csv.DictReader(f)]
g = igraph.Graph.TupleList(((a, b) for a, b, _ in rows), directed=True)
g.es['weight'] = [q for _, _, q in rows]
t1 = time.perf_counter()
g.betweenness(directed=True)
t2 = time.perf_counter()
louvain = lambda: g.as_undirected(mode='collapse', combine_edges='sum').community_multilevel(weights='weight')
print(json.dumps({'load': t1 - t0, 'betweenness': t2 - t1,
                  'weak': median(lambda: g.connected_components(mode='weak')),
                  'strong': median(lambda: g.connected_components(mode='strong')),
                  'articulation': median(g.articulation_points),
                  'louvain': median(louvain),
                  'vertices': g.vcount(), 'edges': g.ecount(), 'reciprocity': g.reciprocity()}))
`;

function igraphTimes(): Record<string, number> {
  const scriptFile = join(dir, 'igraph_bench.py');
  writeFileSync(scriptFile, IGRAPH_SCRIPT);
  return JSON.parse(execFileSync(PYTHON, [scriptFile, csvFile], { encoding: 'utf8' })) as Record<string, number>;
}

function seconds(work: () => unknown): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

function median(work: () => unknown): number {
  work();
  const times = Array.from({ length: REPEATS }, () => seconds(work)).sort((a, b) => a - b);
  return times[Math.floor(REPEATS / 2)]!;
}

async function kernelTimes(): Promise<Record<string, number>> {
  const imported = importFlowsCsv(network.csv, { file: 'flows.csv', referenceYear: 2026 });
  if (!imported.ok) throw new Error('the synthetic exchange list does not import');
  const model = imported.model;
  const actors = buildActorNetwork(model);
  const start = performance.now();
  await parallelBetweenness(actors, { method: 'exact' });
  const threads = (performance.now() - start) / 1000;
  return {
    network: median(() => buildActorNetwork(model)),
    betweenness: threads,
    betweennessOneThread: seconds(() => computeBetweenness(actors, { method: 'exact' })),
    weak: median(() => findWeaklyConnectedComponents(actors)),
    strong: median(() => findStronglyConnectedComponents(actors)),
    articulation: median(() => findArticulationPoints(actors)),
    louvain: median(() => detectCommunities(model)),
  };
}

const withIgraph = igraphAvailable();
const ours = await kernelTimes();
const path = cliPath();
const theirs = withIgraph ? igraphTimes() : undefined;

const s = (x: number | undefined) =>
  x === undefined ? '—' : x < 1 ? `${(x * 1000).toFixed(1)} ms` : `${x.toFixed(2)} s`;
const ratio = (a: number, b: number | undefined) => (b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
const rows: [string, number, number | undefined][] = [
  [
    'whole path: read + validate + analyse (exact betweenness) / load + betweenness',
    path.seconds,
    theirs && theirs['load']! + theirs['betweenness']!,
  ],
  [`exact betweenness (${availableParallelism()} threads)`, ours['betweenness']!, theirs?.['betweenness']],
  ['exact betweenness (one thread)', ours['betweennessOneThread']!, theirs?.['betweenness']],
  ['weak components', ours['weak']!, theirs?.['weak']],
  ['strong components', ours['strong']!, theirs?.['strong']],
  ['articulation points', ours['articulation']!, theirs?.['articulation']],
  ['Louvain', ours['louvain']!, theirs?.['louvain']],
];
console.log(`\n| step | Symbiograph | igraph ${withIgraph ? '(python3-igraph)' : ''} | ratio |\n|---|---:|---:|---:|`);
for (const [label, a, b] of rows) console.log(`| ${label} | ${s(a)} | ${s(b)} | ${ratio(a, b)} |`);
console.log(
  `\nCLI peak memory: ${path.peakMb.toFixed(0)} MB. Building the actor network in memory: ${s(ours['network'])}.`,
);
if (theirs)
  console.log(
    `igraph read ${theirs['vertices']} vertices, ${theirs['edges']} edges; reciprocity ${theirs['reciprocity']!.toFixed(3)}.`,
  );
