/**
 * Sizing a gap-filling project to the park (domain.md §4.6): which scale,
 * where each input comes from and where each output goes, as a change set
 * that `applyScenario` builds exactly as the ranking evaluated it.
 *
 * - Feedstock must exist. The plant is sized to what the park throws away
 *   of its reference material (sent to disposal or unaccounted for: nobody
 *   uses it), up to one typical plant; failing that, to what park
 *   enterprises need of its products; failing that, to what park
 *   enterprises now sell out of the park (the plant would buy it, and no
 *   circularity is credited for material that already has a user).
 * - It never counts a quantity that already has a user: supplies are taken
 *   from what goes to disposal or nowhere, and only the reference input is
 *   also bought from park enterprises that now sell it out of the park
 *   (rather than imported), with no circularity credited for it.
 * - What the park cannot give is bought from outside where it can be
 *   (grid electricity, lime …) and said so; what cannot be bought (steam,
 *   heat) with no spare in the park is an unmet requirement.
 * - Outputs go to park enterprises that need them or have spare capacity
 *   to treat them (wastewater to the wastewater plant), then products to
 *   the market and wastes to disposal — the plant's own new wastes count.
 */
import type { Technology, TechnologyCatalogue } from '../catalogue/schema.ts';
import type { BilingualMessage } from '../model/problems.ts';
import type { CapacityRating, Material } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';
import { tidy } from '../scenario/allocation.ts';
import type { ChangeSet, ProjectDelivery, ProjectSupply } from '../scenario/changeSet.ts';
import { balanceCapacity } from './capacityBalance.ts';
import { intakeOf, isImportable, mobilityOf, outputPlacement, type AnalysisContext } from './context.ts';
import { materialDemands } from './couplingGaps.ts';
import { inBothLanguages, message } from '../text/message.ts';

/** Why the plant has the size it has. */
export type ProjectBasis = 'park-waste' | 'park-demand' | 'park-sold';

export interface PlannedSource {
  /** An enterprise, or `@supply`. */
  readonly from: string;
  readonly quantity: number;
  /** `free`: it went to disposal or nowhere; `sold`: it was sold out of the park; `import`: bought from outside. */
  readonly kind: 'free' | 'sold' | 'import';
}

/** How one input of the plant is met, in the park model's unit for the material. */
export interface ProjectRequirement {
  readonly material: string;
  readonly quantity: number;
  readonly unit: string;
  readonly sources: readonly PlannedSource[];
  /** What nobody can give: the material cannot be bought from outside and the park has none to spare. */
  readonly unmet: number;
  /**
   * When something is unmet: park plants whose supply capacity has room for it beyond what they deliver
   * (a CHP below its nameplate). The plan does not draw on it — the plant has not declared it for sale —
   * but the explanation names it as the thing to negotiate.
   */
  readonly spareSupply: readonly {
    readonly enterprise: string;
    readonly spare: number;
    readonly rating: CapacityRating;
  }[];
}

/** Where one output of the plant goes. */
export interface ProjectOutlet {
  readonly material: string;
  readonly quantity: number;
  readonly unit: string;
  /** Park enterprises (a taker that needs it or a plant with room to treat it) and boundary actors. */
  readonly destinations: readonly { readonly to: string; readonly quantity: number }[];
}

export interface ProjectPlan {
  readonly enterpriseId: string;
  readonly technology: string;
  /** Yearly throughput of the reference material, in the catalogue's unit for it. */
  readonly scale: number;
  readonly unit: string;
  readonly basis: ProjectBasis;
  readonly changeSet: ChangeSet;
  /** Park enterprises that would supply the plant or take its outputs. */
  readonly partners: readonly string[];
  readonly requirements: readonly ProjectRequirement[];
  readonly outlets: readonly ProjectOutlet[];
}

export type PlanOutcome =
  { readonly ok: true; readonly plan: ProjectPlan } | { readonly ok: false; readonly reason: BilingualMessage };

const supplyBalances = new WeakMap<AnalysisContext, ReturnType<typeof balanceCapacity>>();

/** Park plants with supply capacity to spare for a material (capacity balance), largest first. */
function spareSupplyOf(context: AnalysisContext, material: string): ProjectRequirement['spareSupply'] {
  let balances = supplyBalances.get(context);
  if (!balances) supplyBalances.set(context, (balances = balanceCapacity(context)));
  const balance = balances.find((b) => b.material === material && b.service === 'supply');
  return (balance?.plants ?? [])
    .filter((p) => p.spare > 0)
    .map((p) => ({ enterprise: p.enterprise, spare: p.spare, rating: p.rating ?? 'nameplate' }))
    .sort((a, b) => b.spare - a.spare);
}

