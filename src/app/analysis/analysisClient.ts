/**
 * The page's side of the analysis host (analysisProtocol.ts): one per open
 * park. Each request carries what changed since the model sent before — a
 * one-cell edit of a 100 000-flow park is one flow, where copying the park
 * to a worker cost the page most of a second — or the whole model when that
 * is smaller, or when the host lost step after a failure.
 */
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import { deltaSize, modelDelta, modelSize } from '../../core/model/modelDelta.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { AnalysisSettings, HostRequest, HostResponse, ShownResponse } from './analysisProtocol.ts';
import { createShownReceiver } from './shownChannel.ts';

/** What the client needs of the host's worker. */
export interface HostPort {
  postMessage(request: HostRequest): void;
  onmessage: ((event: { readonly data: HostResponse }) => void) | null;
  terminate(): void;
}

export interface AnalysisClient {
  /** Starts the analysis of `model`; `done` is called with its answer unless a newer request came first. */
  analyse(
    model: ParkModel,
    catalogue: TechnologyCatalogue,
    settings: AnalysisSettings,
    done: (response: ShownResponse) => void,
  ): void;
  /** The latest analysis whole (the page holds the part it shows); rejects when a newer one started. */
  whole(): Promise<ParkAnalysis>;
  dispose(): void;
}

export function createAnalysisClient(port: HostPort): AnalysisClient {
  let sent: { readonly model: ParkModel; readonly catalogue: TechnologyCatalogue } | null = null;
  let version = 0;
  let pending: ((response: ShownResponse) => void) | null = null;
  const wholes = new Map<number, (analysis: ParkAnalysis | null) => void>();
  let receiveShown = createShownReceiver();

  /** Takes in every answer, even one no longer delivered: the next builds on it (shownChannel.ts). */
  const received = (data: Extract<HostResponse, { type: 'analysis' }>): ShownResponse => {
    if (!data.ok) return data;
    try {
      return { ok: true, analysis: receiveShown(data.analysis) };
    } catch (error) {
      // Out of step with the host: the next request sends the model whole, and the host its analysis whole.
      receiveShown = createShownReceiver();
      return { ok: false, message: String(error) };
    }
  };

  port.onmessage = ({ data }) => {
    if (data.type === 'whole') {
      wholes.get(data.version)?.(data.analysis);
      wholes.delete(data.version);
      return;
    }
    const response = received(data);
    // After a failure the host may hold no model: the next request sends it whole.
    if (!response.ok) sent = null;
    if (data.version !== version) return;
    const done = pending;
    pending = null;
    done?.(response);
  };

  return {
    analyse(model, catalogue, settings, done) {
      version += 1;
      pending = done;
      let park: Extract<HostRequest, { type: 'analyse' }>['park'] = { model };
      if (sent) {
        const delta = modelDelta(sent.model, model);
        if (deltaSize(delta) * 2 < modelSize(model)) park = { delta };
      }
      port.postMessage({
        type: 'analyse',
        version,
        park,
        catalogue: sent?.catalogue === catalogue ? null : catalogue,
        settings,
      });
      sent = { model, catalogue };
    },
    whole() {
      const asked = version;
      return new Promise((resolve, reject) => {
        wholes.set(asked, (analysis) => {
          if (analysis) resolve(analysis);
          else reject(new Error('the analysis was replaced by a newer one'));
        });
        port.postMessage({ type: 'whole', version: asked });
      });
    },
    dispose() {
      port.onmessage = null;
      port.terminate();
      wholes.clear();
    },
  };
}
