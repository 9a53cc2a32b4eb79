/**
 * Capacity balance (domain.md §4.5): for each waste or by-product that some
 * plant treats or uses, and each utility service a plant supplies, the
 * park's generation (or demand) against what the plants in the park can
 * take (or give) — the survey's "disposal capacity does not match demand"
 * (处置能力与需求不匹配).
 *
 * A plant's load is what it really takes in: receipts from park partners,
 * what it buys from outside and its own in-house stream (or its declared
 * input when that is larger), of the material and of the materials its
 * capacity `covers`. Its use and spare capacity are read off that load, as a
 * manager would read them off the plant. A supply capacity is what the plant
 * delivers (to anyone) against its capacity, which is a nameplate rating or
 * a sellable amount; only a sellable capacity is offered as spare.
 * Networked utilities (grid electricity) have no park balance: any user draws
 * from the grid.
 */
import type { CapacityRating } from '../model/types.ts';
import { inHouse, intakeOf, mobilityOf, outputPlacement, type AnalysisContext } from './context.ts';
import { capacityFindings, type CapacityOptions } from './capacityFindings.ts';
import type { Finding } from './finding.ts';

export interface PlantLoad {
  readonly enterprise: string;
  readonly capacity: number;
  /** Treatment: everything it takes in (of the material and what its capacity covers); supply: everything it delivers. */
  readonly load: number;
  /** Treatment only: the parts of `load` from park partners, bought in, and in-house. */
  readonly fromPark: number;
  readonly boughtIn: number;
  readonly inHouse: number;
  /** load / capacity; null when the capacity is 0, or when some receipt (or delivery) gives no quantity. */
  readonly utilisation: number | null;
  /** capacity − load, never below 0; 0 when the load is not known (a structural exchange among the receipts). */
  readonly spare: number;
  /** Receipts (treatment) or deliveries (supply) recorded without a quantity: `load` is then a lower bound. */
  readonly unmeasured: number;
  /** Supply only: nameplate or sellable (unstated counts as nameplate: it cannot be offered to others unchecked). */
  readonly rating?: CapacityRating;
  /** Other materials the capacity takes (see `Stream.covers`). */
  readonly covers: readonly string[];
}

export interface CapacityBalance {
  readonly material: string;
  /** `treatment`: the park generates it and plants treat or use it; `supply`: plants supply it to the park. */
  readonly service: 'treatment' | 'supply';
  readonly hazardous: boolean;
  /**
   * Treatment: generated per year by counted enterprises (declared outputs, less their in-house part);
   * supply: needed per year by the other counted enterprises (declared inputs, less in-house).
   */
  readonly generated: number;
  /**
   * Treatment: the part of `generated` that leaves to disposal or is not accounted for (what the park
   * fails to treat or use; sales out of the park are a use). Supply: demand no park plant supplies.
   */
  readonly unplaced: number;
  /** The part of `unplaced` nothing at all accounts for (treatment only). */
  readonly unplacedUnaccounted: number;
  /** Treatment only: the producers whose output makes up `unplaced`, with their part. */
  readonly unplacedBy: readonly { readonly enterprise: string; readonly quantity: number }[];
  /** Σ capacity and Σ load of the plants. */
  readonly capacity: number;
  readonly load: number;
  /** load / capacity; null when there is no capacity. */
  readonly utilisation: number | null;
  /** Σ spare of the plants (for supply: of sellable capacities only). */
  readonly spare: number;
  readonly unit: string;
  readonly plants: readonly PlantLoad[];
  /** Enterprises that generate (treatment) or need (supply) it. */
  readonly users: readonly string[];
  /** Supply: `sellable` when every plant's capacity is sellable, else `nameplate`. */
  readonly rating?: CapacityRating;
}

export interface CapacityResult {
  readonly balances: readonly CapacityBalance[];
  readonly findings: readonly Finding[];
}

/**
 * `covered`: materials whose park balance an open-end finding already
 * states (one producer is the whole of what leaves the park): they get no
 * separate missing, shortfall or idle finding — one stream, one finding.
 */
export function analyzeCapacity(
  context: AnalysisContext,
  options: Partial<CapacityOptions> = {},
  covered: ReadonlySet<string> = new Set(),
): CapacityResult {
  const balances = balanceCapacity(context);
  return { balances, findings: capacityFindings(context, balances, options, covered) };
}

/** The balance of every material some plant treats or supplies (and of every waste), hazardous first. */
export function balanceCapacity(context: AnalysisContext): CapacityBalance[] {
  const holders = capacityHolders(context);
  const balances: CapacityBalance[] = [];
  for (const material of context.model.materials) {
    // Products and services are business, not capacity; networked utilities have no park balance.
    if (material.category === 'product' || material.category === 'service') continue;
    if (mobilityOf(material) === 'networked') continue;
    const plants = holders.get(material.id) ?? [];
    if (plants.length === 0 && material.category !== 'waste' && material.hazardousWasteCode === undefined) continue;
    // A plant that hands the material out and takes none in supplies it (a CHP's steam); one that takes
    // it in treats it, even if it also puts the same material out (a scrap yard sorting scrap).
    const supply = plants.some(
      (p) =>
        (context.outputs.get(p.enterprise)?.get(material.id) ?? 0) >
          inHouse(context, p.enterprise, material.id, 'outputs') && !context.inputs.get(p.enterprise)?.has(material.id),
    );
    const balance = supply
      ? supplyBalance(context, material.id, plants)
      : treatmentBalance(context, material.id, plants);
    if (balance.generated === 0 && balance.capacity === 0) continue;
    balances.push(balance);
  }
  return balances.sort(
    (a, b) =>
      Number(b.hazardous) - Number(a.hazardous) || b.unplaced - a.unplaced || (a.material < b.material ? -1 : 1),
  );
}

