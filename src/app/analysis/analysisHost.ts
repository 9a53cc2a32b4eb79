/**
 * The analysis host's logic (its worker, analysisHost.worker.ts, only wires
 * it to messages): it keeps the model in step with the page from deltas,
 * runs each version's analysis in a runner of its own, ends the runner of
 * an older version when a newer one arrives, and answers the page with the
 * part it shows (shownAnalysis.ts) while keeping the whole analysis for
 * exports.
 */
import { abridgeAnalysis } from '../../core/analysis/abridgeAnalysis.ts';
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import { applyModelDelta } from '../../core/model/modelDelta.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { AnalysisRequest, AnalysisResponse, HostRequest, HostResponse } from './analysisProtocol.ts';
import type { KeptBetweenness } from './betweennessReuse.ts';
import { shownAnalysis } from './shownAnalysis.ts';
import { createShownSender } from './shownChannel.ts';

/** An export gets every finding; its cycles are listed shortest first, as the CLI's are. */
const EXPORTED = { findingsPerKind: Infinity } as const;

/** A running analysis: what the host needs of a runner worker. */
export interface Runner {
  run(request: AnalysisRequest, done: (response: AnalysisResponse) => void): void;
  /** Ends it; its answer never comes. */
  stop(): void;
}

export function createAnalysisHost(startRunner: () => Runner, reply: (response: HostResponse) => void) {
  let model: ParkModel | null = null;
  let catalogue: TechnologyCatalogue | null = null;
  let running: Runner | null = null;
  let whole: { readonly version: number; readonly analysis: ParkAnalysis } | null = null;
  // The betweenness of the last analysis finished, which the next runner uses again if the links did not change.
  let kept: KeptBetweenness | null = null;
  let sendShown = createShownSender();

  const analyse = (request: Extract<HostRequest, { type: 'analyse' }>) => {
    running?.stop();
    running = null;
    whole = null;
    try {
      if ('model' in request.park) {
        model = request.park.model;
        // The page may have lost step (it sends the model whole after a failure): the next analysis goes whole too.
        sendShown = createShownSender();
      } else if (model) model = applyModelDelta(model, request.park.delta);
      else throw new Error('a model delta came before any model');
    } catch (error) {
      // The page sends the whole model after a failure (analysisClient.ts).
      model = null;
      reply({ type: 'analysis', version: request.version, ok: false, message: String(error) });
      return;
    }
    catalogue = request.catalogue ?? catalogue;
    if (!catalogue) {
      reply({ type: 'analysis', version: request.version, ok: false, message: 'no technology catalogue' });
      return;
    }
    const runner = startRunner();
    running = runner;
    const analysed = model;
    runner.run({ model, catalogue, settings: request.settings, kept }, (response) => {
      if (running !== runner) return;
      running = null;
      runner.stop();
      if (!response.ok) {
        reply({ type: 'analysis', version: request.version, ...response });
        return;
      }
      whole = { version: request.version, analysis: response.analysis };
      kept = response.kept ?? null;
      reply({
        type: 'analysis',
        version: request.version,
        ok: true,
        analysis: sendShown(shownAnalysis(response.analysis, analysed.enterprises)),
      });
    });
  };

  return {
    receive(request: HostRequest): void {
      if (request.type === 'analyse') analyse(request);
      else
        reply({
          type: 'whole',
          version: request.version,
          analysis: whole?.version === request.version ? abridgeAnalysis(whole.analysis, EXPORTED) : null,
        });
    },
  };
}
