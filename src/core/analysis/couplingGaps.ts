/**
 * Coupling gaps (domain.md §4.4): (a) direct matches — A has a surplus of X
 * that B needs from outside the park, and no flow A → B carries it; (b) the
 * cluster × cluster exchange matrix, with complementary but unconnected
 * cluster pairs flagged.
 *
 * One surplus offered to several takers is one offer with its candidates,
 * and what is matched never adds up to more than the surplus (nor, over all
 * suppliers, to more than a taker needs). Networked materials (grid
 * electricity) are never matched plant to plant; piped ones only within
 * their range where locations are known. Matching is indexed by material.
 */
import type { Location, Material } from '../model/types.ts';
import { needOf, surplusOf } from '../model/surplus.ts';
import { convertQuantity, findUnit } from '../model/units.ts';
import {
  inHouse,
  isCurrent,
  isImportable,
  mobilityOf,
  outputPlacement,
  sumFlows,
  type AnalysisContext,
} from './context.ts';
import { offerFinding, weakCouplingFindings } from './couplingFindings.ts';
import type { Finding } from './finding.ts';
import type { StructuralProposal } from './structuralGaps.ts';

export interface CouplingOptions {
  /** How many takers to name for one supplier's surplus of a material. */
  readonly maxCandidates?: number;
}

const DEFAULT_COUPLING_OPTIONS = { maxCandidates: 5 } as const satisfies CouplingOptions;

export interface CouplingCandidate {
  readonly consumer: string;
  /** What the taker still needs from outside the park (declared input less park supply and in-house, or its imports). */
  readonly demand: number;
  /** The share of the supplier's surplus allotted to this taker. */
  readonly matched: number;
  /** Of its demand, what it now buys from outside (`@supply` flows). */
  readonly boughtIn: number;
  readonly distanceKm?: number;
  /** A planned or potential flow already proposes this link. */
  readonly alreadyProposed: boolean;
}

/** One supplier's surplus of one material and the takers it could serve. */
export interface SurplusOffer {
  readonly supplier: string;
  readonly material: string;
  /** Declared output not taken inside the park nor used in-house. */
  readonly surplus: number;
  /** Where the surplus goes now. */
  readonly soldOut: number;
  readonly disposed: number;
  readonly unaccounted: number;
  readonly candidates: readonly CouplingCandidate[];
  /** Σ matched, ≤ surplus. */
  readonly matched: number;
  readonly unit: string;
}

export interface ClusterExchange {
  readonly from: string;
  readonly to: string;
  readonly flows: number;
  /** Mass carried, t/a (flows in other dimensions are counted, not added). */
  readonly mass: number;
}

export interface CouplingResult {
  readonly offers: readonly SurplusOffer[];
  readonly clusterMatrix: readonly ClusterExchange[];
  /** Offer findings for streams no other finding covers, and weak cluster couplings. */
  readonly findings: readonly Finding[];
}

/** `supplier\u0000material`: the stream an offer (and an open-end finding) is about. */
export function streamKey(enterprise: string, material: string): string {
  return `${enterprise}\u0000${material}`;
}

/**
 * Offers, then findings. `covered` streams are reported by a stronger
 * finding that already carries their candidates (an open end, a chain stage
 * shipped out): one stream, one finding.
 */
export function findCouplingGaps(
  context: AnalysisContext,
  offers: readonly SurplusOffer[] = matchSurpluses(context),
  covered: ReadonlySet<string> = new Set(),
  /** Exchanges the structure suggests (structuralGaps.ts): they show complementary clusters too. */
  structural: readonly StructuralProposal[] = [],
): CouplingResult {
  const clusterMatrix = exchangeMatrix(context);
  const complements = [
    ...offers.flatMap((o) =>
      o.candidates.map((c) => ({ supplier: o.supplier, consumer: c.consumer, material: o.material })),
    ),
    ...structural.flatMap((p) =>
      p.candidates.map((c) => ({ supplier: p.supplier, consumer: c.consumer, material: p.material })),
    ),
  ];
  return {
    offers,
    clusterMatrix,
    findings: [
      ...offers
        .filter((o) => o.matched > 0 && !covered.has(streamKey(o.supplier, o.material)))
        .map((o) => offerFinding(context, o)),
      ...weakCouplingFindings(context, complements, clusterMatrix),
    ],
  };
}

