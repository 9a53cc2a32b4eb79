/**
 * Two models compared finding by finding and metric by metric (domain.md
 * §4.9): today against a scenario, or two versions of a park.
 */
import type { ParkModel } from '../model/types.ts';
import {
  diffFindings,
  diffMetrics,
  diffModels,
  type FindingsDiff,
  type MetricDelta,
  type ModelDiff,
} from '../scenario/diff.ts';
import { analyzePark, type AnalysisOptions, type ParkAnalysis } from './analyzePark.ts';
import { kpiRecord } from './kpis.ts';

export interface AnalysisComparison {
  readonly model: ModelDiff;
  readonly findings: FindingsDiff;
  readonly kpis: readonly MetricDelta[];
  readonly before: ParkAnalysis;
  readonly after: ParkAnalysis;
}

/** Projects are left out unless asked for: they rank what to build, not what changed. */
export function compareModels(before: ParkModel, after: ParkModel, options: AnalysisOptions = {}): AnalysisComparison {
  const settings: AnalysisOptions = {
    ...options,
    only: options.only ?? ['integrity', 'open-ends', 'chains', 'coupling', 'capacity', 'network', 'resilience'],
  };
  const a = analyzePark(before, settings);
  const b = analyzePark(after, settings);
  return {
    model: diffModels(before, after),
    findings: diffFindings(a.findings, b.findings),
    kpis: diffMetrics(kpiRecord(a.kpis), kpiRecord(b.kpis)),
    before: a,
    after: b,
  };
}
