/** The closures that would hurt the park most: chains broken, sole links lost, mass rerouted. */
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
            f.text('chainsBroken'),
            f.text('soleLinks'),
            f.text('massRerouted'),
            f.text('massToDisposal'),
          ],
          rows: r.rows.map((row) => [
            f.integer(row.rank),
            data.names.enterprise(row.enterprise, f.language),
            f.integer(row.chainsBroken),
            f.integer(row.soleLinks),
            f.integer(row.massRerouted),
            f.integer(row.massToDisposal),
          ]),
          align: ['right', 'left', 'right', 'right', 'right', 'right'],
        },
      },
    ],
  };
}
