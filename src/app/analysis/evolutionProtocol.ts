/** Messages between the app and the evolution worker. */
import type { ParkEvolution } from '../../core/analysis/evolution.ts';
import type { ParkModel } from '../../core/model/types.ts';

export interface EvolutionRequest {
  readonly model: ParkModel;
  /** The network metrics' self-loop convention, as the analysis panel's switch sets it. */
  readonly selfLoops: boolean;
}

export type EvolutionResponse =
  { readonly ok: true; readonly evolution: ParkEvolution } | { readonly ok: false; readonly message: string };
