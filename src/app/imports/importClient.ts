/**
 * Runs an import (importFlow.ts `prepareImport`) in a Web Worker of its own,
 * so reading a large file never freezes the page. Like `prepareImport`, it
 * always resolves to a report and never touches the open model: a crashed
 * worker, a result that cannot be received and a cancelled import are
 * reports with one error each. Without `Worker` (Node, jsdom) the import runs
 * in this thread.
 */
import type { AliasPair } from '../../core/io/aliasTable.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { crashMessage, failedReport, type ImportWorkerRequest, type ImportWorkerResponse } from './importProtocol.ts';
import type { PickedFile } from './importFlow.ts';
import type { ImportReport } from './importReport.ts';

/** The part of `Worker` the client uses: tests pass a fake one. */
export interface ImportWorker {
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportWorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export interface RunImportOptions {
  /** Aborting terminates the worker and resolves to an `import-cancelled` report. */
  readonly signal?: AbortSignal;
  /** Makes the worker; null runs the import in this thread. Default: the import worker, when `Worker` exists. */
  readonly createWorker?: (() => ImportWorker) | null;
  /** Names to merge in an exchange list: the merge step's choices (importMerges.ts). */
  readonly aliases?: readonly AliasPair[];
}

const CANCELLED = appBilingual('importProblem.cancelled');

/**
 * Reads `files` and plans the import against `current`. The files' buffers
 * are transferred to the worker, so the caller must not use their bytes
 * afterwards (they are detached).
 */
export function runImport(
  files: readonly PickedFile[],
  current: ParkModel | undefined,
  options: RunImportOptions = {},
): Promise<ImportReport> {
  const { signal, aliases } = options;
  const source = files.map((f) => f.name).join(', ');
  if (signal?.aborted) return Promise.resolve(failedReport(source, current, 'import-cancelled', CANCELLED));
  const create = options.createWorker === undefined ? defaultWorker() : options.createWorker;
  if (!create) return inThisThread(files, current, signal, aliases);

  return new Promise<ImportReport>((resolve) => {
    let worker: ImportWorker | undefined;
    let settled = false;
    const finish = (report: ImportReport) => {
      if (settled) return;
      settled = true;
      // One worker per import, ended at once: it holds the file's bytes and the parsed model.
      worker?.terminate();
      signal?.removeEventListener('abort', cancel);
      resolve(report);
    };
    const crashed = (detail: string) => finish(failedReport(source, current, 'import-failed', crashMessage(detail)));
    const cancel = () => finish(failedReport(source, current, 'import-cancelled', CANCELLED));
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      worker = create();
      worker.onmessage = (event) => finish({ ...event.data.report, current });
      worker.onerror = (event) => {
        // Reported here as the import's problem; not also as an uncaught error in the console.
        event.preventDefault();
        crashed(event.message || 'the import worker stopped');
      };
      worker.onmessageerror = () => crashed('the result could not be received from the import worker');
      const request: ImportWorkerRequest = { files, current, ...(aliases ? { aliases } : {}) };
      worker.postMessage(request, transferables(files));
    } catch (error) {
      crashed(error instanceof Error ? error.message : String(error));
    }
  });
}

function defaultWorker(): (() => ImportWorker) | null {
  if (typeof Worker === 'undefined') return null;
  // This exact `new Worker(new URL(…, import.meta.url))` form is what Vite recognises and bundles.
  return () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/** Each buffer once (listing one twice makes postMessage throw); the whole buffer moves, views included. */
function transferables(files: readonly PickedFile[]): Transferable[] {
  return [...new Set(files.map((f) => f.bytes.buffer))].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** The fallback: the readers are loaded on demand, so they stay out of the main bundle. */
async function inThisThread(
  files: readonly PickedFile[],
  current: ParkModel | undefined,
  signal: AbortSignal | undefined,
  aliases: readonly AliasPair[] | undefined,
): Promise<ImportReport> {
  const source = files.map((f) => f.name).join(', ');
  try {
    const { prepareImport } = await import('./importFlow.ts');
    const report = await prepareImport(files, current, aliases ? { aliases } : {});
    // A synchronous parse cannot be interrupted; a cancel during it still wins.
    return signal?.aborted ? failedReport(source, current, 'import-cancelled', CANCELLED) : report;
  } catch (error) {
    return failedReport(
      source,
      current,
      'import-failed',
      crashMessage(error instanceof Error ? error.message : String(error)),
    );
  }
}
