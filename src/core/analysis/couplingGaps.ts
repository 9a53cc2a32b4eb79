/**
 * Coupling gaps (domain.md §4.4): (a) direct matches — A has a surplus of X,
 * B needs X from outside, and no flow A → B carries it; (b) the cluster ×
 * cluster exchange matrix, with complementary but unconnected cluster pairs
 * flagged. Matching is indexed by material: only suppliers and demanders of
 * the same material are ever paired.
 */
import type { Location } from '../model/types.ts';
import { localize } from '../model/labels.ts';
import { convertQuantity, findUnit } from '../model/units.ts';
import { inHouse, isCurrent, sumFlows, type AnalysisContext } from './context.ts';
import { findingId, type Finding } from './finding.ts';
import { actorName, bilingual, formatQuantity, materialName } from './text.ts';

export interface CouplingOptions {
  /** How many suppliers to propose for each enterprise's unmet demand of a material. */
  readonly maxCandidatesPerDemand?: number;
}

export const DEFAULT_COUPLING_OPTIONS = { maxCandidatesPerDemand: 3 } as const satisfies CouplingOptions;

export interface CouplingMatch {
  readonly supplier: string;
  readonly consumer: string;
  readonly material: string;
  readonly surplus: number;
  readonly demand: number;
  /** min(surplus, demand), in the material's unit. */
  readonly matchable: number;
  readonly unit: string;
  readonly distanceKm?: number;
  /** A planned or potential flow already proposes this link. */
  readonly alreadyProposed: boolean;
}

export interface ClusterExchange {
  readonly from: string;
  readonly to: string;
  readonly flows: number;
  /** Mass carried, t/a (flows in other dimensions are counted, not added). */
  readonly mass: number;
}

export interface CouplingResult {
  readonly matches: readonly CouplingMatch[];
  readonly clusterMatrix: readonly ClusterExchange[];
  readonly findings: readonly Finding[];
}

