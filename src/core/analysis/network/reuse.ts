/**
 * Internal reuse rate of by-products and wastes:
 *
 *   rate = Σ quantity of by-product and waste flows between internal actors
 *          / Σ declared generation (outputs) of by-products and wastes by internal actors
 *
 * both in one commensurable unit (mass, t/a, by default). Flows and declared
 * outputs whose unit does not convert, and structural exchanges (no
 * quantity), are left out of both sums and counted.
 * The rate can exceed 1 when flows exceed what the senders declare; the
 * integrity analysis reports that, so it is not capped here.
 */
import {
  flowQuantity,
  indexedModel,
  normalisedQuantity,
  requireMaterial,
  type ModelInput,
} from '../../model/lookup.ts';
import type { Material, MaterialCategory } from '../../model/types.ts';
import { convertQuantity, findUnit } from '../../model/units.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import {
  DEFAULT_ACTOR_NETWORK_OPTIONS,
  internalActorIds,
  selectInternalFlows,
  type ActorNetworkOptions,
} from './actors.ts';
import { ratio } from './shared.ts';

export interface ReuseOptions {
  /** Which actors and flows count (existing flows between operating enterprises by default). */
  readonly network?: Partial<ActorNetworkOptions>;
  readonly unit: string;
  readonly categories: readonly MaterialCategory[];
}

/**
 * The defaults of `computeReuseRate`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_REUSE_OPTIONS: ReuseOptions = Object.freeze<ReuseOptions>({
  unit: 't/a',
  categories: ['by-product', 'waste'],
});

export interface ReuseTotals {
  /** Reused internally (the numerator). */
  readonly reused: number;
  /** Declared generation (the denominator). */
  readonly generated: number;
  /** Null when nothing is generated. */
  readonly rate: number | null;
}

export interface ReuseRate extends ReuseTotals {
  readonly unit: string;
  /** The same per category, in `categories` order. */
  readonly byCategory: readonly (ReuseTotals & { readonly category: MaterialCategory })[];
  /** Left out because their unit does not convert to `unit`. */
  readonly excluded: { readonly flows: number; readonly outputs: number };
  /** By-product and waste flows between internal actors that give no quantity (structural exchanges), left out. */
  readonly unmeasuredFlows: number;
}

export function computeReuseRate(input: ModelInput, options: Partial<ReuseOptions> = {}): ReuseRate {
  const merged = withDefaults(DEFAULT_REUSE_OPTIONS, options);
  if (!findUnit(merged.unit)) throw new Error(`unknown unit ${merged.unit}`);
  const networkOptions = withDefaults(DEFAULT_ACTOR_NETWORK_OPTIONS, merged.network);
  const source = indexedModel(input);
  const { index } = source;
  const actors = internalActorIds(source.model, networkOptions);
  const indexOf = new Map(actors.map((id, i) => [id, i]));
  const totals = new Map(merged.categories.map((c) => [c, { reused: 0, generated: 0 }]));
  const excluded = { flows: 0, outputs: 0 };
  let unmeasuredFlows = 0;
  const toUnit = (q: { quantity: number; unit: string }, material: Material) =>
    convertQuantity(normalisedQuantity(q, material), material.unit, merged.unit, material);

  for (const { flow, material } of selectInternalFlows(source, indexOf, networkOptions)) {
    const total = totals.get(material.category);
    if (!total) continue;
    const quantity = flowQuantity(flow, material);
    if (quantity === undefined) {
      unmeasuredFlows++;
      continue;
    }
    const q = convertQuantity(quantity, material.unit, merged.unit, material);
    if (q === undefined) excluded.flows++;
    else total.reused += q;
  }
  for (const id of actors) {
    for (const stream of index.enterprises.get(id)!.outputs) {
      const material = requireMaterial(index, stream.material);
      const total = totals.get(material.category);
      if (!total) continue;
      const q = toUnit(stream, material);
      if (q === undefined) excluded.outputs++;
      else total.generated += q;
    }
  }
  const byCategory = merged.categories.map((category) => {
    const { reused, generated } = totals.get(category)!;
    return { category, reused, generated, rate: ratio(reused, generated) };
  });
  const reused = byCategory.reduce((sum, c) => sum + c.reused, 0);
  const generated = byCategory.reduce((sum, c) => sum + c.generated, 0);
  return {
    unit: merged.unit,
    reused,
    generated,
    rate: ratio(reused, generated),
    byCategory,
    excluded,
    unmeasuredFlows,
  };
}