interface Holder {
  readonly enterprise: string;
  readonly capacity: number;
  readonly covers: readonly string[];
  readonly rating?: CapacityRating;
}

/** Counted enterprises with a capacity for each material, in model order. */
function capacityHolders(context: AnalysisContext): Map<string, Holder[]> {
  const byMaterial = new Map<string, Holder[]>();
  for (const e of context.model.enterprises) {
    if (!context.operating.has(e.id)) continue;
    for (const stream of e.capacities) {
      const capacity = context.capacities.get(e.id)?.get(stream.material) ?? 0;
      const holder: Holder = {
        enterprise: e.id,
        capacity,
        covers: stream.covers ?? [],
        ...(stream.rating ? { rating: stream.rating } : {}),
      };
      byMaterial.set(stream.material, [...(byMaterial.get(stream.material) ?? []), holder]);
    }
  }
  return byMaterial;
}

function treatmentBalance(context: AnalysisContext, material: string, holders: readonly Holder[]): CapacityBalance {
  const producers = (context.producers.get(material) ?? []).filter(
    (e) => (context.outputs.get(e)?.get(material) ?? 0) > 0,
  );
  let generated = 0;
  let unplaced = 0;
  let unaccounted = 0;
  const unplacedBy: { enterprise: string; quantity: number }[] = [];
  for (const producer of producers) {
    const placement = outputPlacement(context, producer, material);
    generated += placement.declared - placement.inHouse;
    const lost = placement.disposal + placement.unaccounted;
    unplaced += lost;
    unaccounted += placement.unaccounted;
    if (lost > 0) unplacedBy.push({ enterprise: producer, quantity: lost });
  }
  const plants = holders.map((h): PlantLoad => {
    const intakes = [material, ...h.covers].map((m) => intakeOf(context, h.enterprise, m));
    const sum = (pick: (i: (typeof intakes)[number]) => number) => intakes.reduce((s, i) => s + pick(i), 0);
    const load = sum((i) => i.total);
    const unmeasured = sum((i) => i.unmeasured);
    return {
      enterprise: h.enterprise,
      capacity: h.capacity,
      load,
      fromPark: sum((i) => i.fromPark),
      boughtIn: sum((i) => i.boughtIn),
      inHouse: sum((i) => i.inHouse),
      ...loadShare(h.capacity, load, unmeasured),
      covers: h.covers,
    };
  });
  return {
    ...totals(context, material, 'treatment', generated, unplaced, plants, producers),
    unplacedUnaccounted: unaccounted,
    unplacedBy,
  };
}

function supplyBalance(context: AnalysisContext, material: string, holders: readonly Holder[]): CapacityBalance {
  const suppliers = new Set(holders.map((h) => h.enterprise));
  const users = (context.consumers.get(material) ?? []).filter((e) => !suppliers.has(e));
  let generated = 0;
  let unplaced = 0;
  for (const user of users) {
    const intake = intakeOf(context, user, material);
    const need = (context.inputs.get(user)?.get(material) ?? 0) - intake.inHouse;
    generated += need;
    unplaced += Math.max(0, need - intake.fromPark);
  }
  const plants = holders.map((h): PlantLoad => {
    const placement = outputPlacement(context, h.enterprise, material);
    const load = placement.internal + placement.market + placement.inHouse;
    const unmeasured = placement.unmeasured.internal + placement.unmeasured.market;
    return {
      enterprise: h.enterprise,
      capacity: h.capacity,
      load,
      fromPark: 0,
      boughtIn: 0,
      inHouse: placement.inHouse,
      ...loadShare(h.capacity, load, unmeasured),
      rating: h.rating ?? 'nameplate',
      covers: h.covers,
    };
  });
  const balance = totals(context, material, 'supply', generated, unplaced, plants, users);
  const sellable = plants.every((p) => p.rating === 'sellable');
  return {
    ...balance,
    rating: sellable ? 'sellable' : 'nameplate',
    spare: plants.filter((p) => p.rating === 'sellable').reduce((s, p) => s + p.spare, 0),
  };
}

/** Use and room of a plant; unknown (null, no room offered) when a receipt or delivery gives no quantity. */
function loadShare(capacity: number, load: number, unmeasured: number) {
  const known = unmeasured === 0;
  return {
    utilisation: known && capacity > 0 ? load / capacity : null,
    spare: known ? Math.max(0, capacity - load) : 0,
    unmeasured,
  };
}

function totals(
  context: AnalysisContext,
  material: string,
  service: CapacityBalance['service'],
  generated: number,
  unplaced: number,
  plants: readonly PlantLoad[],
  users: readonly string[],
): CapacityBalance {
  // Supply balances have no unaccounted part; treatment balances set it after.
  const m = context.index.materials.get(material)!;
  const capacity = plants.reduce((s, p) => s + p.capacity, 0);
  const load = plants.reduce((s, p) => s + p.load, 0);
  return {
    material,
    service,
    hazardous: m.hazardousWasteCode !== undefined,
    generated,
    unplaced,
    unplacedUnaccounted: 0,
    unplacedBy: [],
    capacity,
    load,
    utilisation: capacity > 0 ? load / capacity : null,
    spare: plants.reduce((s, p) => s + p.spare, 0),
    unit: m.unit,
    plants,
    users: [...users],
  };
}
