/**
 * The cluster × cluster exchange matrix (domain.md §4.4 b): count and mass
 * of today's flows between each pair of clusters, complementary but
 * unconnected pairs marked. The matrix is the coupling analysis' own, read
 * from the report data; the layout and words are shared with the CLI
 * (analysis/network/clusterExchange.ts).
 */
import {
  clusterMatrixSentences,
  clusterMatrixTable,
  layoutClusterMatrix,
} from '../../analysis/network/clusterExchange.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportBlock, ReportCell, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function clusterMatrixSection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const language = f.language;
  if (!data.clusterMatrix) return { id: 'clusters', title, blocks: [{ type: 'note', text: f.text('notComputed') }] };
  if (data.clusterMatrix.length === 0)
    return { id: 'clusters', title, blocks: [{ type: 'note', text: f.text('none') }] };
  const clusterName = (id: string) => data.names.cluster(id, language);
  const layout = layoutClusterMatrix(
    data.clusterMatrix,
    data.findings.groups.flatMap((g) => g.findings),
  );
  const table = clusterMatrixTable(layout, language, clusterName);
  // Complementary but unconnected cells carry a tone as well as their mark: colour is never the only sign.
  const rows = table.rows.map((row, i) =>
    row.map((text, j): ReportCell =>
      j > 0 && layout.cells[i]![j - 1]!.complementary ? { text, tone: 'medium' } : text,
    ),
  );
  const blocks: ReportBlock[] = [
    { type: 'table', table: { headers: table.headers, rows, align: table.align } },
    ...clusterMatrixSentences(layout, language, clusterName).map((text): ReportBlock => ({ type: 'paragraph', text })),
  ];
  return { id: 'clusters', title, blocks };
}
