/** Messages between the app and the analysis worker. */
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';

export interface AnalysisRequest {
  readonly model: ParkModel;
  readonly catalogue: TechnologyCatalogue;
}

export type AnalysisResponse =
  { readonly ok: true; readonly analysis: ParkAnalysis } | { readonly ok: false; readonly message: string };
