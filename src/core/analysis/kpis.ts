/**
 * The park's headline figures (the Overview of the analysis panel and the
 * numbers scenarios and projects are compared on), in one scope (today, or
 * with planned items): only the enterprises and flows the scope counts
 * enter. Each figure comes from the analysis that defines it; this gathers
 * them into one flat record.
 *
 * Figures that add quantities read only the flows that give one (domain.md
 * §5a): each says its coverage ("over 14 of 35 flows"), and is null —
 * unknown — when none of the flows it would add gives a quantity, never a
 * zero that looks measured. Structural figures (cyclicity, connectance)
 * read every flow.
 */
import { convertQuantity, findUnit } from '../model/units.ts';
import { withDefaults } from '../model/withDefaults.ts';
import { outputPlacement, SCOPE_STATUSES, type AnalysisContext } from './context.ts';
import { buildActorNetwork, type ActorNetworkOptions } from './network/actors.ts';
import { checkChertow32, type ChertowVerdict } from './network/chertow.ts';
import { computeFlowMetrics, type FlowMetrics } from './network/flowMetrics.ts';
import { computeReuseRate, type ReuseRate } from './network/reuse.ts';
import { computeStructuralMetrics, type StructuralMetrics } from './network/structural.ts';

/** Of the flows a figure would add, how many give a quantity. */
export interface FigureCoverage {
  readonly measured: number;
  readonly total: number;
}

/**
 * The figures that add quantities, with their coverage: over flows, except the
 * DECLARED_FIGURES, read off declared outputs, whose coverage counts the
 * enterprises that declare any (an exchange list declares none: unknown).
 */
export const QUANTITY_FIGURES = [
  'unaccountedMass',
  'hazardousGenerated',
  'internalMass',
  'importedMass',
  'disposedMass',
  'reusedMass',
  'internalReuseRate',
  'hazardousInParkShare',
  'finnCyclingIndex',
  'totalSystemThroughflow',
] as const;
export type QuantityFigure = (typeof QUANTITY_FIGURES)[number];
export const DECLARED_FIGURES: ReadonlySet<string> = new Set<QuantityFigure>(['unaccountedMass', 'hazardousGenerated']);
/**
 * Sums over the flows of one kind measured in mass units. In a park where some
 * flow gives no quantity (an exchange list), "no such flow" is no evidence of
 * zero — lists seldom record purchases or disposal — so it reads "none
 * recorded", not 0 t/a.
 */
export const MASS_TALLY_FIGURES: ReadonlySet<string> = new Set<QuantityFigure>([
  'internalMass',
  'importedMass',
  'disposedMass',
  'reusedMass',
]);

export type KpiCoverage = Readonly<Record<QuantityFigure, FigureCoverage>>;

/** The figures themselves (what scenarios compare); `Kpis` adds their coverage. */
export interface KpiValues {
  /** Enterprises counted in the scope. */
  readonly enterprises: number;
  /** Flows counted in the scope. */
  readonly flows: number;
  readonly internalFlows: number;
  /** Mass exchanged between enterprises, t/a; null when no such flow gives a quantity. */
  readonly internalMass: number | null;
  /** Mass bought in from outside the park, t/a; null when no such flow gives a quantity. */
  readonly importedMass: number | null;
  /** Mass sent to disposal, t/a; null when no such flow gives a quantity. */
  readonly disposedMass: number | null;
  /** By-products and wastes with no recorded destination at all (去向不明), t/a; null when no enterprise declares outputs. */
  readonly unaccountedMass: number | null;
  /** By-products and wastes used by another enterprise in the park, t/a (the reuse rate's numerator). */
  readonly reusedMass: number | null;
  /** Share of by-products and wastes generated in the park that another enterprise in it uses (0–1). */
  readonly internalReuseRate: number | null;
  /** Hazardous waste generated in the park, t/a (declared outputs less in-house use); null when no enterprise declares outputs. */
  readonly hazardousGenerated: number | null;
  /** Share of it treated or used by enterprises in the park (0–1): the survey's capacity mismatch in one figure. */
  readonly hazardousInParkShare: number | null;
  /** λmax of the actor adjacency matrix (0: no cycle, 1: simple cycles, > 1: nested cycling). */
  readonly cyclicity: number;
  readonly connectance: number | null;
  readonly linkageDensity: number | null;
  /** Finn cycling index of mass flows (0–1). */
  readonly finnCyclingIndex: number | null;
  /** Total system throughflow of mass flows, t/a. */
  readonly totalSystemThroughflow: number | null;
  /** Chertow's 3-2 heuristic: 1 when the park qualifies as industrial symbiosis. */
  readonly chertow32: number;
}

