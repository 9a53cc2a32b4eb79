/// <reference lib="webworker" />
/** A thin adapter: the whole park analysis off the main thread. */
import { analyzePark } from '../../core/analysis/analyzePark.ts';
import type { AnalysisRequest, AnalysisResponse } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { model, catalogue } = event.data;
  let response: AnalysisResponse;
  try {
    response = { ok: true, analysis: analyzePark(model, { catalogue, betweenness: 'exact' }) };
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
