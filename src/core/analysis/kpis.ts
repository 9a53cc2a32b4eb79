/**
 * The park's headline figures (the Overview of the analysis panel and the
 * numbers scenarios and projects are compared on). Each comes from the
 * analysis that defines it; this only gathers them into one flat record.
 */
import type { ParkModel } from '../model/types.ts';
import { buildActorNetwork } from './network/actors.ts';
import { checkChertow32, type ChertowVerdict } from './network/chertow.ts';
import { computeFlowMetrics, type FlowMetrics } from './network/flowMetrics.ts';
import { computeReuseRate, type ReuseRate } from './network/reuse.ts';
import { computeStructuralMetrics, type StructuralMetrics } from './network/structural.ts';
import { summarizePark } from './summary.ts';

export interface Kpis {
  readonly enterprises: number;
  readonly flows: number;
  readonly internalFlows: number;
  /** Mass exchanged between enterprises, t/a. */
  readonly internalMass: number;
  readonly importedMass: number;
  readonly disposedMass: number;
  /** Share of by-products and wastes generated in the park that another enterprise in it uses (0–1). */
  readonly internalReuseRate: number | null;
  /** λmax of the actor adjacency matrix (0: no cycle, 1: simple cycles, > 1: nested cycling). */
  readonly cyclicity: number;
  readonly connectance: number | null;
  readonly linkageDensity: number | null;
  /** Finn cycling index of mass flows (0–1). */
  readonly finnCyclingIndex: number | null;
  /** Total system throughflow of mass flows, t/a. */
  readonly totalSystemThroughflow: number;
  /** Chertow's 3-2 heuristic: 1 when the park qualifies as industrial symbiosis. */
  readonly chertow32: number;
}

/** The network metrics the KPIs read; pass them when a network report has already computed them. */
export interface KpiSources {
  readonly structure: Pick<StructuralMetrics, 'cyclicity' | 'connectance' | 'linkageDensity'>;
  readonly flows: Pick<FlowMetrics, 'finnCyclingIndex' | 'totalSystemThroughflow'>;
  readonly reuse: Pick<ReuseRate, 'rate'>;
  readonly chertow: Pick<ChertowVerdict, 'isSymbiosis'>;
}

export function computeKpis(model: ParkModel, sources?: KpiSources): Kpis {
  const summary = summarizePark(model);
  const { structure, flows, reuse, chertow } = sources ?? {
    structure: computeStructuralMetrics(buildActorNetwork(model)),
    flows: computeFlowMetrics(model),
    reuse: computeReuseRate(model),
    chertow: checkChertow32(model),
  };
  return {
    enterprises: summary.counts.enterprises,
    flows: summary.counts.flows,
    internalFlows: summary.flowsByScope.internal.flows,
    internalMass: summary.flowsByScope.internal.totals.mass ?? 0,
    importedMass: summary.flowsByScope.imports.totals.mass ?? 0,
    disposedMass: summary.flowsByScope.disposal.totals.mass ?? 0,
    internalReuseRate: reuse.rate,
    cyclicity: structure.cyclicity.value,
    connectance: structure.connectance,
    linkageDensity: structure.linkageDensity,
    finnCyclingIndex: flows.finnCyclingIndex,
    totalSystemThroughflow: flows.totalSystemThroughflow,
    chertow32: chertow.isSymbiosis ? 1 : 0,
  };
}

/** KPIs as a flat metric record, for `diffMetrics`. */
export function kpiRecord(kpis: Kpis): Record<string, number | null> {
  return { ...kpis };
}