interface Available {
  readonly enterprise: string;
  readonly quantity: number;
}

export function planProject(
  context: AnalysisContext,
  catalogue: TechnologyCatalogue,
  technology: Technology,
): PlanOutcome {
  const materialOf = (id: string): Material | undefined =>
    context.index.materials.get(id) ?? catalogue.materials.find((m) => m.id === id);
  const catalogueUnit = (id: string) => catalogue.materials.find((m) => m.id === id)?.unit ?? materialOf(id)?.unit;
  // Catalogue ratios are in the catalogue's units; the park may state the same material in another.
  const toModel = (id: string, quantity: number) => {
    const material = materialOf(id);
    const from = catalogueUnit(id);
    return material && from ? (convertQuantity(quantity, from, material.unit, material) ?? 0) : 0;
  };
  const toCatalogue = (id: string, quantity: number) => {
    const material = materialOf(id);
    const to = catalogueUnit(id);
    return material && to ? (convertQuantity(quantity, material.unit, to, material) ?? 0) : 0;
  };
  const free = (id: string) => available(context, id, 'free');
  const sold = (id: string) => available(context, id, 'sold');
  const total = (list: readonly Available[]) => list.reduce((s, a) => s + a.quantity, 0);

  const reference = technology.reference;
  const freeScale = toCatalogue(reference, total(free(reference)));
  const demandScale = Math.max(
    0,
    ...technology.outputs.map(
      (o) => toCatalogue(o.material, total(takersOf(context, o.material, technology))) / o.ratio,
    ),
  );
  const soldScale = toCatalogue(reference, total(sold(reference)));
  const [basis, wanted]: [ProjectBasis, number] =
    freeScale > 0
      ? ['park-waste', freeScale]
      : demandScale > 0
        ? ['park-demand', demandScale]
        : ['park-sold', soldScale];
  if (!(wanted > 0)) {
    return {
      ok: false,
      reason: inBothLanguages((l) =>
        message(l, 'project:noFeedstock', { material: materialOf(reference)?.name[l] ?? reference }),
      ),
    };
  }
  const scale = tidy(Math.min(wanted, technology.typicalCapacity));
  const enterpriseId = `project-${technology.id}`.slice(0, 120);

  const supplies: ProjectSupply[] = [];
  const requirements = mergeRatios(technology.inputs).map(([id, ratio]): ProjectRequirement => {
    const material = materialOf(id)!;
    const need = tidy(toModel(id, ratio * scale));
    const sources: PlannedSource[] = [];
    let left = need;
    const take = (list: readonly Available[], kind: PlannedSource['kind']) => {
      for (const a of [...list].sort((x, y) => y.quantity - x.quantity || (x.enterprise < y.enterprise ? -1 : 1))) {
        if (left <= 0) break;
        const quantity = tidy(Math.min(left, a.quantity));
        if (quantity <= 0) continue;
        sources.push({ from: a.enterprise, quantity, kind });
        supplies.push({ from: a.enterprise, material: id, quantity });
        left = tidy(left - quantity);
      }
    };
    if (context.index.materials.has(id)) {
      take(free(id), 'free');
      // The park's own feedstock, now sold out of the park, before imports: bought from its seller, with no
      // circularity credited for it (it already has a user).
      if (id === reference) take(sold(id), 'sold');
    }
    let unmet = 0;
    if (left > 0 && (isImportable(material) || mobilityOf(material) === 'networked')) {
      sources.push({ from: '@supply', quantity: left, kind: 'import' });
      supplies.push({ from: '@supply', material: id, quantity: left });
    } else if (left > 0) unmet = left;
    const spareSupply = unmet > 0 ? spareSupplyOf(context, id) : [];
    return { material: id, quantity: need, unit: material.unit, sources, unmet, spareSupply };
  });

  const deliveries: ProjectDelivery[] = [];
  const outlets = mergeRatios(technology.outputs).map(([id, ratio]): ProjectOutlet => {
    const material = materialOf(id)!;
    const amount = tidy(toModel(id, ratio * scale));
    const destinations: { to: string; quantity: number }[] = [];
    let left = amount;
    const give = (to: string, room: number) => {
      const quantity = tidy(Math.min(left, room));
      if (quantity <= 0) return;
      destinations.push({ to, quantity });
      deliveries.push({ to, material: id, quantity });
      left = tidy(left - quantity);
    };
    if (context.index.materials.has(id)) {
      for (const a of takersOf(context, id, technology)) give(a.enterprise, a.quantity);
      for (const a of treatmentRoom(context, id)) give(a.enterprise, a.quantity);
    }
    if (left > 0) give(boundaryOutlet(material), left);
    return { material: id, quantity: amount, unit: material.unit, destinations };
  });

  const partners = [
    ...new Set([...supplies.map((s) => s.from), ...deliveries.map((d) => d.to)].filter((p) => !p.startsWith('@'))),
  ].sort();
  const changeSet: ChangeSet = {
    id: `p-${technology.id}`.slice(0, 96),
    name: technology.name,
    changes: [
      {
        kind: 'build-project',
        technology: technology.id,
        enterprise: { id: enterpriseId, cluster: mostConnectedCluster(context, partners) },
        scale,
        supplies,
        deliveries,
      },
    ],
  };
  return {
    ok: true,
    plan: {
      enterpriseId,
      technology: technology.id,
      scale,
      unit: catalogueUnit(reference) ?? '',
      basis,
      changeSet,
      partners,
      requirements,
      outlets,
    },
  };
}

