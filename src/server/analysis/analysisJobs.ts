/**
 * What the analysis worker computes for one revision's model: the whole
 * analysis as `symbiograph analyze --json` prints it (the bundled catalogue,
 * exact betweenness over threads), or what comparing two revisions reads of
 * one scope — its findings and headline figures, with the options of
 * `symbiograph diff` (core's DEFAULT_COMPARISON_OPTIONS, no catalogue).
 * Both are JSON text, kept as they are (store/analyses.ts).
 */
import { analyzePark } from '../../core/analysis/analyzePark.ts';
import type { AnalysisScope } from '../../core/analysis/context.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import { DEFAULT_COMPARISON_OPTIONS, type ComparedAnalysis } from '../../core/comparison/compareAnalyses.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { compactAnalysis } from '../../cli/analysisJson.ts';
import { loadCatalogueFile } from '../../cli/loadCatalogue.ts';
import { analyzeParkInThreads } from '../../cli/parallelBetweenness.ts';

export type AnalysisJob =
  | { readonly kind: 'full'; readonly model: string }
  | { readonly kind: 'compared'; readonly scope: AnalysisScope; readonly model: string };

let catalogue: Promise<TechnologyCatalogue> | undefined;

/** The bundled catalogue, read once per worker. */
function bundledCatalogue(): Promise<TechnologyCatalogue> {
  return (catalogue ??= loadCatalogueFile().then((read) => {
    if (!read.ok) throw new Error(`the bundled catalogue: ${read.errors.map((p) => p.message.en).join('; ')}`);
    return read.catalogue;
  }));
}

export async function runAnalysisJob(job: AnalysisJob): Promise<string> {
  // Validated by core when it was saved: read back, not validated again.
  const model = JSON.parse(job.model) as ParkModel;
  if (job.kind === 'full') {
    const analysis = await analyzeParkInThreads(model, { catalogue: await bundledCatalogue() });
    return JSON.stringify(compactAnalysis(analysis).picked);
  }
  const analysis = analyzePark(model, { ...DEFAULT_COMPARISON_OPTIONS, scope: job.scope });
  const compared: ComparedAnalysis = { findings: analysis.findings, kpis: analysis.kpis };
  return JSON.stringify(compared);
}
