/** Findings grouped by kind (broken links first), each with severity, its one-sentence reason, quantity and id. */
import { findingKindTitle } from '../../analysis/presentation.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportBlock, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';
import { SEVERITY_LABELS } from '../reportLabels.ts';

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
  for (const { kind, findings } of data.findings.groups) {
    blocks.push({ type: 'heading', text: `${findingKindTitle(kind, language)} (${f.integer(findings.length)})` });
    blocks.push({
      type: 'table',
      table: {
        headers: [f.text('severity'), f.text('finding'), f.text('quantity'), f.text('id')],
        rows: findings
          .slice(0, perKind)
          .map((finding) => [
            { text: SEVERITY_LABELS[finding.severity][language], tone: finding.severity },
            finding.reason[language],
            f.quantity(finding.quantity, finding.unit),
            { text: finding.id, code: true },
          ]),
        align: ['left', 'left', 'right', 'left'],
      },
    });
    if (findings.length > perKind)
      blocks.push({ type: 'note', text: f.text('more', { n: findings.length - perKind }) });
  }
  return { id: 'findings', title, blocks };
}
