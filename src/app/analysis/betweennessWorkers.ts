/**
 * Brandes' betweenness with its sources split across Web Workers started by
 * the analysis worker, so every core works, as the CLI's worker threads do
 * (src/cli/parallelBetweenness.ts). Without cross-origin isolation a page
 * has no SharedArrayBuffer, so each worker gets its own copy of the CSR
 * arrays (a few megabytes at 100 000 links). A small network, or a browser
 * that reports one core, runs in the analysis worker itself. Terminating the
 * analysis worker (a newer edit) ends these with it.
 */
import type { ActorNetwork, Adjacency } from '../../core/analysis/network/actors.ts';
import {
  addShares,
  betweennessSources,
  computeBetweenness,
  DEFAULT_BETWEENNESS_OPTIONS,
  finishBetweenness,
  PARALLEL_BETWEENNESS_WORK,
  shareSources,
  type Betweenness,
  type BetweennessMethod,
} from '../../core/analysis/network/betweenness.ts';

export interface BetweennessShare {
  readonly out: Adjacency;
  readonly inbound: Adjacency;
  readonly sources: Int32Array;
}

function runShare(share: BetweennessShare): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./betweenness.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Float64Array>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
      worker.terminate();
    };
    worker.postMessage(share);
  });
}

export async function betweennessInWorkers(
  network: ActorNetwork,
  method: Exclude<BetweennessMethod, 'none'>,
  threads = Math.min(8, navigator.hardwareConcurrency || 1),
): Promise<Betweenness> {
  const options = { ...DEFAULT_BETWEENNESS_OPTIONS, method };
  const sources = betweennessSources(network.actors.length, options);
  if (threads < 2 || sources.length * network.links < PARALLEL_BETWEENNESS_WORK)
    return computeBetweenness(network, options);
  const parts = await Promise.all(
    shareSources(sources, threads).map((share) => runShare({ out: network.out, inbound: network.in, sources: share })),
  );
  return finishBetweenness(addShares(parts, network.actors.length), sources.length, options);
}
