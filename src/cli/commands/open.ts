/**
 * `symbiograph open FILE [--port N] [--no-browser]`: the park in any format
 * `convert` reads, checked as `validate` checks it, then served with the
 * built app on 127.0.0.1 (open/openServer.ts) and opened in the browser;
 * the app's "Save to FILE" writes it back in its own format
 * (open/parkFile.ts). Runs until Ctrl-C or SIGTERM, then exits 0.
 * Exit codes: 1 the file has problems, the app is not built or the port is
 * taken (nothing is served); 2 wrong usage. The built app: ../serving.ts.
 */
import { formatLimits } from '../../core/io/modelFormats.ts';
import type { SaveAnswer } from '../../core/io/openProtocol.ts';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { t } from '../i18n.ts';
import { openBrowser } from '../open/openBrowser.ts';
import { startOpenServer, type OpenServer } from '../open/openServer.ts';
import { readParkFile } from '../open/parkFile.ts';
import type { Output } from '../output.ts';
import { appFolder, builtApp, readPort, signalled } from '../serving.ts';
import { modelFormatOf } from '../readModelFile.ts';

export interface OpenArgs {
  readonly file: string;
  readonly language: Language;
  /** `--port`, as given; 0 (any free port) when left out. */
  readonly port?: string;
  /** False with `--no-browser`. */
  readonly browser: boolean;
  /** `--alias`: an alias table for a .csv exchange list. */
  readonly alias?: string;
}

export async function openCommand(
  args: OpenArgs,
  out: Output,
  stopped: () => Promise<void> = signalled,
): Promise<number> {
  const { file, language } = args;
  const port = readPort(args.port);
  if (port === null) {
    out.stderr(t(language, 'openBadPort', { port: args.port ?? '' }));
    return 2;
  }
  const format = await modelFormatOf(file);
  if (format === undefined) {
    out.stderr(t(language, 'convertUnknownFormat', { file }));
    return 2;
  }
  const read = await readParkFile(file, format, args.alias);
  if (!read.ok) {
    out.stdout(t(language, 'openInvalid', { file, n: read.errors.length }));
    printProblems(read.errors, language, out);
    printWarnings(read.warnings, language, out);
    return 1;
  }
  out.stdout(t(language, 'valid', { file }));
  const { model } = read.park;
  const counts = {
    enterprises: model.enterprises.length,
    materials: model.materials.length,
    flows: model.flows.length,
    chains: model.chains.length,
  };
  out.stdout(`  ${t(language, 'contents', counts)}`);
  printWarnings(read.warnings, language, out);
  const appDir = await builtApp();
  if (appDir === null) {
    out.stderr(t(language, 'openAppMissing', { dir: appFolder() }));
    return 1;
  }
  let server: OpenServer;
  try {
    server = await startOpenServer({
      appDir,
      park: read.park,
      port,
      onSave: (answer) => reportSave(answer, args, out),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') out.stderr(t(language, 'openPortInUse', { port }));
    else out.stderr(t(language, 'openListenFailed', { port, reason: code ?? String(error) }));
    return 1;
  }
  const limits = formatLimits(format);
  if (limits.length > 0) {
    out.stdout(t(language, 'openSaveLimits'));
    printProblems(limits, language, out);
  }
  out.stdout(t(language, 'openServing', { file }));
  out.stdout(`  ${server.url}`);
  out.stdout(t(language, 'openSaveHint', { name: server.name }));
  if (args.browser) {
    // Not awaited: an opener that waits for the browser to quit must not hold anything up.
    void openBrowser(server.url).then((outcome) => {
      if (outcome.kind === 'opened') out.stdout(t(language, 'openBrowserOpened'));
      else if (outcome.kind === 'no-display') out.stdout(t(language, 'openNoDisplay'));
      else out.stdout(t(language, 'openBrowserFailed', { command: outcome.command, detail: outcome.detail }));
    });
  }
  await stopped();
  await server.close();
  out.stdout(t(language, 'openStopped'));
  return 0;
}

function reportSave(answer: SaveAnswer, { file, language }: OpenArgs, out: Output): void {
  const time = new Date().toTimeString().slice(0, 8);
  switch (answer.kind) {
    case 'saved':
      out.stdout(t(language, 'openSaved', { time, file }));
      return printProblems(answer.warnings, language, out);
    case 'conflict':
      return out.stdout(t(language, 'openSaveConflict', { time, file }));
    case 'invalid':
      out.stdout(t(language, 'openSaveInvalid', { time, n: answer.errors.length }));
      return printProblems(answer.errors, language, out);
    case 'failed':
      return out.stdout(t(language, 'openSaveFailed', { time, file, reason: answer.reason }));
    case 'refused':
      return;
  }
}

function printProblems(list: readonly Problem[], language: Language, out: Output): void {
  for (const p of list) out.stdout(`  ${formatProblem(p, language)}`);
}

function printWarnings(list: readonly Problem[], language: Language, out: Output): void {
  if (list.length === 0) return;
  out.stdout(t(language, 'warningsHeader', { n: list.length }));
  printProblems(list, language, out);
}
