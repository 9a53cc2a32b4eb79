/**
 * Analyses run in a worker thread, never on the server's own: an analysis
 * of a large park takes seconds to minutes of CPU, and the thread that
 * answers every request and event stream must not stop for it. One worker,
 * started at the first job and kept; jobs wait their turn in it. A worker
 * that dies (out of memory) fails the jobs it held, and the next job starts
 * a new one.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisJob } from './analysisJobs.ts';

interface Pending {
  readonly resolve: (document: string) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The built worker beside the bundle in dist/cli/ (scripts/buildCli.mjs);
 * from the TypeScript sources, a worker that registers tsx first, as a
 * worker does not inherit the loader of the thread that starts it (as
 * src/cli/parallelBetweenness.ts does).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis.worker.js', import.meta.url));
  const source = new URL('./analysis.worker.ts', import.meta.url).href;
  const loader = import.meta.resolve('tsx/esm/api');
  const script = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(script, { eval: true });
}

export class AnalysisWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  run(job: AnalysisJob): Promise<string> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = startWorker();
    worker.on('message', ({ id, document, error }: { id: number; document?: string; error?: string }) => {
      const job = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) job?.reject(new Error(`analysis failed: ${error}`));
      else job?.resolve(document!);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    // An idle worker does not keep the process alive: the server's own handles decide that.
    worker.unref();
    return worker;
  }
}
