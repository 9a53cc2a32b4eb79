/// <reference lib="webworker" />
/** A thin adapter: the analysis host (analysisHost.ts) in a worker, with each analysis in a runner worker of its own. */
import type { AnalysisRequest, AnalysisResponse, HostRequest } from './analysisProtocol.ts';
import { createAnalysisHost, type Runner } from './analysisHost.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function startRunner(): Runner {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return {
    run(request: AnalysisRequest, done: (response: AnalysisResponse) => void) {
      worker.onmessage = (event: MessageEvent<AnalysisResponse>) => done(event.data);
      worker.onerror = (event) => done({ ok: false, message: event.message });
      worker.postMessage(request);
    },
    // Terminating the runner ends the betweenness workers it started too.
    stop: () => worker.terminate(),
  };
}

const host = createAnalysisHost(startRunner, (response) => scope.postMessage(response));
scope.onmessage = (event: MessageEvent<HostRequest>) => host.receive(event.data);
