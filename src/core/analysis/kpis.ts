/**
 * The park's headline figures (the Overview of the analysis panel and the
 * numbers scenarios and projects are compared on), in one scope (today, or
 * with planned items): only the enterprises and flows the scope counts
 * enter. Each figure comes from the analysis that defines it; this gathers
 * them into one flat record.
 */
import { convertQuantity, findUnit } from '../model/units.ts';
import { outputPlacement, SCOPE_STATUSES, type AnalysisContext } from './context.ts';
import { buildActorNetwork, type ActorNetworkOptions } from './network/actors.ts';
import { checkChertow32, type ChertowVerdict } from './network/chertow.ts';
import { computeFlowMetrics, type FlowMetrics } from './network/flowMetrics.ts';
import { computeReuseRate, type ReuseRate } from './network/reuse.ts';
import { computeStructuralMetrics, type StructuralMetrics } from './network/structural.ts';

export interface Kpis {
  /** Enterprises counted in the scope. */
  readonly enterprises: number;
  /** Flows counted in the scope. */
  readonly flows: number;
  readonly internalFlows: number;
  /** Mass exchanged between enterprises, t/a. */
  readonly internalMass: number;
  /** Mass bought in from outside the park, t/a. */
  readonly importedMass: number;
  /** Mass sent to disposal, t/a. */
  readonly disposedMass: number;
  /** By-products and wastes with no recorded destination at all (去向不明), t/a. */
  readonly unaccountedMass: number;
  /** By-products and wastes used by another enterprise in the park, t/a (the reuse rate's numerator). */
  readonly reusedMass: number;
  /** Share of by-products and wastes generated in the park that another enterprise in it uses (0–1). */
  readonly internalReuseRate: number | null;
  /** Hazardous waste generated in the park, t/a (declared outputs less in-house use). */
  readonly hazardousGenerated: number;
  /** Share of it treated or used by enterprises in the park (0–1): the survey's capacity mismatch in one figure. */
  readonly hazardousInParkShare: number | null;
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
  readonly reuse: Pick<ReuseRate, 'rate' | 'reused'>;
  readonly chertow: Pick<ChertowVerdict, 'isSymbiosis'>;
}

/** The actor-network options of a context's scope, for the network metrics. */
export function scopeNetworkOptions(context: AnalysisContext): Partial<ActorNetworkOptions> {
  const statuses = SCOPE_STATUSES[context.scope];
  return { enterpriseStatuses: statuses.enterprises, flowStatuses: statuses.flows };
}

/** `options.includeSelfLoops` as in the network report (the reuse rate and the 3-2 test never count them). */
export function computeKpis(
  context: AnalysisContext,
  sources?: KpiSources,
  options: { readonly includeSelfLoops?: boolean } = {},
): Kpis {
  const { model } = context;
  const scoped = scopeNetworkOptions(context);
  const network = { ...scoped, includeSelfLoops: options.includeSelfLoops ?? false };
  const { structure, flows, reuse, chertow } = sources ?? {
    structure: computeStructuralMetrics(buildActorNetwork(model, network)),
    flows: computeFlowMetrics(model, network),
    reuse: computeReuseRate(model, { network: scoped }),
    chertow: checkChertow32(model, { network: scoped }),
  };
  const mass = (quantity: number, unit: string) =>
    findUnit(unit)?.dimension === 'mass' ? (convertQuantity(quantity, unit, 't/a') ?? 0) : 0;
  let counted = 0;
  let internalFlows = 0;
  let internalMass = 0;
  let importedMass = 0;
  let disposedMass = 0;
  for (const f of context.flows) {
    if (!f.current) continue;
    counted++;
    const m = mass(f.quantity, f.material.unit);
    if (f.internal) {
      internalFlows++;
      internalMass += m;
    } else if (f.flow.from === '@supply') importedMass += m;
    else if (f.flow.to === '@disposal') disposedMass += m;
  }
  let unaccountedMass = 0;
  let hazardousGenerated = 0;
  let hazardousInPark = 0;
  for (const enterprise of context.operating) {
    for (const materialId of context.outputs.get(enterprise)?.keys() ?? []) {
      const material = context.index.materials.get(materialId)!;
      if (material.category !== 'waste' && material.category !== 'by-product') continue;
      const p = outputPlacement(context, enterprise, materialId);
      unaccountedMass += mass(p.unaccounted, material.unit);
      if (material.hazardousWasteCode === undefined) continue;
      hazardousGenerated += mass(p.declared - p.inHouse, material.unit);
      hazardousInPark += mass(p.internal, material.unit);
    }
  }
  return {
    enterprises: context.operating.size,
    flows: counted,
    internalFlows,
    internalMass,
    importedMass,
    disposedMass,
    unaccountedMass,
    reusedMass: reuse.reused,
    internalReuseRate: reuse.rate,
    hazardousGenerated,
    hazardousInParkShare: hazardousGenerated > 0 ? hazardousInPark / hazardousGenerated : null,
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
