/**
 * The `analyze` report's network part: the cluster × cluster exchange
 * matrix (clusterMatrixText.ts), then the network structure and ecological
 * metrics — every flow category beside the flows in t/a, the other network
 * figures, and in words which flows each metric read, which it left out and
 * why, and what the recycling loops run through. Presentation only: the
 * numbers and sentences come from core (analysis/network/explain.ts).
 */
import type { ParkAnalysis } from '../core/analysis/analyzePark.ts';
import { excludedCount } from '../core/analysis/network/coverage.ts';
import {
  coverageSentences,
  cycleSentences,
  networkEnterpriseRows,
  networkFigureRows,
  networkMetricTable,
  type NetworkNames,
} from '../core/analysis/network/explain.ts';
import type { NetworkReport } from '../core/analysis/network/report.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { renderClusterMatrix } from './clusterMatrixText.ts';
import { t } from './i18n.ts';
import { formatTable } from './table.ts';

/** Lines to append to the report: each section starts with a blank line and its `== title ==`. */
export function renderNetworkSections(model: ParkModel, analysis: ParkAnalysis, language: Language): string[] {
  const out: string[] = [];
  if (analysis.coupling) out.push(...renderClusterMatrix(model, analysis, language));
  if (analysis.network) out.push(...renderNetwork(model, analysis.network, language));
  return out;
}

function renderNetwork(model: ParkModel, report: NetworkReport, language: Language): string[] {
  const names = networkNames(model, language);
  const metrics = networkMetricTable(report, language);
  const out = ['', `== ${t(language, 'headingNetwork')} ==`];
  out.push(formatTable(metrics.headers, metrics.rows, metrics.align));
  out.push(
    '',
    formatTable([t(language, 'columnMetric'), t(language, 'columnMetricValue')], networkFigureRows(report, language), [
      'left',
      'right',
    ]),
  );
  out.push('', ...networkEnterpriseRows(report, language, names).map(([label, value]) => `${label}: ${value}`));
  out.push('', ...coverageSentences(report, language));
  if (!report.coverage.includeSelfLoops && excludedCount(report.coverage.structural, 'selfLoop') > 0)
    out.push(t(language, 'addSelfLoops'));
  out.push(...cycleSentences(report, language, names));
  return out;
}

/** Enterprise and material names for the network sentences; an id nothing names is shown as itself. */
function networkNames(model: ParkModel, language: Language): NetworkNames {
  const enterprises = new Map(model.enterprises.map((e) => [e.id, e.name]));
  const materials = new Map(model.materials.map((m) => [m.id, m.name]));
  return {
    enterprise: (id) => localize(enterprises.get(id), language) || id,
    material: (id) => localize(materials.get(id), language) || id,
  };
}
