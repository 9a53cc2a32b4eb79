/**
 * The cluster × cluster exchange matrix in the `analyze` report: cluster
 * names in the chosen language, "flows / t/a" per cell, complementary but
 * unconnected pairs marked. The matrix is the coupling analysis' own
 * (`analysis.coupling.clusterMatrix`), read, not recomputed; the layout and
 * words come from core (analysis/network/clusterExchange.ts).
 */
import type { ParkAnalysis } from '../core/analysis/analyzePark.ts';
import {
  clusterMatrixSentences,
  clusterMatrixTable,
  layoutClusterMatrix,
} from '../core/analysis/network/clusterExchange.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { t } from './i18n.ts';
import { formatTable } from './table.ts';

/** Lines to append to the report, starting with a blank line and the section's `== title ==`. */
export function renderClusterMatrix(model: ParkModel, analysis: ParkAnalysis, language: Language): string[] {
  const matrix = analysis.coupling?.clusterMatrix ?? [];
  const out = ['', `== ${t(language, 'headingClusterMatrix')} ==`];
  if (matrix.length === 0) return [...out, t(language, 'noClusters')];
  const names = new Map(model.clusters.map((c) => [c.id, c.name]));
  const clusterName = (id: string) => localize(names.get(id), language) || id;
  const layout = layoutClusterMatrix(matrix, analysis.findings);
  const table = clusterMatrixTable(layout, language, clusterName);
  out.push(
    formatTable(table.headers, table.rows, table.align),
    '',
    ...clusterMatrixSentences(layout, language, clusterName),
  );
  return out;
}
