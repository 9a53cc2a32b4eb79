/// <reference lib="webworker" />
/** A thin adapter: the whole park analysis off the main thread. */
import { analysisNetworkOptions, analyzePark, DEFAULT_ANALYSIS_OPTIONS } from '../../core/analysis/analyzePark.ts';
import { buildActorNetwork } from '../../core/analysis/network/actors.ts';
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol.ts';
import { betweennessFor, keptBetweenness } from './betweennessReuse.ts';
import { betweennessInWorkers } from './betweennessWorkers.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * Exact betweenness is O(V·E): about 47 s at 20 000 actors on one core here, half that on two (betweennessWorkers.ts).
 * Larger parks get the labelled sampled estimate.
 */
const EXACT_BETWEENNESS_UP_TO = 2000;

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const { model, catalogue, settings, kept } = event.data;
  let response: AnalysisResponse;
  try {
    const betweenness = model.enterprises.length <= EXACT_BETWEENNESS_UP_TO ? 'exact' : 'sampled';
    const options = { ...DEFAULT_ANALYSIS_OPTIONS, catalogue, betweenness, selfLoops: settings.selfLoops } as const;
    // Computed ahead across workers, on the very network the analysis reads (core checks that it fits).
    // Kept from the edit before when the links are the same (betweennessReuse.ts).
    const network = buildActorNetwork(model, analysisNetworkOptions(options));
    const betweennessPrecomputed = await betweennessFor(network, betweenness, kept, () =>
      betweennessInWorkers(network, betweenness),
    );
    response = {
      ok: true,
      analysis: analyzePark(model, { ...options, betweennessPrecomputed }),
      kept: keptBetweenness(network, betweenness, betweennessPrecomputed),
    };
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
