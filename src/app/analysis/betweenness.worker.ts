/// <reference lib="webworker" />
/** A thin adapter: one share of Brandes' sources, summed by core, for betweennessWorkers.ts. */
import { accumulateDependencies } from '../../core/analysis/network/betweenness.ts';
import type { BetweennessShare } from './betweennessWorkers.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<BetweennessShare>) => {
  const { out, inbound, sources } = event.data;
  const sums = accumulateDependencies({ out, in: inbound }, sources);
  scope.postMessage(sums, [sums.buffer as ArrayBuffer]);
};