/** A catalogue may list a material twice on one side: one amount per material, in list order. */
function mergeRatios(list: Technology['inputs']): [string, number][] {
  const ratios = new Map<string, number>();
  for (const s of list) ratios.set(s.material, (ratios.get(s.material) ?? 0) + s.ratio);
  return [...ratios];
}

/** What counted producers throw away (`free`: to disposal or unaccounted) or sell out of the park (`sold`). */
function available(context: AnalysisContext, material: string, kind: 'free' | 'sold'): Available[] {
  const out: Available[] = [];
  for (const enterprise of context.producers.get(material) ?? []) {
    const p = outputPlacement(context, enterprise, material);
    const quantity = kind === 'free' ? p.disposal + p.unaccounted : p.market;
    if (quantity > 0) out.push({ enterprise, quantity });
  }
  return out;
}

/** Park enterprises that need the material from outside the park and declare it (so a delivery can be planned). */
function takersOf(context: AnalysisContext, material: string, technology: Technology): Available[] {
  if (mobilityOf(context.index.materials.get(material)) === 'networked') return [];
  // A plant's own feedstock is not a market for its products.
  if (technology.inputs.some((i) => i.material === material)) return [];
  return materialDemands(context, material).filter(
    (d) => context.inputs.get(d.enterprise)?.has(material) || context.capacities.get(d.enterprise)?.has(material),
  );
}

/**
 * Park plants with a capacity to treat the material and room left in it (e.g.
 * the wastewater plant). A capacity to supply it (a CHP's steam) is no room
 * to take it: such a plant hands the material out.
 */
function treatmentRoom(context: AnalysisContext, material: string): Available[] {
  const out: Available[] = [];
  for (const enterprise of context.operating) {
    const capacity = context.capacities.get(enterprise)?.get(material);
    if (capacity === undefined) continue;
    const handsOut = (context.outputs.get(enterprise)?.get(material) ?? 0) > 0;
    if (handsOut && !context.inputs.get(enterprise)?.has(material)) continue;
    const room = capacity - intakeOf(context, enterprise, material).total;
    if (room > 0) out.push({ enterprise, quantity: room });
  }
  return out.sort((a, b) => b.quantity - a.quantity || (a.enterprise < b.enterprise ? -1 : 1));
}

/** Where an output nobody in the park takes goes: products and grid power are sold, the rest is disposed of. */
function boundaryOutlet(material: Material): '@market' | '@disposal' {
  if (material.category === 'product' || material.category === 'service') return '@market';
  if (material.category === 'energy' && mobilityOf(material) === 'networked') return '@market';
  return '@disposal';
}

/** The cluster most of the plant's partners belong to (the first cluster when it has none). */
function mostConnectedCluster(context: AnalysisContext, partners: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const p of partners) {
    const cluster = context.index.enterprises.get(p)?.cluster;
    if (cluster) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? context.model.clusters[0]?.id ?? 'projects';
}
