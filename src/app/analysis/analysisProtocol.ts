/** Messages between the app and the analysis worker. */
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';

/** The analysis conventions a user can switch (the same as the CLI's options). */
export interface AnalysisSettings {
  /** Count flows from an enterprise to itself in the network metrics (enaR's convention; the CLI's --self-loops). */
  readonly selfLoops: boolean;
}

export interface AnalysisRequest {
  readonly model: ParkModel;
  readonly catalogue: TechnologyCatalogue;
  readonly settings: AnalysisSettings;
}

export type AnalysisResponse =
  { readonly ok: true; readonly analysis: ParkAnalysis } | { readonly ok: false; readonly message: string };
