/**
 * Brandes' betweenness with its sources split across worker threads, so
 * every core works (igraph's runs on one): core deals the sources and adds
 * the shares (betweennessInShares); here each share runs in a worker thread
 * on the same CSR arrays, shared rather than copied.
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
  betweennessInShares,
  DEFAULT_BETWEENNESS_OPTIONS,
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
  minimumWork?: number,
): Promise<Betweenness | null> {
  const options = { ...DEFAULT_BETWEENNESS_OPTIONS, ...caller };
  if (options.method === 'none') return null;
  // Copied into shared memory once, when the first worker starts; every worker reads that copy.
  let arrays: Omit<BetweennessJob, 'sources'> | undefined;
  const runShare = (sources: Int32Array) => {
    arrays ??= {
      outStart: shared(network.out.start),
      outTargets: shared(network.out.targets),
      inStart: shared(network.in.start),
      inTargets: shared(network.in.targets),
    };
    return runWorker({ ...arrays, sources });
  };
  return betweennessInShares(network, { ...options, method: options.method }, threads, runShare, minimumWork);
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
