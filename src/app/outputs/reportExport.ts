/**
 * The reports of the CLI's `report` command, built in the browser from the
 * model and the analysis the app already holds. Loaded with a dynamic
 * `import()`: exceljs, ELK and the report code stay out of the main bundle.
 */
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { buildReportDocument } from '../../core/report/buildReportDocument.ts';
import { buildFindingsWorkbook } from '../../core/report/findingsWorkbook.ts';
import { renderHtmlReport } from '../../core/report/htmlReport.ts';
import { renderMarkdownReport } from '../../core/report/markdownReport.ts';
import { gatherReportData } from '../../core/report/reportData.ts';
import { renderReportDiagrams } from '../../core/report/reportDiagrams.ts';

export type ReportFormat = 'html' | 'md' | 'xlsx';
/** As the CLI: enough findings per kind for a document read page by page; the workbook holds them all. */
const FINDINGS_PER_KIND = 50;

const TYPES: Readonly<Record<ReportFormat, string>> = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ReportInput {
  readonly model: ParkModel;
  readonly analysis: ParkAnalysis;
  readonly catalogue?: TechnologyCatalogue;
  readonly language: Language;
  /** The data-source line's file or address. */
  readonly source?: string;
}

export async function buildReport(format: ReportFormat, input: ReportInput): Promise<Blob> {
  const { model, analysis, catalogue, language } = input;
  const data = gatherReportData(model, analysis, {
    ...(catalogue ? { catalogue } : {}),
    ...(input.source ? { source: input.source } : {}),
  });
  if (format === 'xlsx') {
    const bytes = await buildFindingsWorkbook(data, language);
    return new Blob([bytes.slice().buffer], { type: TYPES.xlsx });
  }
  if (format === 'md') {
    // Markdown links its diagrams as files beside it; a single download carries the text only.
    return new Blob(
      [renderMarkdownReport(buildReportDocument(data, language, { findingsPerKind: FINDINGS_PER_KIND }))],
      {
        type: TYPES.md,
      },
    );
  }
  const diagrams = await renderReportDiagrams(model, analysis, {
    language,
    ...(catalogue ? { catalogue } : {}),
    date: data.generatedAt.slice(0, 10),
  });
  return new Blob(
    [renderHtmlReport(buildReportDocument(data, language, { diagrams, findingsPerKind: FINDINGS_PER_KIND }))],
    {
      type: TYPES.html,
    },
  );
}
