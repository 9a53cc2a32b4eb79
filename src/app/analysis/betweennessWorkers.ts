/**
 * Brandes' betweenness with its sources split across Web Workers started by
 * the analysis worker, so every core works, as the CLI's worker threads do
 * (src/cli/parallelBetweenness.ts); core deals the sources and adds the
 * shares (betweennessInShares). Without cross-origin isolation a page
 * has no SharedArrayBuffer, so each worker gets its own copy of the CSR
 * arrays (a few megabytes at 100 000 links). A small network, or a browser
 * that reports one core, runs in the analysis worker itself. Terminating the
 * analysis worker (a newer edit) ends these with it.
 */
import type { ActorNetwork, Adjacency } from '../../core/analysis/network/actors.ts';
import {
  betweennessInShares,
  DEFAULT_BETWEENNESS_OPTIONS,
  type Betweenness,
  type BetweennessMethod,
} from '../../core/analysis/network/betweenness.ts';

export interface BetweennessShare {
  readonly out: Adjacency;
  readonly inbound: Adjacency;
  readonly sources: Int32Array;
}

function runShareInWorker(share: BetweennessShare): Promise<Float64Array> {
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

export function betweennessInWorkers(
  network: ActorNetwork,
  method: Exclude<BetweennessMethod, 'none'>,
  threads = Math.min(8, navigator.hardwareConcurrency || 1),
): Promise<Betweenness> {
  const runShare = (sources: Int32Array) => runShareInWorker({ out: network.out, inbound: network.in, sources });
  return betweennessInShares(network, { ...DEFAULT_BETWEENNESS_OPTIONS, method }, threads, runShare);
}
