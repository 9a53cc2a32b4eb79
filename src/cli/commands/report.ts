/**
 * `symbiograph report FILE --format html|md|xlsx|csv -o OUT`: the analysis as
 * a document to hand on. Core builds every format; this reads the files,
 * picks the format, and writes the report (and, for Markdown, its chain
 * diagrams in `<name>-diagrams/` next to it).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { analyzeParkInThreads } from '../parallelBetweenness.ts';
import { evolutionUntil, parkEvolution } from '../../core/analysis/evolution.ts';
import type { BetweennessMethod } from '../../core/analysis/network/betweenness.ts';
import type { Language } from '../../core/model/types.ts';
import { buildReportDocument } from '../../core/report/buildReportDocument.ts';
import { renderFindingsCsv } from '../../core/report/findingsCsv.ts';
import { buildFindingsWorkbook } from '../../core/report/findingsWorkbook.ts';
import { renderHtmlReport } from '../../core/report/htmlReport.ts';
import { renderMarkdownReport } from '../../core/report/markdownReport.ts';
import { gatherReportData } from '../../core/report/reportData.ts';
import { diagramFileName, renderReportDiagrams } from '../../core/report/reportDiagrams.ts';
import { hasDatedFlows } from '../../core/model/asOf.ts';
import { parkAsOf } from '../asOf.ts';
import { loadAnalysisInputs } from '../loadCatalogue.ts';
import type { Output } from '../output.ts';
import { t, type CliMessageKey } from '../i18n.ts';
import type { MessageParams } from '../../core/text/message.ts';

export const REPORT_FORMATS = ['html', 'md', 'xlsx', 'csv'] as const;
export type ReportFormatName = (typeof REPORT_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, ReportFormatName>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
};

export interface ReportArgs {
  readonly file: string;
  readonly language: Language;
  /** html, md, xlsx or csv; taken from the output's extension when absent. */
  readonly format?: string;
  /** Output file; html, md and csv go to stdout without it. */
  readonly output?: string;
  readonly catalogue?: string;
  readonly top?: string;
  readonly betweenness?: string;
  /** List every finding in HTML and Markdown, not the first FINDINGS_PER_KIND of each kind. */
  readonly all?: boolean;
  /** Count flows from an enterprise to itself in the network metrics (enaR's convention; off by default). */
  readonly selfLoops?: boolean;
  /** Report on the park as it stood in this year (`--as-of`, checked by the caller). */
  readonly asOf?: number;
  /** `--alias`: an alias table for a .csv exchange list. */
  readonly alias?: string;
}

/** Enough for any park a person reads page by page; the XLSX and CSV always hold every finding. */
const FINDINGS_PER_KIND = 50;

export async function reportCommand(args: ReportArgs, out: Output): Promise<number> {
  const usage = (key: CliMessageKey, values?: MessageParams) => {
    out.stderr(t(args.language, key, values));
    return 2;
  };
  const format =
    args.format ?? (args.output === undefined ? undefined : EXTENSIONS[extname(args.output).toLowerCase()]);
  if (format === undefined) return usage('reportNoFormat');
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) return usage('reportUnknownFormat', { format });
  if (format === 'xlsx' && args.output === undefined) return usage('reportXlsxNeedsOutput');
  const top = args.top === undefined ? 10 : Number(args.top);
  if (!Number.isInteger(top) || top < 1) return usage('badTop');
  const betweenness = args.betweenness ?? 'exact';
  if (!['exact', 'sampled', 'none'].includes(betweenness)) {
    out.stderr('--betweenness: exact | sampled | none');
    return 2;
  }

  const inputs = await loadAnalysisInputs(args.file, args.catalogue, args.language, out, args.alias);
  if (!inputs) return 1;
  const asOf = args.asOf === undefined ? undefined : parkAsOf(inputs.model, args.asOf, args.language);
  const model = asOf?.model ?? inputs.model;
  const analysis = await analyzeParkInThreads(model, {
    catalogue: inputs.catalogue,
    betweenness: betweenness as BetweennessMethod,
    selfLoops: args.selfLoops ?? false,
  });
  // As of a year, the history comes from the whole model (the year's park no longer holds what ended) up to that year.
  const history =
    asOf && hasDatedFlows(inputs.model)
      ? {
          asOf: asOf.year,
          evolution: evolutionUntil(
            parkEvolution(inputs.model, { network: { includeSelfLoops: args.selfLoops ?? false } }),
            asOf.year,
          ),
        }
      : asOf
        ? { asOf: asOf.year }
        : {};
  const data = gatherReportData(model, analysis, {
    catalogue: inputs.catalogue,
    top,
    source: basename(args.file),
    ...history,
  });
  if (asOf) for (const note of asOf.notes) out.stderr(t(args.language, 'notePrefix', { note }));
  const findingsPerKind = args.all ? Infinity : FINDINGS_PER_KIND;
  const diagrams = () =>
    renderReportDiagrams(model, analysis, {
      language: args.language,
      catalogue: inputs.catalogue,
      date: data.generatedAt.slice(0, 10),
    });

  // Everything is rendered before anything is written: a failure below is about the file system only.
  let content: string | Uint8Array;
  const beside: { path: string; content: string }[] = [];
  switch (format as ReportFormatName) {
    case 'html':
      content = renderHtmlReport(
        buildReportDocument(data, args.language, { diagrams: await diagrams(), findingsPerKind }),
      );
      break;
    case 'md': {
      if (args.output === undefined) {
        content = renderMarkdownReport(buildReportDocument(data, args.language, { findingsPerKind }));
        break;
      }
      const drawn = await diagrams();
      const folder = `${basename(args.output, extname(args.output))}-diagrams`;
      for (const d of drawn)
        beside.push({ path: join(dirname(args.output), folder, diagramFileName(d.chain)), content: d.svg });
      const document = buildReportDocument(data, args.language, { diagrams: drawn, findingsPerKind });
      // Other figures (the evolution chart) go in the same folder.
      for (const block of document.sections.flatMap((s) => s.blocks))
        if (block.type === 'figure')
          beside.push({ path: join(dirname(args.output), folder, block.file), content: block.svg });
      content = renderMarkdownReport(document, {
        diagramPath: (chain) => `${folder}/${diagramFileName(chain)}`,
        figurePath: (file) => `${folder}/${file}`,
      });
      break;
    }
    case 'xlsx':
      content = await buildFindingsWorkbook(data, args.language);
      break;
    case 'csv':
      content = renderFindingsCsv(data, args.language);
      break;
  }

  if (args.output === undefined) {
    if (typeof content === 'string') out.stdout(content.replace(/\n$/, ''));
    return 0;
  }
  try {
    for (const file of beside) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeFile(file.path, file.content);
    }
    await writeFile(args.output, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    out.stderr(t(args.language, 'cannotWrite', { file: args.output, code }));
    return 1;
  }
  out.stdout(t(args.language, 'wrote', { file: args.output }));
  return 0;
}
