/**
 * Brandes' betweenness with its sources split across worker threads, so
 * every core works (igraph's runs on one). Each thread sums the
 * dependencies of a share of the sources (core's accumulateDependencies) on
 * the same CSR arrays, shared rather than copied; the shares add up to
 * exactly what one thread would compute, up to the order of the additions.
 * Small networks, or a machine with one core, run in this thread: starting
 * a worker costs more than they take.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  analysisNetworkOptions,
  analyzePark,
  DEFAULT_ANALYSIS_OPTIONS,
  type AnalysisOptions,
  type ParkAnalysis,
} from '../core/analysis/analyzePark.ts';
import { buildActorNetwork, type ActorNetwork } from '../core/analysis/network/actors.ts';
import type { ParkModel } from '../core/model/types.ts';
import {
  accumulateDependencies,
  addShares,
  betweennessSources,
  computeBetweenness,
  DEFAULT_BETWEENNESS_OPTIONS,
  finishBetweenness,
  PARALLEL_BETWEENNESS_WORK,
  shareSources,
  type Betweenness,
  type BetweennessOptions,
} from '../core/analysis/network/betweenness.ts';

export interface BetweennessJob {
  readonly outStart: Int32Array;
  readonly outTargets: Int32Array;
  readonly inStart: Int32Array;
  readonly inTargets: Int32Array;
  readonly sources: Int32Array;
}

/** The same arrays in shared memory, so every worker reads one copy. */
function shared(array: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/**
 * A worker on the built file beside this module in dist/cli/; from the
 * TypeScript sources (the bin runs them through tsx while they are newer than
 * the build) a worker that registers tsx first, as a worker does not inherit
 * the loader the main thread registered.
 */
function startWorker(job: BetweennessJob): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./betweenness.worker.js', import.meta.url), { workerData: job });
  const source = new URL('./betweenness.worker.ts', import.meta.url).href;
  const loader = import.meta.resolve('tsx/esm/api');
  const script = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(script, { eval: true, workerData: job });
}

function runWorker(job: BetweennessJob): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    worker.once('message', (sums: Float64Array) => {
      resolve(sums);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`betweenness worker stopped with exit code ${code}`));
    });
  });
}

export async function parallelBetweenness(
  network: ActorNetwork,
  caller: Partial<Omit<BetweennessOptions, 'precomputed' | 'onProgress'>> = {},
  threads = Math.min(8, availableParallelism()),
  /** Sources × links below which one thread does it (tests lower it to exercise the threads on a small network). */
  minimumWork = PARALLEL_BETWEENNESS_WORK,
): Promise<Betweenness | null> {
  const options = { ...DEFAULT_BETWEENNESS_OPTIONS, ...caller };
  if (options.method === 'none') return null;
  const n = network.actors.length;
  const sources = betweennessSources(n, options);
  if (threads < 2 || sources.length * network.links < minimumWork) return computeBetweenness(network, options);
  const arrays = {
    outStart: shared(network.out.start),
    outTargets: shared(network.out.targets),
    inStart: shared(network.in.start),
    inTargets: shared(network.in.targets),
  };
  const parts = await Promise.all(
    shareSources(sources, threads).map((share) => runWorker({ ...arrays, sources: share })),
  );
  return finishBetweenness(addShares(parts, n), sources.length, options);
}

/** What a worker runs: its share of the sources. */
export function runBetweennessJob(job: BetweennessJob): Float64Array {
  return accumulateDependencies(
    { out: { start: job.outStart, targets: job.outTargets }, in: { start: job.inStart, targets: job.inTargets } },
    job.sources,
  );
}

/**
 * `analyzePark` with its betweenness computed ahead in threads when the
 * network part runs: the same result, sooner on a large park.
 */
export async function analyzeParkInThreads(
  model: ParkModel,
  caller: Partial<AnalysisOptions> = {},
): Promise<ParkAnalysis> {
  const options = { ...DEFAULT_ANALYSIS_OPTIONS, ...caller };
  if (!options.only.includes('network') || options.betweenness === 'none') return analyzePark(model, options);
  const network = buildActorNetwork(model, analysisNetworkOptions(options));
  const betweenness = await parallelBetweenness(network, { method: options.betweenness });
  return analyzePark(model, { ...options, ...(betweenness ? { betweennessPrecomputed: betweenness } : {}) });
}
