/**
 * What the recycling loops run through: for the cycles `findCycles` listed,
 * which material categories and materials carry their links, which actors
 * they pass through most, and how many of them the flow-based metrics can
 * see at all (every link carried by a flow in the commensurable unit).
 *
 * A link i → j of F may be carried by several flows (steam and reclaimed
 * water between the same pair). A cycle *uses* a category when one of its
 * links is carried by a flow of that category; it *needs* the category when
 * one of its links is carried by that category only (remove those flows and
 * the loop is gone). A cycle is *commensurable* when each of its links is
 * carried by at least one flow whose unit converts to the flow metrics'
 * unit: only those loops can raise the Finn cycling index.
 *
 * Only the listed cycles are counted: when the search stopped at
 * `maxCycles`, the figures describe that list, not every loop. Work is
 * bounded too: cycles are described in list order (shortest first) until
 * their links add up to `maxSteps` (the 20 000-actor benchmark's loops have
 * ~10 000 actors each); `truncated` says either happened.
 */
import { MATERIAL_CATEGORIES } from '../../model/schema.ts';
import { indexedModel, type ModelInput } from '../../model/lookup.ts';
import type { MaterialCategory } from '../../model/types.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import { selectInternalFlows, type ActorNetwork } from './actors.ts';
import type { Cycles } from './cycles.ts';
import { convertsTo } from './flowMatrix.ts';
import { compareIds } from './shared.ts';

export interface CycleComposition {
  /** Cycles described: the listed ones, or the first of them when the step budget ran out. */
  readonly cycles: number;
  /** True when the cycle list stopped at its limit or the budget did: the counts are over the first cycles only. */
  readonly truncated: boolean;
  readonly unit: string;
  /** Cycles whose every link carries a flow in `unit`: the loops the flow-based metrics see. */
  readonly commensurable: number;
  /** Per category used by some cycle: cycles using it, and cycles needing it; most used first. */
  readonly categories: readonly {
    readonly category: MaterialCategory;
    readonly cycles: number;
    readonly essential: number;
  }[];
  /** The materials on most cycles (at most `top`), most first, ties by id. */
  readonly materials: readonly { readonly material: string; readonly cycles: number }[];
  /** The actors most cycles pass through (at most `top`), most first, ties by id. */
  readonly actors: readonly { readonly id: string; readonly cycles: number }[];
}

export interface CycleCompositionOptions {
  /** How many materials and actors to name. */
  readonly top: number;
  /** Links walked, summed over the cycles described, before stopping. */
  readonly maxSteps: number;
}

/**
 * The defaults of `describeCycles`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_CYCLE_COMPOSITION_OPTIONS: CycleCompositionOptions = Object.freeze({
  top: 5,
  maxSteps: 2_000_000,
});

export function describeCycles(
  input: ModelInput,
  network: ActorNetwork,
  cycles: Cycles,
  unit: string,
  options: Partial<CycleCompositionOptions> = {},
): CycleComposition {
  const { top, maxSteps } = withDefaults(DEFAULT_CYCLE_COMPOSITION_OPTIONS, options);
  // What carries each link of F, by its position in the out-adjacency (CSR): category bits
  // (bit c for MATERIAL_CATEGORIES[c]), whether a flow in `unit` carries it, and its materials.
  const { out } = network;
  const links = out.targets.length;
  const bit = new Map(MATERIAL_CATEGORIES.map((c, i) => [c, 1 << i]));
  const categoriesOf = new Int32Array(links);
  const commensurableLink = new Uint8Array(links);
  const materialIndex = new Map<string, number>();
  const materialIds: string[] = [];
  const materialsOf: number[][] = Array.from({ length: links }, () => []);
  for (const { flow, material, from, to } of selectInternalFlows(
    indexedModel(input),
    network.indexOf,
    network.options,
  )) {
    const k = linkPosition(network, from, to);
    categoriesOf[k]! |= bit.get(material.category)!;
    if (convertsTo(material, unit)) commensurableLink[k] = 1;
    let m = materialIndex.get(flow.material);
    if (m === undefined) {
      m = materialIds.length;
      materialIndex.set(flow.material, m);
      materialIds.push(flow.material);
    }
    if (!materialsOf[k]!.includes(m)) materialsOf[k]!.push(m);
  }
  const uses = new Int32Array(MATERIAL_CATEGORIES.length);
  const needs = new Int32Array(MATERIAL_CATEGORIES.length);
  const onMaterial = new Int32Array(materialIds.length);
  const seenInCycle = new Int32Array(materialIds.length).fill(-1);
  const onActor = new Int32Array(network.actors.length);
  let commensurable = 0;
  let steps = 0;
  let described = 0;
  for (const [c, cycle] of cycles.cycles.entries()) {
    if (steps + cycle.length > maxSteps) break;
    steps += cycle.length;
    described++;
    let used = 0;
    let needed = 0;
    let seen = true;
    let from = network.indexOf.get(cycle[0]!)!;
    for (let i = 0; i < cycle.length; i++) {
      const to = network.indexOf.get(cycle[(i + 1) % cycle.length]!)!;
      onActor[from]!++;
      const k = linkPosition(network, from, to);
      const categories = categoriesOf[k]!;
      used |= categories;
      // A single category bit: the link exists only through that category.
      if ((categories & (categories - 1)) === 0) needed |= categories;
      if (commensurableLink[k] === 0) seen = false;
      for (const m of materialsOf[k]!) {
        if (seenInCycle[m] === c) continue;
        seenInCycle[m] = c;
        onMaterial[m]!++;
      }
      from = to;
    }
    if (seen) commensurable++;
    for (let b = 0; b < MATERIAL_CATEGORIES.length; b++) {
      if (used & (1 << b)) uses[b]!++;
      if (needed & (1 << b)) needs[b]!++;
    }
  }
  const categories = MATERIAL_CATEGORIES.map((category, b) => ({ category, cycles: uses[b]!, essential: needs[b]! }))
    .filter((c) => c.cycles > 0)
    .sort((a, b) => b.cycles - a.cycles || b.essential - a.essential);
  const ranked = (ids: readonly string[], counts: Int32Array) =>
    ids
      .map((id, i) => [id, counts[i]!] as const)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
      .slice(0, Math.max(0, top));
  return {
    cycles: described,
    truncated: cycles.truncated || described < cycles.cycles.length,
    unit,
    commensurable,
    categories,
    materials: ranked(materialIds, onMaterial).map(([material, count]) => ({ material, cycles: count })),
    actors: ranked(network.actors, onActor).map(([id, count]) => ({ id, cycles: count })),
  };
}

/** The position of the link from → to in the out-adjacency (its row is sorted: binary search). */
function linkPosition(network: ActorNetwork, from: number, to: number): number {
  const { start, targets } = network.out;
  let lo = start[from]!;
  let hi = start[from + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = targets[mid]!;
    if (t === to) return mid;
    if (t < to) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`no link ${network.actors[from]} → ${network.actors[to]}: cycles from another network`);
}