export function findCouplingGaps(context: AnalysisContext, options: CouplingOptions = {}): CouplingResult {
  const k = options.maxCandidatesPerDemand ?? DEFAULT_COUPLING_OPTIONS.maxCandidatesPerDemand;
  const matches: CouplingMatch[] = [];
  for (const material of context.model.materials) {
    const suppliers = materialSurpluses(context, material.id);
    if (suppliers.length === 0) continue;
    for (const { enterprise: consumer, quantity: demand } of materialDemands(context, material.id)) {
      const linked = new Set(
        (context.flowsTo.get(consumer) ?? [])
          .filter((f) => f.material.id === material.id && isCurrent(f))
          .map((f) => f.flow.from),
      );
      const proposed = new Set(
        (context.flowsTo.get(consumer) ?? [])
          .filter((f) => f.material.id === material.id && !isCurrent(f))
          .map((f) => f.flow.from),
      );
      const here = context.index.enterprises.get(consumer)?.location;
      const candidates = suppliers
        .filter((s) => s.enterprise !== consumer && !linked.has(s.enterprise))
        .map((s) => ({ ...s, distanceKm: distanceKm(context.index.enterprises.get(s.enterprise)?.location, here) }))
        .sort(
          (a, b) =>
            (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
            b.quantity - a.quantity ||
            (a.enterprise < b.enterprise ? -1 : 1),
        )
        .slice(0, k);
      for (const s of candidates) {
        matches.push({
          supplier: s.enterprise,
          consumer,
          material: material.id,
          surplus: s.quantity,
          demand,
          matchable: Math.min(s.quantity, demand),
          unit: material.unit,
          ...(s.distanceKm === undefined ? {} : { distanceKm: s.distanceKm }),
          alreadyProposed: proposed.has(s.enterprise),
        });
      }
    }
  }
  const clusterMatrix = exchangeMatrix(context);
  return {
    matches,
    clusterMatrix,
    findings: [
      ...matches.map((m) => matchFinding(context, m)),
      ...weakCouplingFindings(context, matches, clusterMatrix),
    ],
  };
}

export interface Amount {
  readonly enterprise: string;
  readonly quantity: number;
}

/** Declared output not already taken by operating enterprises in the park. */
export function materialSurpluses(context: AnalysisContext, materialId: string): Amount[] {
  const out: Amount[] = [];
  for (const enterprise of context.producers.get(materialId) ?? []) {
    const declared = context.outputs.get(enterprise)?.get(materialId);
    if (!declared) continue;
    const taken = sumFlows(
      context.flowsFrom.get(enterprise),
      (f) => f.material.id === materialId && isCurrent(f) && f.internal && context.operating.has(f.flow.to),
    );
    const surplus = declared - taken - inHouse(context, enterprise, materialId, 'outputs');
    if (surplus > 0) out.push({ enterprise, quantity: surplus });
  }
  return out;
}

/** Need not met from inside the park: declared input less internal supply, or else what is imported. */
export function materialDemands(context: AnalysisContext, materialId: string): Amount[] {
  const out: Amount[] = [];
  // Those who declare it as input, then those who only import it, in model order.
  const importers = (context.flowsByMaterial.get(materialId) ?? [])
    .filter((f) => f.flow.from === '@supply' && context.operating.has(f.flow.to))
    .map((f) => f.flow.to);
  const candidates = [...new Set([...(context.consumers.get(materialId) ?? []), ...importers])];
  for (const enterprise of candidates) {
    const inflows = (context.flowsTo.get(enterprise) ?? []).filter((f) => f.material.id === materialId && isCurrent(f));
    const internal = sumFlows(inflows, (f) => f.internal && context.operating.has(f.flow.from));
    const imported = sumFlows(inflows, (f) => f.flow.from === '@supply');
    const declared = context.inputs.get(enterprise)?.get(materialId);
    const need =
      declared === undefined
        ? imported
        : Math.max(declared - internal - inHouse(context, enterprise, materialId, 'inputs'), 0);
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

function matchFinding(context: AnalysisContext, m: CouplingMatch): Finding {
  const category = context.index.materials.get(m.material)?.category;
  return {
    id: findingId('coupling-match', m.supplier, m.consumer, m.material),
    kind: 'coupling-match',
    severity: m.alreadyProposed ? 'low' : category === 'waste' || category === 'by-product' ? 'high' : 'medium',
    enterprises: [m.supplier, m.consumer],
    materials: [m.material],
    flows: [],
    quantity: m.matchable,
    unit: m.unit,
    details: { surplus: m.surplus, demand: m.demand, distanceKm: m.distanceKm, alreadyProposed: m.alreadyProposed },
    reason: bilingual((l) => {
      const [a, b, x] = [
        actorName(context, m.supplier, l),
        actorName(context, m.consumer, l),
        materialName(context, m.material, l),
      ];
      const q = formatQuantity(m.matchable, m.unit, l);
      const far =
        m.distanceKm === undefined
          ? ''
          : l === 'zh'
            ? `,相距约 ${m.distanceKm.toFixed(1)} 公里`
            : `, about ${m.distanceKm.toFixed(1)} km apart`;
      return l === 'zh'
        ? `「${a}」有富余的${x},「${b}」需要从园区外获得,两者尚未对接:每年可匹配约 ${q}${far}。`
        : `${a} has surplus ${x} that ${b} gets from outside the park, but they are not linked: about ${q} could be matched${far}.`;
    }),
  };
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

/** Cluster pairs with matchable supply and demand but not a single flow between them. */
function weakCouplingFindings(
  context: AnalysisContext,
  matches: readonly CouplingMatch[],
  matrix: readonly ClusterExchange[],
): Finding[] {
  const connected = new Set(matrix.filter((c) => c.flows > 0).map((c) => `${c.from}\u0000${c.to}`));
  const pairs = new Map<string, CouplingMatch[]>();
  for (const m of matches) {
    const from = context.index.enterprises.get(m.supplier)?.cluster;
    const to = context.index.enterprises.get(m.consumer)?.cluster;
    if (from === undefined || to === undefined || from === to || connected.has(`${from}\u0000${to}`)) continue;
    pairs.set(`${from}\u0000${to}`, [...(pairs.get(`${from}\u0000${to}`) ?? []), m]);
  }
  return [...pairs].map(([key, list]) => {
    const [from, to] = key.split('\u0000') as [string, string];
    const name = (id: string, l: 'zh' | 'en') =>
      localize(context.model.clusters.find((c) => c.id === id)?.name, l) || id;
    const materials = [...new Set(list.map((m) => m.material))].sort();
    return {
      id: findingId('weak-coupling', from, to),
      kind: 'weak-coupling',
      severity: 'medium',
      enterprises: [...new Set(list.flatMap((m) => [m.supplier, m.consumer]))].sort(),
      materials,
      flows: [],
      details: { fromCluster: from, toCluster: to, matches: list.length },
      reason: bilingual((l) =>
        l === 'zh'
          ? `「${name(from, l)}」与「${name(to, l)}」之间没有任何物质交换,但前者富余、后者外购的物料有 ${materials.length} 种(${materials.map((m) => materialName(context, m, l)).join('、')})。`
          : `${name(from, l)} sends nothing to ${name(to, l)}, yet ${materials.length} materials that the first has in surplus the second buys from outside (${materials.map((m) => materialName(context, m, l)).join(', ')}).`,
      ),
    };
  });
}
