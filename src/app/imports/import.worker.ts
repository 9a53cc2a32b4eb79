/// <reference lib="webworker" />
/**
 * A thin adapter: reading, validating and planning an import off the main
 * thread, so a 60 MB file does not freeze the page. One worker per import:
 * the client terminates it after the report, which frees the file's memory.
 */
import { prepareImport } from './importFlow.ts';
import type { ImportReport } from './importReport.ts';
import { crashMessage, failedReport, type ImportWorkerRequest, type ImportWorkerResponse } from './importProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  const { files, current, aliases } = event.data;
  let report: ImportReport;
  try {
    report = await prepareImport(files, current, aliases ? { aliases } : {});
  } catch (error) {
    // prepareImport reports its own failures; this is the last guard so the client always gets an answer.
    const source = files.map((f) => f.name).join(', ');
    report = failedReport(
      source,
      current,
      'import-failed',
      crashMessage(error instanceof Error ? error.message : String(error)),
    );
  }
  // The client puts its own `current` back: sending the open model back would only cost a second clone.
  const { source, format, plan, duplicates } = report;
  const response: ImportWorkerResponse = { report: { source, format, plan, ...(duplicates ? { duplicates } : {}) } };
  scope.postMessage(response);
};
