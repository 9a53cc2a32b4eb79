/** The park at a glance: size, enterprises by status, and flow totals by scope, category and cluster. */
import type { FlowTotals } from '../../analysis/summary.ts';
import { CATEGORY_LABELS, ENTERPRISE_STATUS_LABELS } from '../../model/labels.ts';
import { message } from '../../text/message.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportSection, ReportTable } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function summarySection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const { summary } = data;
  const language = f.language;
  const totalsHeaders = [f.text('flows'), f.text('massTa'), f.text('volume'), f.text('energy')];
  const totalsCells = (t: FlowTotals) => [
    f.integer(t.flows),
    f.integer(t.totals.mass),
    f.integer(t.totals.volume),
    f.integer(t.totals.energy),
  ];
  const totalsTable = (first: string, rows: [string, FlowTotals][]): ReportTable => ({
    headers: [first, ...totalsHeaders],
    rows: rows.map(([label, totals]) => [label, ...totalsCells(totals)]),
    align: ['left', 'right', 'right', 'right', 'right'],
  });
  const c = summary.counts;
  return {
    id: 'summary',
    title,
    blocks: [
      {
        type: 'table',
        table: {
          headers: [f.text('counts'), f.text('count')],
          rows: [
            [f.text('clusters'), f.integer(c.clusters)],
            [f.text('enterprises'), f.integer(c.enterprises)],
            [f.text('materials'), f.integer(c.materials)],
            [f.text('flows'), f.integer(c.flows)],
            [f.text('chainTemplates'), f.integer(c.chains)],
          ],
          align: ['left', 'right'],
        },
      },
      { type: 'heading', text: f.text('byStatus') },
      {
        type: 'table',
        table: {
          headers: [f.text('status'), f.text('enterprises')],
          rows: Object.entries(summary.enterprisesByStatus).map(([status, count]) => [
            ENTERPRISE_STATUS_LABELS[status as keyof typeof ENTERPRISE_STATUS_LABELS][language],
            f.integer(count),
          ]),
          align: ['left', 'right'],
        },
      },
      { type: 'heading', text: f.text('byScope') },
      {
        type: 'table',
        table: totalsTable(
          f.text('scope'),
          Object.entries(summary.flowsByScope).map(([scope, totals]) => [
            message(language, `report:scope_${scope as keyof typeof summary.flowsByScope}`),
            totals,
          ]),
        ),
      },
      { type: 'heading', text: f.text('byCategory') },
      {
        type: 'table',
        table: totalsTable(
          f.text('category'),
          Object.entries(summary.byCategory).map(([category, totals]) => [
            CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS][language],
            totals,
          ]),
        ),
      },
      { type: 'heading', text: f.text('byCluster') },
      {
        type: 'table',
        table: {
          headers: [
            f.text('cluster'),
            f.text('enterprises'),
            f.text('sentFlows'),
            f.text('sentMass'),
            f.text('receivedFlows'),
            f.text('receivedMass'),
          ],
          rows: summary.byCluster.map((cluster) => [
            data.names.cluster(cluster.id, language),
            f.integer(cluster.enterprises),
            f.integer(cluster.sent.flows),
            f.integer(cluster.sent.totals.mass),
            f.integer(cluster.received.flows),
            f.integer(cluster.received.totals.mass),
          ]),
          align: ['left', 'right', 'right', 'right', 'right', 'right'],
        },
      },
    ],
  };
}
