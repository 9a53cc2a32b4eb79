/**
 * Network structure and the ecological metrics (definitions in the README
 * and `analysis/network`): every flow category beside the flows in the
 * report's unit, the other network figures, the enterprises that hold the
 * network together, and in words which flows each metric read, which it
 * left out and why, and what the recycling loops run through. Words and
 * values are shared with the CLI (analysis/network/explain.ts).
 */
import {
  coverageSentences,
  cycleSentences,
  networkEnterpriseRows,
  networkFigureRows,
  networkMetricTable,
  type NetworkNames,
} from '../../analysis/network/explain.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportBlock, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function networkSection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const n = data.network;
  const language = f.language;
  if (!n) return { id: 'network', title, blocks: [{ type: 'note', text: f.text('notComputed') }] };
  const names: NetworkNames = {
    enterprise: (id) => data.names.enterprise(id, language),
    material: (id) => data.names.material(id, language),
  };
  const metrics = networkMetricTable(n, language);
  const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', text });
  const blocks: ReportBlock[] = [
    { type: 'table', table: { headers: metrics.headers, rows: metrics.rows, align: metrics.align } },
    ...coverageSentences(n, language).map(paragraph),
    ...cycleSentences(n, language, names).map(paragraph),
    {
      type: 'table',
      table: {
        headers: [f.text('indicator'), f.text('value')],
        rows: [...networkFigureRows(n, language), ...networkEnterpriseRows(n, language, names)],
        align: ['left', 'left'],
      },
    },
  ];
  return { id: 'network', title, blocks };
}
