/**
 * Messages between the app, the analysis host and the analysis runner.
 *
 * The page talks to one host worker for as long as a park is open
 * (analysisHost.ts): it holds the model the page last sent, so an edit
 * travels as a model delta (core's modelDelta.ts: the items that changed),
 * not as the whole park. For each version the host starts a runner
 * (analysis.worker.ts, which spreads betweenness over workers of its own)
 * and ends the one still running for an older version. It keeps the whole
 * analysis and sends the page the part it shows (shownAnalysis.ts); an
 * export, which needs all of it, asks for it.
 */
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { ModelDelta } from '../../core/model/modelDelta.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { KeptBetweenness } from './betweennessReuse.ts';
import type { ShownAnalysis } from './shownAnalysis.ts';
import type { ShownAnalysisMessage } from './shownChannel.ts';

/** The analysis conventions a user can switch (the same as the CLI's options). */
export interface AnalysisSettings {
  /** Count flows from an enterprise to itself in the network metrics (enaR's convention; the CLI's --self-loops). */
  readonly selfLoops: boolean;
}

/** Host → runner: one whole analysis. */
export interface AnalysisRequest {
  readonly model: ParkModel;
  readonly catalogue: TechnologyCatalogue;
  readonly settings: AnalysisSettings;
  /** The betweenness of the analysis before, used again if the network's links are the same. */
  readonly kept?: KeptBetweenness | null;
}

/** Runner → host (with the betweenness it used, for the next edit). */
export type AnalysisResponse =
  | { readonly ok: true; readonly analysis: ParkAnalysis; readonly kept?: KeptBetweenness }
  | { readonly ok: false; readonly message: string };

/** Page → host. Versions count up; an answer names the version it is for. */
export type HostRequest =
  | {
      readonly type: 'analyse';
      readonly version: number;
      /** The whole model, or what changed since the model of the previous request. */
      readonly park: { readonly model: ParkModel } | { readonly delta: ModelDelta };
      /** Sent with the first request and when it changes; null: the one held. */
      readonly catalogue: TechnologyCatalogue | null;
      readonly settings: AnalysisSettings;
    }
  /** That version's whole analysis (the page holds the part it shows); only the cycles are listed shortest first. */
  | { readonly type: 'whole'; readonly version: number };

/** Host → page: the part of the analysis the page shows. */
export type ShownResponse =
  { readonly ok: true; readonly analysis: ShownAnalysis } | { readonly ok: false; readonly message: string };

/** Host → page. */
export type HostResponse =
  | ({ readonly type: 'analysis'; readonly version: number } & (
      { readonly ok: true; readonly analysis: ShownAnalysisMessage } | { readonly ok: false; readonly message: string }
    ))
  /** null: that version's analysis is not the one held (a newer edit came, or it failed). */
  | { readonly type: 'whole'; readonly version: number; readonly analysis: ParkAnalysis | null };
