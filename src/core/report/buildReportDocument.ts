/**
 * Words a report's data in one language: the title block, the sections in
 * `REPORT_SECTIONS` order and the data-source line. Every format renders
 * the document this returns.
 */
import { localize, sourceTitle } from '../model/labels.ts';
import type { Language } from '../model/types.ts';
import type { ReportData } from './reportData.ts';
import type { ReportDiagram, ReportDocument, ReportSection } from './reportDocument.ts';
import { createReportFormat } from './reportFormat.ts';
import { OPTIONAL_REPORT_SECTIONS, REPORT_SECTIONS } from './reportLabels.ts';
import { capacitySection } from './sections/capacitySection.ts';
import { chainsSection } from './sections/chainsSection.ts';
import { clusterMatrixSection } from './sections/clusterMatrixSection.ts';
import { diagramsSection } from './sections/diagramsSection.ts';
import { evolutionSection } from './sections/evolutionSection.ts';
import { findingsSection } from './sections/findingsSection.ts';
import { kpiSection } from './sections/kpiSection.ts';
import { networkSection } from './sections/networkSection.ts';
import { projectsSection } from './sections/projectsSection.ts';
import { resilienceSection } from './sections/resilienceSection.ts';
import { summarySection } from './sections/summarySection.ts';
import { message } from '../text/message.ts';

export interface ReportDocumentOptions {
  /** Chain diagrams rendered beforehand (see `renderReportDiagrams`); none by default. */
  readonly diagrams?: readonly ReportDiagram[];
  /** Findings listed per kind; the rest are counted. All by default. */
  readonly findingsPerKind?: number;
}

export function buildReportDocument(
  data: ReportData,
  language: Language,
  options: ReportDocumentOptions = {},
): ReportDocument {
  const f = createReportFormat(language);
  const evolution = data.evolution;
  // In the title block and the footer.
  const sources = dataSourceLine(data, language);
  const build: Record<(typeof REPORT_SECTIONS)[number], (title: string) => ReportSection> = {
    summary: (title) => summarySection(data, f, title),
    kpis: (title) => kpiSection(data, f, title),
    findings: (title) => findingsSection(data, f, title, options.findingsPerKind),
    chains: (title) => chainsSection(data, f, title),
    diagrams: (title) => diagramsSection(data, options.diagrams, f, title),
    capacity: (title) => capacitySection(data, f, title),
    clusters: (title) => clusterMatrixSection(data, f, title),
    network: (title) => networkSection(data, f, title),
    resilience: (title) => resilienceSection(data, f, title),
    projects: (title) => projectsSection(data, f, title),
  };
  return {
    language,
    title: localize(data.park.name, language) || data.park.id,
    subtitle:
      data.asOf === undefined
        ? f.text('reportTitle')
        : f.text('asOfSubtitle', { title: f.text('reportTitle'), year: data.asOf }),
    meta: [
      ...(data.park.region ? [{ label: f.text('region'), value: localize(data.park.region, language) }] : []),
      ...(data.asOf === undefined ? [] : [{ label: f.text('asOf'), value: f.text('asOfValue', { year: data.asOf }) }]),
      { label: f.text('referenceYear'), value: String(data.park.referenceYear) },
      { label: f.text('generated'), value: f.date(data.generatedAt) },
      { label: f.text('dataSource'), value: sources },
    ],
    contentsTitle: f.text('contents'),
    sections: REPORT_SECTIONS.flatMap((id) => {
      const section = build[id](message(language, `report:section_${id}`));
      // The evolution only where flows carry years; a report of a park without them keeps the usual outline.
      if (!evolution || OPTIONAL_REPORT_SECTIONS.evolution.after !== id) return [section];
      const title = message(language, 'report:section_evolution');
      return [section, evolutionSection(data, evolution, f, title, options.findingsPerKind)];
    }),
    footer: `${f.text('dataSource')}: ${sources} · ${f.text('generated')}: ${f.date(data.generatedAt)} · ${f.text('generator')}`,
  };
}

/** The model's file (when known) and the sources the park cites, each title in the report's language. */
function dataSourceLine(data: ReportData, language: Language): string {
  const cited = (data.park.sources ?? []).map((s) => sourceTitle(s.title, language));
  const parts = [...(data.source === undefined ? [] : [data.source]), ...cited];
  return parts.length === 0 ? data.park.id : parts.join('; ');
}