/** Every surplus in the park matched against the park's unmet demand of the same material. */
export function matchSurpluses(context: AnalysisContext, options: CouplingOptions = {}): SurplusOffer[] {
  const k = options.maxCandidates ?? DEFAULT_COUPLING_OPTIONS.maxCandidates;
  const offers: SurplusOffer[] = [];
  for (const material of context.model.materials) {
    if (mobilityOf(material) === 'networked') continue;
    const suppliers = materialSurpluses(context, material.id);
    if (suppliers.length === 0) continue;
    const demands = materialDemands(context, material.id);
    if (demands.length === 0) continue;
    const left = new Map(demands.map((d) => [d.enterprise, d.quantity]));
    // Largest surplus first, so it takes the takers it can serve best; ties by id.
    for (const s of [...suppliers].sort((a, b) => b.quantity - a.quantity || (a.enterprise < b.enterprise ? -1 : 1))) {
      offers.push(offerOf(context, material, s, demands, left, k));
    }
  }
  return offers;
}

function offerOf(
  context: AnalysisContext,
  material: Material,
  supplier: Amount,
  demands: readonly Amount[],
  left: Map<string, number>,
  k: number,
): SurplusOffer {
  const here = context.index.enterprises.get(supplier.enterprise)?.location;
  const linked = new Set(
    (context.flowsFrom.get(supplier.enterprise) ?? [])
      .filter((f) => f.material.id === material.id && isCurrent(f))
      .map((f) => f.flow.to),
  );
  const proposed = new Set(
    (context.flowsFrom.get(supplier.enterprise) ?? [])
      .filter((f) => f.material.id === material.id && !isCurrent(f))
      .map((f) => f.flow.to),
  );
  const range = mobilityOf(material) === 'piped' ? material.pipedRangeKm : undefined;
  const reachable = demands
    .filter((d) => d.enterprise !== supplier.enterprise && !linked.has(d.enterprise))
    .map((d) => ({ ...d, distanceKm: distanceKm(here, context.index.enterprises.get(d.enterprise)?.location) }))
    .filter((d) => range === undefined || d.distanceKm === undefined || d.distanceKm <= range)
    .map((d) => ({ ...d, boughtIn: boughtIn(context, d.enterprise, material.id) }))
    // Nearest first where distances are known, then those who now buy it from outside, then the largest need.
    .sort(
      (a, b) =>
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        b.boughtIn - a.boughtIn ||
        b.quantity - a.quantity ||
        (a.enterprise < b.enterprise ? -1 : 1),
    );
  let remaining = supplier.quantity;
  const candidates: CouplingCandidate[] = [];
  for (const d of reachable) {
    if (candidates.length >= k || remaining <= 0) break;
    const need = left.get(d.enterprise) ?? 0;
    const matched = Math.min(remaining, need);
    if (matched <= 0) continue;
    remaining -= matched;
    left.set(d.enterprise, need - matched);
    candidates.push({
      consumer: d.enterprise,
      demand: d.quantity,
      matched,
      boughtIn: d.boughtIn,
      ...(d.distanceKm === undefined ? {} : { distanceKm: d.distanceKm }),
      alreadyProposed: proposed.has(d.enterprise),
    });
  }
  const placement = outputPlacement(context, supplier.enterprise, material.id);
  return {
    supplier: supplier.enterprise,
    material: material.id,
    surplus: supplier.quantity,
    soldOut: placement.market,
    disposed: placement.disposal,
    unaccounted: placement.unaccounted,
    candidates,
    matched: supplier.quantity - remaining,
    unit: material.unit,
  };
}

function boughtIn(context: AnalysisContext, enterprise: string, material: string): number {
  return sumFlows(
    context.flowsTo.get(enterprise),
    (f) => f.material.id === material && isCurrent(f) && f.flow.from === '@supply',
  );
}

export interface Amount {
  readonly enterprise: string;
  readonly quantity: number;
}

