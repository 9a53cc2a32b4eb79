/**
 * What "surplus" and "need" mean, once: the coupling analysis, project
 * planning (how much a partner can give or take) and the app's flow
 * suggestions all read them from here.
 *
 * domain.md §2: a declared stream's in-house part is "made and used inside
 * the enterprise itself … neither surplus nor demand for the rest of the
 * park". So a producer's surplus is its declared output less its in-house
 * use less what park partners already take; a consumer's need is its
 * declared input less its in-house supply less what partners already give.
 * (Project planning used to offer a partner's in-house part to new plants.)
 */
import { inMaterialUnit } from './quantities.ts';
import type { Enterprise, Material } from './types.ts';

/** One declared stream against the park, every amount in the material's default unit. */
export interface StreamBalance {
  /** The declared quantity. */
  readonly declared: number;
  /** Its declared in-house part (0 when none is declared). */
  readonly inHouse: number;
  /**
   * What is already exchanged of it — taken from an output, given to an input:
   * by park partners (coupling gaps, project planning), or by any current
   * flow when a new one is being drawn (the app's suggestion).
   */
  readonly exchanged: number;
}

/** What a producer still has to offer the park; negative when partners are promised more than it makes. */
export function surplusOf(balance: StreamBalance): number {
  return balance.declared - balance.inHouse - balance.exchanged;
}

/** What a consumer still needs from the park: the mirror image of a surplus. */
export function needOf(balance: StreamBalance): number {
  return balance.declared - balance.inHouse - balance.exchanged;
}

type StreamList = 'inputs' | 'outputs' | 'capacities';

/**
 * The enterprise's declared stream of `material` in `lists`, as declared
 * and in-house amounts in the material's unit: of several lists (a plant's
 * input and its treatment capacity of one material describe one need), the
 * one that leaves the park the most. Undefined when none declares it.
 */
export function declaredBalance(
  enterprise: Enterprise,
  lists: readonly StreamList[],
  material: Material,
): Omit<StreamBalance, 'exchanged'> | undefined {
  let best: Omit<StreamBalance, 'exchanged'> | undefined;
  for (const list of lists) {
    for (const stream of enterprise[list]) {
      if (stream.material !== material.id) continue;
      const declared = inMaterialUnit(stream.quantity, stream.unit, material);
      if (declared === undefined) continue;
      const inHouse = inMaterialUnit(stream.inHouse ?? 0, stream.unit, material) ?? 0;
      if (best === undefined || declared - inHouse > best.declared - best.inHouse) best = { declared, inHouse };
    }
  }
  return best;
}
