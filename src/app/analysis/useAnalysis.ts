/** Runs the park analysis in its worker; the worker is terminated when the model changes or the view goes. */
import { useEffect, useState } from 'react';
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { AnalysisRequest, AnalysisResponse, AnalysisSettings } from './analysisProtocol.ts';

export type AnalysisState =
  | { readonly status: 'computing' }
  | { readonly status: 'done'; readonly analysis: ParkAnalysis }
  | { readonly status: 'failed'; readonly message: string };

export function useAnalysis(
  model: ParkModel,
  catalogue: TechnologyCatalogue,
  settings: AnalysisSettings,
): AnalysisState {
  const { selfLoops } = settings;
  const [state, setState] = useState<{ model: ParkModel; result: AnalysisState }>({
    model,
    result: { status: 'computing' },
  });
  useEffect(() => {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const data = event.data;
      setState({
        model,
        result: data.ok ? { status: 'done', analysis: data.analysis } : { status: 'failed', message: data.message },
      });
    };
    worker.onerror = (event) => setState({ model, result: { status: 'failed', message: event.message } });
    const request: AnalysisRequest = { model, catalogue, settings: { selfLoops } };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [model, catalogue, selfLoops]);
  return state.model === model ? state.result : { status: 'computing' };
}
