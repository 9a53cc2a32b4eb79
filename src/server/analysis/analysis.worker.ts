/** The analysis worker's thread (analysisWorker.ts): one job at a time, each answered with its id. */
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from './analysisJobs.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: AnalysisJob }) => {
  runAnalysisJob(job).then(
    (document) => parentPort!.postMessage({ id, document }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.stack : String(error) }),
  );
});
