/** The closures that would hurt the park most: unmet demand, chains broken, dependants, mass rerouted. */
import { formatRerouted } from '../../analysis/resilience.ts';
import { formatUnmet } from '../../analysis/text.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function resilienceSection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const r = data.resilience;
  if (!r) return { id: 'resilience', title, blocks: [{ type: 'note', text: f.text('notComputed') }] };
  if (r.rows.length === 0) return { id: 'resilience', title, blocks: [{ type: 'note', text: f.text('none') }] };
  return {
    id: 'resilience',
    title,
    blocks: [
      { type: 'paragraph', text: f.text('resilienceIntro', { n: r.rows.length, total: r.total }) },
      {
        type: 'table',
        table: {
          headers: [
            f.text('rank'),
            f.text('enterprise'),
            f.text('closureScore'),
            f.text('unmetDemand'),
            f.text('chainsBroken'),
            f.text('dependants'),
            f.text('massRerouted'),
          ],
          rows: r.rows.map((row) => [
            f.integer(row.rank),
            data.names.enterprise(row.enterprise, f.language),
            f.decimal(row.score, 2),
            formatUnmet(row.unmet, f.language, row.unmetLinks),
            f.integer(row.chainsBroken),
            f.integer(row.dependants),
            formatRerouted(row, f.language),
          ]),
          align: ['right', 'left', 'right', 'left', 'right', 'right', 'right'],
        },
      },
    ],
  };
}
