/**
 * Two models compared finding by finding and metric by metric (domain.md
 * §4.9): today against a scenario, or two versions of a park — in both
 * scopes, "today" and "with planned" (the second only when either model
 * holds planned items; otherwise it is the same as today).
 *
 * A closure is not an improvement: findings that vanish because their
 * enterprise closed are "gone with the closure" (随关停消失), never
 * "resolved", and a headline figure that moves the better way only because
 * the closed plant's own quantities left the park carries a note saying so.
 */
import type { BilingualMessage } from '../model/problems.ts';
import type { ParkModel } from '../model/types.ts';
import { withDefaults } from '../model/withDefaults.ts';
import { bilingual } from '../text/message.ts';
import { diffFindings, diffMetrics, diffModels, type FindingsDiff, type MetricDelta, type ModelDiff } from './diff.ts';
import {
  analyzePark,
  ANALYSIS_KINDS,
  DEFAULT_ANALYSIS_OPTIONS,
  type AnalysisOptions,
  type ParkAnalysis,
} from '../analysis/analyzePark.ts';
import { hasPlannedItems, type AnalysisScope } from '../analysis/context.ts';
import type { Kpis } from '../analysis/kpis.ts';
import { KPI_ROWS } from '../analysis/presentation.ts';

export interface KpiChange extends MetricDelta {
  /** Why a change that looks like an improvement is not one (a closure's own figures left the park). */
  readonly note?: BilingualMessage;
}

/** What a comparison reads of each side's analysis: its findings and headline figures. */
export type ComparedAnalysis = Pick<ParkAnalysis, 'findings' | 'kpis'>;

export interface ScopeComparison {
  readonly scope: AnalysisScope;
  readonly findings: FindingsDiff;
  readonly kpis: readonly KpiChange[];
}

export interface AnalysisComparison {
  readonly model: ModelDiff;
  /** Enterprises operating before and closed (or gone) after. */
  readonly closed: readonly string[];
  readonly today: ScopeComparison;
  /** Present when either model holds planned items. */
  readonly withPlanned?: ScopeComparison;
}

/** Which way each headline figure improves; figures not listed have no better direction. */
const BETTER: Partial<Record<keyof Kpis, 1 | -1>> = {
  internalMass: 1,
  importedMass: -1,
  disposedMass: -1,
  unaccountedMass: -1,
  reusedMass: 1,
  internalReuseRate: 1,
  hazardousInParkShare: 1,
  cyclicity: 1,
  connectance: 1,
  linkageDensity: 1,
  finnCyclingIndex: 1,
  totalSystemThroughflow: 1,
  chertow32: 1,
};

/**
 * The analysis options of a comparison: projects are left out unless asked for (they rank what to build, not what changed).
 * @public
 */
export const DEFAULT_COMPARISON_OPTIONS: AnalysisOptions = Object.freeze<AnalysisOptions>({
  ...DEFAULT_ANALYSIS_OPTIONS,
  only: ANALYSIS_KINDS.filter((kind) => kind !== 'projects'),
});

/** Both models analysed with the same options, in each scope (`options.scope` is not read: both scopes are compared). */
export function compareModels(
  before: ParkModel,
  after: ParkModel,
  options: Partial<AnalysisOptions> = {},
): AnalysisComparison {
  const settings = withDefaults(DEFAULT_COMPARISON_OPTIONS, options);
  return compareAnalysed(before, after, (scope) => ({
    before: analyzePark(before, { ...settings, scope }),
    after: analyzePark(after, { ...settings, scope }),
  }));
}

/** The scopes two models are compared in: today, and with planned items when either model holds any. */
export function comparisonScopes(before: ParkModel, after: ParkModel): readonly AnalysisScope[] {
  return hasPlannedItems(before) || hasPlannedItems(after) ? ['today', 'with-planned'] : ['today'];
}

/**
 * Two models compared from analyses made elsewhere, one pair per scope of
 * `comparisonScopes` with DEFAULT_COMPARISON_OPTIONS: the team server keeps
 * each revision's analyses (src/server/), so comparing two revisions again
 * does not analyse them again.
 */
export function compareAnalysed(
  before: ParkModel,
  after: ParkModel,
  analysed: (scope: AnalysisScope) => { readonly before: ComparedAnalysis; readonly after: ComparedAnalysis },
): AnalysisComparison {
  const closed = closedBetween(before, after);
  const gone = new Set(closed);
  const compare = (scope: AnalysisScope): ScopeComparison => {
    const { before: a, after: b } = analysed(scope);
    return {
      scope,
      findings: diffFindings(a.findings, b.findings, (f) => f.enterprises.some((e) => gone.has(e))),
      kpis: kpiChanges(a.kpis, b.kpis, closed.length > 0),
    };
  };
  const planned = comparisonScopes(before, after).includes('with-planned');
  return {
    model: diffModels(before, after),
    closed,
    today: compare('today'),
    ...(planned ? { withPlanned: compare('with-planned') } : {}),
  };
}

/** The comparison as `diff --json` and `whatif --json` print it, and the team server's diff answers it. */
export function comparisonDocument(comparison: AnalysisComparison) {
  const scope = ({ findings, kpis }: ScopeComparison) => ({ findings, kpis });
  return {
    model: comparison.model,
    closed: comparison.closed,
    today: scope(comparison.today),
    ...(comparison.withPlanned ? { withPlanned: scope(comparison.withPlanned) } : {}),
  };
}

/** Enterprises operating in `before` that are closed in, or missing from, `after`. */
function closedBetween(before: ParkModel, after: ParkModel): string[] {
  const status = new Map(after.enterprises.map((e) => [e.id, e.status]));
  return before.enterprises
    .filter((e) => e.status === 'operating' && (status.get(e.id) ?? 'closed') === 'closed')
    .map((e) => e.id);
}

function kpiChanges(a: Kpis, b: Kpis, closure: boolean): KpiChange[] {
  const order = new Map(KPI_ROWS.map((row, i) => [row.key as string, i]));
  return diffMetrics(kpiRecord(a), kpiRecord(b))
    .sort((x, y) => (order.get(x.key) ?? 99) - (order.get(y.key) ?? 99))
    .map((d) => {
      const better = BETTER[d.key as keyof Kpis];
      const looksBetter = better !== undefined && d.delta !== null && d.delta * better > 1e-12;
      return closure && looksBetter
        ? {
            ...d,
            note: bilingual('scenario:movedWithClosure'),
          }
        : d;
    });
}

/** KPIs as a flat metric record, for `diffMetrics`. */
function kpiRecord(kpis: Kpis): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(kpis)) if (key !== 'coverage') values[key] = value as number | null;
  return values;
}
