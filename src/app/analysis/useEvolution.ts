/**
 * The park year by year (core's `parkEvolution`), computed in its own
 * worker when the model has dated flows; the worker is terminated when the
 * model changes or the panel goes. A model without years needs no worker.
 */
import { useEffect, useState } from 'react';
import type { ParkEvolution } from '../../core/analysis/evolution.ts';
import { isDated } from '../../core/model/asOf.ts';
import { itemCounter } from '../../core/model/sameItems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { EvolutionRequest, EvolutionResponse } from './evolutionProtocol.ts';

export type EvolutionState =
  | { readonly status: 'none' }
  | { readonly status: 'computing' }
  | { readonly status: 'done'; readonly evolution: ParkEvolution }
  | { readonly status: 'failed'; readonly message: string };

/** Dated flows, counted from the places an edit replaced (100 000 flows are a walk at each edit). */
const datedFlows = itemCounter(isDated);

export function useEvolution(model: ParkModel, selfLoops: boolean): EvolutionState {
  const dated = datedFlows(model.flows) > 0;
  const [state, setState] = useState<{ model: ParkModel; selfLoops: boolean; result: EvolutionState } | null>(null);
  useEffect(() => {
    if (!dated) return;
    const worker = new Worker(new URL('./evolution.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<EvolutionResponse>) => {
      const data = event.data;
      setState({
        model,
        selfLoops,
        result: data.ok ? { status: 'done', evolution: data.evolution } : { status: 'failed', message: data.message },
      });
    };
    worker.onerror = (event) => setState({ model, selfLoops, result: { status: 'failed', message: event.message } });
    const request: EvolutionRequest = { model, selfLoops };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [model, selfLoops, dated]);
  if (!dated) return { status: 'none' };
  return state && state.model === model && state.selfLoops === selfLoops ? state.result : { status: 'computing' };
}
