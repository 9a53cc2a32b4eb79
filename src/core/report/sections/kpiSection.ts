/** The headline figures, labelled and formatted by the shared KPI list (the app and CLI show the same). */
import { formatKpis } from '../../analysis/presentation.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function kpiSection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  return {
    id: 'kpis',
    title,
    blocks: [
      {
        type: 'table',
        table: {
          headers: [f.text('indicator'), f.text('value')],
          rows: formatKpis(data.kpis, f.language).map((k) => [k.label, k.value]),
          align: ['left', 'right'],
        },
      },
    ],
  };
}