export interface Kpis extends KpiValues {
  readonly coverage: KpiCoverage;
}

/** The network metrics the KPIs read; pass them when a network report has already computed them. */
export interface KpiSources {
  readonly structure: Pick<StructuralMetrics, 'cyclicity' | 'connectance' | 'linkageDensity'>;
  readonly flows: Pick<FlowMetrics, 'finnCyclingIndex' | 'totalSystemThroughflow' | 'includedFlows' | 'excludedFlows'>;
  readonly reuse: Pick<ReuseRate, 'rate' | 'reused'>;
  readonly chertow: Pick<ChertowVerdict, 'isSymbiosis'>;
}

/** The actor-network options of a context's scope, for the network metrics. */
export function scopeNetworkOptions(context: Pick<AnalysisContext, 'scope'>): Partial<ActorNetworkOptions> {
  const statuses = SCOPE_STATUSES[context.scope];
  return { enterpriseStatuses: statuses.enterprises, flowStatuses: statuses.flows };
}

export interface KpiOptions {
  /**
   * Count an actor's flows to itself in the structural and flow metrics, as in the network report
   * (the reuse rate and the 3-2 test never count them).
   */
  readonly includeSelfLoops: boolean;
}

/**
 * The defaults of `computeKpis`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_KPI_OPTIONS: KpiOptions = Object.freeze<KpiOptions>({ includeSelfLoops: false });

/** Without `sources`, the network metrics are computed here, from the context's model index. */
export function computeKpis(context: AnalysisContext, sources?: KpiSources, options: Partial<KpiOptions> = {}): Kpis {
  const { includeSelfLoops } = withDefaults(DEFAULT_KPI_OPTIONS, options);
  const scoped = scopeNetworkOptions(context);
  const network = { ...scoped, includeSelfLoops };
  const { structure, flows, reuse, chertow } = sources ?? {
    structure: computeStructuralMetrics(buildActorNetwork(context, network)),
    flows: computeFlowMetrics(context, network),
    reuse: computeReuseRate(context, { network: scoped }),
    chertow: checkChertow32(context, { network: scoped }),
  };
  const isMass = (unit: string) => findUnit(unit)?.dimension === 'mass';
  const mass = (quantity: number, unit: string) => (isMass(unit) ? (convertQuantity(quantity, unit, 't/a') ?? 0) : 0);
  const tally = () => ({ sum: 0, measured: 0, total: 0 });
  const internal = tally();
  const imported = tally();
  const disposed = tally();
  const reused = tally();
  const add = (t: ReturnType<typeof tally>, f: (typeof context.flows)[number]) => {
    if (!isMass(f.material.unit)) return;
    t.total++;
    if (!f.measured) return;
    t.measured++;
    t.sum += mass(f.quantity, f.material.unit);
  };
  let counted = 0;
  let internalFlows = 0;
  let unmeasured = 0;
  for (const f of context.flows) {
    if (!f.current) continue;
    counted++;
    if (!f.measured) unmeasured++;
    if (f.internal) {
      internalFlows++;
      add(internal, f);
      // The reuse rate's numerator (network/reuse.ts): by-products and wastes between two enterprises.
      if (f.flow.from !== f.flow.to && (f.material.category === 'by-product' || f.material.category === 'waste'))
        add(reused, f);
    } else if (f.flow.from === '@supply') add(imported, f);
    else if (f.flow.to === '@disposal') add(disposed, f);
  }
  let unaccountedMass = 0;
  let hazardousGenerated = 0;
  let hazardousInPark = 0;
  const hazardousStreams = { measured: 0, total: 0 };
  for (const enterprise of context.operating) {
    for (const materialId of context.outputs.get(enterprise)?.keys() ?? []) {
      const material = context.index.materials.get(materialId)!;
      if (material.category !== 'waste' && material.category !== 'by-product') continue;
      const p = outputPlacement(context, enterprise, materialId);
      unaccountedMass += mass(p.unaccounted, material.unit);
      if (material.hazardousWasteCode === undefined) continue;
      hazardousGenerated += mass(p.declared - p.inHouse, material.unit);
      hazardousInPark += mass(p.internal, material.unit);
      hazardousStreams.total++;
      if (p.unmeasured.internal === 0) hazardousStreams.measured++;
    }
  }
  const matrixFlows = {
    measured: flows.includedFlows,
    total: flows.includedFlows + flows.excludedFlows.quantity,
  };
  const declaring = [...context.operating].filter((e) => (context.outputs.get(e)?.size ?? 0) > 0).length;
  const declared = { measured: declaring, total: context.operating.size };
  const coverage: KpiCoverage = {
    unaccountedMass: declared,
    hazardousGenerated: declared,
    internalMass: cover(internal),
    importedMass: cover(imported),
    disposedMass: cover(disposed),
    reusedMass: cover(reused),
    internalReuseRate: cover(reused),
    hazardousInParkShare: hazardousStreams,
    finnCyclingIndex: matrixFlows,
    totalSystemThroughflow: matrixFlows,
  };
  // Unknown, not zero, when nothing the figure would add gives a quantity.
  const known = <T>(figure: QuantityFigure, value: T): T | null => {
    const c = coverage[figure];
    if (c.total === 0) return unmeasured > 0 && MASS_TALLY_FIGURES.has(figure) ? null : value;
    return c.measured === 0 ? null : value;
  };
  return {
    enterprises: context.operating.size,
    flows: counted,
    internalFlows,
    internalMass: known('internalMass', internal.sum),
    importedMass: known('importedMass', imported.sum),
    disposedMass: known('disposedMass', disposed.sum),
    unaccountedMass: known('unaccountedMass', unaccountedMass),
    reusedMass: known('reusedMass', reuse.reused),
    internalReuseRate: known('internalReuseRate', reuse.rate),
    hazardousGenerated: known('hazardousGenerated', hazardousGenerated),
    hazardousInParkShare: known(
      'hazardousInParkShare',
      hazardousGenerated > 0 ? hazardousInPark / hazardousGenerated : null,
    ),
    cyclicity: structure.cyclicity.value,
    connectance: structure.connectance,
    linkageDensity: structure.linkageDensity,
    finnCyclingIndex: known('finnCyclingIndex', flows.finnCyclingIndex),
    totalSystemThroughflow: known('totalSystemThroughflow', flows.totalSystemThroughflow),
    chertow32: chertow.isSymbiosis ? 1 : 0,
    coverage,
  };
}

function cover(t: { readonly measured: number; readonly total: number }): FigureCoverage {
  return { measured: t.measured, total: t.total };
}

/** A figure read over only part of its flows: its coverage, else undefined (all of them, or none to read). */
export function partialCoverage(kpis: Kpis, key: keyof KpiValues): FigureCoverage | undefined {
  // Declared figures read the enterprises that declare outputs: a flow count would mislead.
  if (DECLARED_FIGURES.has(key)) return undefined;
  const c = (kpis.coverage as Partial<Record<string, FigureCoverage>>)[key];
  return c && c.measured > 0 && c.measured < c.total ? c : undefined;
}
