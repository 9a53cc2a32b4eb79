/**
 * Everything a report shows, gathered once from one `analyzePark` result:
 * the park summary, KPIs, findings by kind, chain integrity, capacity,
 * network metrics, the closures that hurt most and the best projects. Plain,
 * language-neutral data; `buildReportDocument` words it in one language and
 * the workbook writes it as numbers.
 */
import type { AnalysisKind, ParkAnalysis } from '../analysis/analyzePark.ts';
import type { CapacityBalance } from '../analysis/capacityBalance.ts';
import type { ChainReport } from '../analysis/chainIntegrity.ts';
import type { ClusterExchange } from '../analysis/couplingGaps.ts';
import type { Finding } from '../analysis/finding.ts';
import { parkEvolution, type ParkEvolution } from '../analysis/evolution.ts';
import type { Kpis } from '../analysis/kpis.ts';
import type { NetworkReport } from '../analysis/network/report.ts';
import { groupFindingsByKind, type FindingGroup } from '../analysis/presentation.ts';
import type { ProjectCandidate, ProjectRanking } from '../analysis/projects.ts';
import { closureRow, type ClosureRanking, type ClosureRow } from '../analysis/resilience.ts';
import { summarizePark, type ParkSummary } from '../analysis/summary.ts';
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import { hasDatedFlows } from '../model/asOf.ts';
import type { ParkInfo, ParkModel } from '../model/types.ts';
import { createReportNames, type ReportNames } from './reportNames.ts';

export interface ReportDataOptions {
  /** The catalogue the analysis ran with: names of its technologies and materials. */
  readonly catalogue?: TechnologyCatalogue;
  /** Projects and closures listed (the best first). */
  readonly top?: number;
  /** When the report is made; pass it for reproducible output. */
  readonly generatedAt?: Date;
  /** Where the model came from (a file name), printed on the data-source line. */
  readonly source?: string;
  /**
   * The year the model is the park "as of" (`modelAsOf`): the report says so
   * in its title block. The caller passes the `evolution` of the whole model
   * with it, since the year's model no longer holds the exchanges that ended.
   */
  readonly asOf?: number;
  /**
   * The park through the years; by default computed from the model when some
   * flow has a year (with the analysis' own network options), else none.
   * `null`: leave the evolution out.
   */
  readonly evolution?: ParkEvolution | null;
}

/**
 * The defaults of `gatherReportData`, for the options the caller leaves out.
 * @public
 */
export const DEFAULT_REPORT_DATA_OPTIONS = { top: 10 } as const satisfies ReportDataOptions;

/** One closure's damage, as the resilience table shows it: the core's row with its place in the ranking. */
export interface RankedClosureRow extends ClosureRow {
  /** 1-based position in the ranking. */
  readonly rank: number;
}

export interface ReportData {
  readonly park: ParkInfo;
  /** ISO 8601 timestamp. */
  readonly generatedAt: string;
  readonly source?: string;
  /** The year the report's park is as of, when it is not the whole model. */
  readonly asOf?: number;
  /** The park through the years, when its flows carry years. */
  readonly evolution?: ParkEvolution;
  /** The analysis parts that ran; sections of the others say so. */
  readonly kinds: readonly AnalysisKind[];
  readonly summary: ParkSummary;
  readonly kpis: Kpis;
  readonly findings: { readonly total: number; readonly groups: readonly FindingGroup<Finding>[] };
  readonly chains?: readonly ChainReport[];
  readonly capacity?: readonly CapacityBalance[];
  /** The coupling analysis' cluster × cluster matrix, as it returned it. */
  readonly clusterMatrix?: readonly ClusterExchange[];
  readonly network?: NetworkReport;
  readonly resilience?: { readonly rows: readonly RankedClosureRow[]; readonly total: number };
  readonly projects?: {
    readonly candidates: readonly ProjectCandidate[];
    readonly total: number;
    /** Candidates the park's policy does not admit, with the rule each breaks. */
    readonly excluded: ProjectRanking['excluded'];
  };
  readonly names: ReportNames;
}

export function gatherReportData(
  model: ParkModel,
  analysis: ParkAnalysis,
  options: ReportDataOptions = {},
): ReportData {
  const top = options.top ?? DEFAULT_REPORT_DATA_OPTIONS.top;
  return {
    park: model.park,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...evolutionOf(model, analysis, options.evolution),
    kinds: analysis.kinds,
    summary: summarizePark(model),
    kpis: analysis.kpis,
    findings: { total: analysis.findings.length, groups: groupFindingsByKind(analysis.findings) },
    ...(analysis.chains ? { chains: analysis.chains } : {}),
    ...(analysis.capacity ? { capacity: analysis.capacity } : {}),
    ...(analysis.coupling ? { clusterMatrix: analysis.coupling.clusterMatrix } : {}),
    ...(analysis.network ? { network: analysis.network } : {}),
    ...(analysis.resilience
      ? { resilience: { rows: closureRows(analysis.resilience, top), total: analysis.resilience.length } }
      : {}),
    ...(analysis.projects
      ? {
          projects: {
            candidates: analysis.projects.candidates.slice(0, top),
            total: analysis.projects.candidates.length,
            excluded: analysis.projects.excluded,
          },
        }
      : {}),
    names: createReportNames(model, options.catalogue),
  };
}

function evolutionOf(
  model: ParkModel,
  analysis: ParkAnalysis,
  given: ParkEvolution | null | undefined,
): { evolution?: ParkEvolution } {
  if (given === null) return {};
  if (given !== undefined) return given.years.length > 0 ? { evolution: given } : {};
  if (!hasDatedFlows(model)) return {};
  return { evolution: parkEvolution(model, { network: analysis.network?.network.options ?? {} }) };
}

/**
 * Whether the park defines chain templates for the report to list and draw:
 * the one rule of both chain sections (integrity and diagrams). An exchange
 * list defines none; both sections then say "the model defines no chains",
 * rather than "0/0 complete" over an empty table, or that the diagrams were
 * left out. (`renderReportDiagrams` draws the model's chains, so none then.)
 */
export function hasChainTemplates(data: Pick<ReportData, 'summary'>): boolean {
  return data.summary.counts.chains > 0;
}

/** The first `limit` closures, most damaging first (the ranking's own order). */
export function closureRows(ranking: readonly ClosureRanking[], limit: number): RankedClosureRow[] {
  return ranking.slice(0, limit).map((r, i) => ({ rank: i + 1, ...closureRow(r) }));
}
