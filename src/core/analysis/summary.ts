/**
 * The park at a glance: counts, and quantities by cluster and by material
 * category. Quantities are added only within one dimension (mass in t/a,
 * volume in m³/a, energy in GJ/a, counts in units/a), never across them.
 */
import { flowQuantity, indexModel, requireMaterial } from '../model/lookup.ts';
import { MATERIAL_CATEGORIES, ENTERPRISE_STATUSES, FLOW_STATUSES } from '../model/schema.ts';
import type { EnterpriseStatus, FlowStatus, LocalizedText, MaterialCategory, ParkModel } from '../model/types.ts';
import { BASE_UNIT, convertQuantity, findUnit, type Dimension } from '../model/units.ts';

/** Yearly totals per dimension, each in the dimension's base unit (see BASE_UNIT). */
export type DimensionTotals = Partial<Record<Dimension, number>>;

export interface FlowTotals {
  readonly flows: number;
  /** Of `flows`, those that give no quantity (structural exchanges): `totals` is over the others only. */
  readonly unmeasured: number;
  readonly totals: DimensionTotals;
}

export interface ClusterSummary {
  readonly id: string;
  readonly name: LocalizedText;
  readonly enterprises: number;
  /** Flows sent by the cluster's enterprises (to anyone, boundary included). */
  readonly sent: FlowTotals;
  /** Flows received by the cluster's enterprises. */
  readonly received: FlowTotals;
}

export interface ParkSummary {
  readonly park: {
    readonly id: string;
    readonly name: LocalizedText;
    readonly region?: LocalizedText;
    readonly referenceYear: number;
  };
  readonly counts: {
    readonly clusters: number;
    readonly enterprises: number;
    readonly materials: number;
    readonly flows: number;
    readonly chains: number;
  };
  readonly enterprisesByStatus: Readonly<Record<EnterpriseStatus, number>>;
  readonly materialsByCategory: Readonly<Record<MaterialCategory, number>>;
  readonly flowsByStatus: Readonly<Record<FlowStatus, number>>;
  /** Where flows go: between enterprises, in from the boundary, out to market, out to disposal. */
  readonly flowsByScope: Readonly<Record<'internal' | 'imports' | 'sales' | 'disposal', FlowTotals>>;
  readonly byCategory: Readonly<Record<MaterialCategory, FlowTotals>>;
  readonly byCluster: readonly ClusterSummary[];
  /** Base unit of each dimension, so readers know what the totals mean. */
  readonly units: Readonly<Record<Dimension, string>>;
}

export function summarizePark(model: ParkModel): ParkSummary {
  const index = indexModel(model);
  const byCategory = tally(MATERIAL_CATEGORIES);
  const flowsByScope = tally(['internal', 'imports', 'sales', 'disposal'] as const);
  const clusterSent = tally(model.clusters.map((c) => c.id));
  const clusterReceived = tally(model.clusters.map((c) => c.id));

  for (const flow of model.flows) {
    const material = requireMaterial(index, flow.material);
    const quantity = flowQuantity(flow, material);
    const dimension = findUnit(material.unit)?.dimension;
    if (dimension === undefined) continue;
    const inBase =
      quantity === undefined ? undefined : (convertQuantity(quantity, material.unit, BASE_UNIT[dimension]) ?? 0);
    addFlow(byCategory.get(material.category), dimension, inBase);
    addFlow(flowsByScope.get(scopeOf(flow.from, flow.to)), dimension, inBase);
    const fromCluster = index.enterprises.get(flow.from)?.cluster;
    const toCluster = index.enterprises.get(flow.to)?.cluster;
    if (fromCluster !== undefined) addFlow(clusterSent.get(fromCluster), dimension, inBase);
    if (toCluster !== undefined) addFlow(clusterReceived.get(toCluster), dimension, inBase);
  }

  return {
    park: {
      id: model.park.id,
      name: model.park.name,
      ...(model.park.region ? { region: model.park.region } : {}),
      referenceYear: model.park.referenceYear,
    },
    counts: {
      clusters: model.clusters.length,
      enterprises: model.enterprises.length,
      materials: model.materials.length,
      flows: model.flows.length,
      chains: model.chains.length,
    },
    enterprisesByStatus: countBy(
      ENTERPRISE_STATUSES,
      model.enterprises.map((e) => e.status),
    ),
    materialsByCategory: countBy(
      MATERIAL_CATEGORIES,
      model.materials.map((m) => m.category),
    ),
    flowsByStatus: countBy(
      FLOW_STATUSES,
      model.flows.map((f) => f.status),
    ),
    flowsByScope: Object.fromEntries(flowsByScope) as ParkSummary['flowsByScope'],
    byCategory: Object.fromEntries(byCategory) as ParkSummary['byCategory'],
    byCluster: model.clusters.map((c) => ({
      id: c.id,
      name: c.name,
      enterprises: model.enterprises.filter((e) => e.cluster === c.id).length,
      sent: clusterSent.get(c.id) ?? emptyTotals(),
      received: clusterReceived.get(c.id) ?? emptyTotals(),
    })),
    units: BASE_UNIT,
  };
}

interface MutableTotals {
  flows: number;
  unmeasured: number;
  totals: DimensionTotals;
}

/** `inBase` undefined: a structural exchange, counted as a flow and as unmeasured, added to no total. */
function addFlow(totals: MutableTotals | undefined, dimension: Dimension, inBase: number | undefined): void {
  if (!totals) return;
  totals.flows += 1;
  if (inBase === undefined) totals.unmeasured += 1;
  else totals.totals[dimension] = (totals.totals[dimension] ?? 0) + inBase;
}

function emptyTotals(): MutableTotals {
  return { flows: 0, unmeasured: 0, totals: {} };
}

function tally<K extends string>(keys: readonly K[]): Map<K, MutableTotals> {
  return new Map(keys.map((k) => [k, emptyTotals()]));
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
}

function scopeOf(from: string, to: string): 'internal' | 'imports' | 'sales' | 'disposal' {
  if (from === '@supply') return 'imports';
  if (to === '@market') return 'sales';
  if (to === '@disposal') return 'disposal';
  return 'internal';
}
