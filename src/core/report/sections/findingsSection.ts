/**
 * Findings grouped by kind (unmet demand and broken links first), each with
 * severity, its one-sentence reason and quantity — and, in English, its
 * stable id. The Chinese report prints no English ids (a reader of a
 * 循环化改造 report should not meet them); the XLSX and CSV data keep them.
 */
import type { Finding } from '../../analysis/finding.ts';
import { formatFindingSources } from '../../analysis/findingSources.ts';
import { findingKindTitle } from '../../analysis/presentation.ts';
import type { Language } from '../../model/types.ts';
import { message } from '../../text/message.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportBlock, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

/** Whether a report in the language prints the findings' English ids (a layout choice, not a text): see above. */
const PRINTS_FINDING_IDS: Readonly<Record<Language, boolean>> = { zh: false, en: true };

export function findingsSection(
  data: ReportData,
  f: ReportFormat,
  title: string,
  perKind: number = Infinity,
): ReportSection {
  const language = f.language;
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: f.text('findingsIntro', { n: f.integer(data.findings.total) }) },
  ];
  if (data.findings.total === 0) blocks.push({ type: 'note', text: f.text('none') });
  const withIds = PRINTS_FINDING_IDS[language];
  for (const { kind, findings } of data.findings.groups) {
    blocks.push({ type: 'heading', text: `${findingKindTitle(kind, language)} (${f.integer(findings.length)})` });
    blocks.push({
      type: 'table',
      table: {
        headers: [f.text('severity'), f.text('finding'), f.text('quantity'), ...(withIds ? [f.text('id')] : [])],
        rows: findings
          .slice(0, perKind)
          .map((finding) => [
            { text: message(language, `report:severity_${finding.severity}`), tone: finding.severity },
            withSources(finding, f),
            f.quantity(finding.quantity, finding.unit),
            ...(withIds ? [{ text: finding.id, code: true }] : []),
          ]),
        align: withIds ? ['left', 'left', 'right', 'left'] : ['left', 'left', 'right'],
      },
    });
    if (findings.length > perKind)
      blocks.push({ type: 'note', text: f.text('more', { n: findings.length - perKind }) });
  }
  return { id: 'findings', title, blocks };
}

/** The reason, then where its exchanges are documented (a literature list's citations). */
function withSources(finding: Finding, f: ReportFormat): string {
  const reason = finding.reason[f.language];
  const sources = formatFindingSources(finding, f.language);
  return sources ? f.text('reasonWithSources', { reason, sources }) : reason;
}
