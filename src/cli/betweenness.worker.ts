/** A worker thread of parallelBetweenness.ts: sums the dependencies of its share of the sources and posts them. */
import { parentPort, workerData } from 'node:worker_threads';
import { runBetweennessJob, type BetweennessJob } from './parallelBetweenness.ts';

const sums = runBetweennessJob(workerData as BetweennessJob);
parentPort!.postMessage(sums, [sums.buffer as ArrayBuffer]);