/** Declared output not already taken by counted enterprises in the park nor used in-house. */
export function materialSurpluses(context: AnalysisContext, materialId: string): Amount[] {
  const out: Amount[] = [];
  for (const enterprise of context.producers.get(materialId) ?? []) {
    const declared = context.outputs.get(enterprise)?.get(materialId);
    if (!declared) continue;
    // A park user recorded without a quantity takes an unknown part: no surplus can be stated.
    const outflows = context.flowsFrom.get(enterprise) ?? [];
    if (outflows.some((f) => f.material.id === materialId && isCurrent(f) && f.internal && !f.measured)) continue;
    const taken = sumFlows(
      context.flowsFrom.get(enterprise),
      (f) =>
        f.material.id === materialId &&
        isCurrent(f) &&
        f.internal &&
        f.flow.to !== enterprise &&
        context.operating.has(f.flow.to),
    );
    // Net of in-house use: model/surplus.ts holds the one definition.
    let surplus = surplusOf({
      declared,
      inHouse: inHouse(context, enterprise, materialId, 'outputs'),
      exchanged: taken,
    });
    // What cannot be bought from outside (steam, heat) and is sold out of the park serves users who have
    // no other source: it is not spare.
    if (!isImportable(context.index.materials.get(materialId))) {
      surplus -= outputPlacement(context, enterprise, materialId).market;
    }
    if (surplus > 0) out.push({ enterprise, quantity: surplus });
  }
  return out;
}

/** Need not met from inside the park: declared input less internal supply and in-house, or else what is imported. */
export function materialDemands(context: AnalysisContext, materialId: string): Amount[] {
  const out: Amount[] = [];
  // Those who declare it as input, then those who only import it, in model order.
  const importers = (context.flowsByMaterial.get(materialId) ?? [])
    .filter((f) => f.flow.from === '@supply' && isCurrent(f) && context.operating.has(f.flow.to))
    .map((f) => f.flow.to);
  const candidates = [...new Set([...(context.consumers.get(materialId) ?? []), ...importers])];
  for (const enterprise of candidates) {
    const inflows = (context.flowsTo.get(enterprise) ?? []).filter((f) => f.material.id === materialId && isCurrent(f));
    // A supply recorded without a quantity meets an unknown part of the need: no demand can be stated.
    if (inflows.some((f) => f.internal && !f.measured)) continue;
    const internal = sumFlows(
      inflows,
      (f) => f.internal && f.flow.from !== enterprise && context.operating.has(f.flow.from),
    );
    const imported = sumFlows(inflows, (f) => f.flow.from === '@supply');
    const declared = context.inputs.get(enterprise)?.get(materialId);
    const need =
      declared === undefined
        ? imported
        : Math.max(
            needOf({ declared, inHouse: inHouse(context, enterprise, materialId, 'inputs'), exchanged: internal }),
            0,
          );
    if (need > 0) out.push({ enterprise, quantity: need });
  }
  return out;
}

/** Great-circle distance (haversine, mean Earth radius 6 371 km). */
export function distanceKm(a: Location | undefined, b: Location | undefined): number | undefined {
  if (!a || !b) return undefined;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function exchangeMatrix(context: AnalysisContext): ClusterExchange[] {
  const cells = new Map<string, { flows: number; mass: number }>();
  for (const f of context.flows) {
    if (!f.internal || !isCurrent(f)) continue;
    const from = context.index.enterprises.get(f.flow.from)?.cluster;
    const to = context.index.enterprises.get(f.flow.to)?.cluster;
    if (from === undefined || to === undefined) continue;
    const key = `${from}\u0000${to}`;
    const cell = cells.get(key) ?? { flows: 0, mass: 0 };
    const mass =
      findUnit(f.material.unit)?.dimension === 'mass' ? (convertQuantity(f.quantity, f.material.unit, 't/a') ?? 0) : 0;
    cells.set(key, { flows: cell.flows + 1, mass: cell.mass + mass });
  }
  const clusters = context.model.clusters.map((c) => c.id);
  return clusters.flatMap((from) =>
    clusters.map((to) => ({ from, to, ...(cells.get(`${from}\u0000${to}`) ?? { flows: 0, mass: 0 }) })),
  );
}
