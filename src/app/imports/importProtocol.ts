/**
 * Messages between the app and the import worker (import.worker.ts), and the
 * failure report both sides build. Everything here crosses `postMessage`, so
 * it is plain data: an ImportReport holds models, plan diffs and problems,
 * none with functions or class instances (checked in importClient.test.ts).
 */
import type { AliasPair } from '../../core/io/aliasTable.ts';
import { problem, type BilingualMessage } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { PickedFile } from './importFlow.ts';
import type { ImportReport } from './importReport.ts';

export interface ImportWorkerRequest {
  /** Their buffers are transferred, not copied: a 60 MB file must not exist twice. */
  readonly files: readonly PickedFile[];
  /** The open model the import is planned against. */
  readonly current: ParkModel | undefined;
  /** The merges chosen in the report (importFlow.ts `PrepareOptions`). */
  readonly aliases?: readonly AliasPair[];
}

/**
 * The report without `current`: the client still holds the open model, so it
 * is put back there instead of cloning a large model a second time.
 */
export type WorkerReport = Omit<ImportReport, 'current'>;

export interface ImportWorkerResponse {
  readonly report: WorkerReport;
}

/** A report for an import that never produced one (the worker crashed, the import was cancelled). */
export function failedReport(
  source: string,
  current: ParkModel | undefined,
  code: 'import-failed' | 'import-cancelled',
  message: BilingualMessage,
): ImportReport {
  return { source, format: undefined, current, plan: { ok: false, problems: [problem('error', code, [], message)] } };
}

export function crashMessage(detail: string): BilingualMessage {
  return appBilingual('importProblem.failed', { detail });
}
