/// <reference lib="webworker" />
/**
 * A thin adapter: the park year by year off the main thread. Each change
 * year rebuilds the park and its metrics (about 2 s for 300 years of
 * 10 000 flows here), too long to block the slider and the network.
 */
import { parkEvolution } from '../../core/analysis/evolution.ts';
import type { EvolutionRequest, EvolutionResponse } from './evolutionProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EvolutionRequest>) => {
  const { model, selfLoops } = event.data;
  let response: EvolutionResponse;
  try {
    response = { ok: true, evolution: parkEvolution(model, { network: { includeSelfLoops: selfLoops } }) };
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
