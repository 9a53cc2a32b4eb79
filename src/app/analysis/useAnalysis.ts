/**
 * The park's analysis, kept in step with the model: one analysis host per
 * open park (analysisClient.ts), asked again at each model change; the
 * host ends an analysis a newer edit made stale.
 */
import { useEffect, useState } from 'react';
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { createAnalysisClient, type AnalysisClient, type HostPort } from './analysisClient.ts';
import type { AnalysisSettings } from './analysisProtocol.ts';
import type { ShownAnalysis } from './shownAnalysis.ts';

export type AnalysisState =
  | { readonly status: 'computing' }
  | {
      readonly status: 'done';
      /** The part the page shows (shownAnalysis.ts); a large park's findings abridged (`analysis.abridged` says so). */
      readonly analysis: ShownAnalysis;
      /** The same analysis whole, for the exports (every finding and offer). */
      readonly whole: () => Promise<ParkAnalysis>;
    }
  | { readonly status: 'failed'; readonly message: string };

export function useAnalysis(
  model: ParkModel,
  catalogue: TechnologyCatalogue,
  settings: AnalysisSettings,
): AnalysisState {
  const { selfLoops } = settings;
  const [client, setClient] = useState<AnalysisClient | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('./analysisHost.worker.ts', import.meta.url), { type: 'module' });
    const created = createAnalysisClient(worker as unknown as HostPort);
    setClient(created);
    return () => created.dispose();
  }, []);
  const [state, setState] = useState<{ model: ParkModel; result: AnalysisState }>({
    model,
    result: { status: 'computing' },
  });
  useEffect(() => {
    if (!client) return;
    client.analyse(model, catalogue, { selfLoops }, (response) =>
      setState({
        model,
        result: response.ok
          ? { status: 'done', analysis: response.analysis, whole: () => client.whole() }
          : { status: 'failed', message: response.message },
      }),
    );
  }, [client, model, catalogue, selfLoops]);
  return state.model === model ? state.result : { status: 'computing' };
}
