/**
 * How much of a material an enterprise already exchanges inside the park
 * (what it has left to give or room to take is model/surplus.ts's rule),
 * and moving boundary flows when a new link takes their place. All amounts
 * are in the material's default unit (domain.md §2: compare only after
 * conversion).
 */
import { MAX_TEXT_LENGTH } from '../model/schema.ts';
import { inMaterialUnit } from '../model/quantities.ts';
import { isBoundaryId } from '../model/references.ts';
import type { BoundaryId, Flow, Material, ParkModel } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';

/**
 * Drops binary floating-point noise (0.69 × 10 000 = 6899.999999999999) so
 * generated numbers read the way a person would write them; 12 significant
 * digits is far below any measurement's precision.
 */
export function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** Relative slack for comparing amounts that went through unit conversion. */
export function exceeds(amount: number, limit: number): boolean {
  return amount > limit * (1 + 1e-9) + 1e-9;
}

/** Existing and planned flows are commitments; potential flows are ideas and commit nothing. */
function isCommitted(flow: Flow): boolean {
  return flow.status !== 'potential';
}

/**
 * Committed flows of `material` between the enterprise and other
 * enterprises, on its `side` (`from`: what it ships, `to`: what it receives).
 * Boundary flows are left out: they are what a new internal link replaces.
 */
export function internalAmount(draft: ParkModel, side: 'from' | 'to', enterprise: string, material: Material): number {
  const other = side === 'from' ? 'to' : 'from';
  let total = 0;
  for (const flow of draft.flows) {
    if (flow[side] !== enterprise || flow.material !== material.id || isBoundaryId(flow[other])) continue;
    // The draft is not validated yet: a unit that does not convert (or no quantity) adds nothing here.
    if (isCommitted(flow) && flow.quantity !== undefined && flow.unit !== undefined)
      total += inMaterialUnit(flow.quantity, flow.unit, material) ?? 0;
  }
  return total;
}

export interface BoundaryReplacement {
  /** Boundary flows now marked as replaced, in whole or in their moved part. */
  readonly changed: readonly string[];
  /** The moved parts split off flows that are only partly replaced. */
  readonly added: readonly Flow[];
}

/**
 * A planned link takes `amount` of what the enterprise now exchanges with
 * the given boundary actors (e.g. `@disposal` before `@market`: landfill is
 * the worse fate), in that order, then in model order. Today does not
 * change: the boundary flows stay, and the part the link takes is marked
 * `replacedBy` the link, so "with planned" counts the link instead of it. A
 * flow taken whole is marked as it is; a flow taken in part is split into
 * its remainder and the moved part (a new flow, `newId(k)`), both existing.
 */
export function replaceBoundaryFlows(
  draft: ParkModel,
  side: 'from' | 'to',
  enterprise: string,
  material: Material,
  boundaries: readonly BoundaryId[],
  amount: number,
  replacedBy: string,
  reason: string,
  newId: (k: number) => string,
): BoundaryReplacement {
  const other = side === 'from' ? 'to' : 'from';
  const changed: string[] = [];
  const added: Flow[] = [];
  let left = amount;
  for (const boundary of boundaries) {
    draft.flows.forEach((flow, index) => {
      if (left <= 0 || flow[side] !== enterprise || flow[other] !== boundary) return;
      if (flow.material !== material.id || flow.status !== 'existing' || flow.replacedBy !== undefined) return;
      // A structural exchange says nothing of how much it carries: there is no part to move.
      const unit = flow.unit;
      if (flow.quantity === undefined || unit === undefined) return;
      const current = inMaterialUnit(flow.quantity, unit, material);
      if (current === undefined || current <= 0) return;
      const take = Math.min(current, left);
      left -= take;
      const basis = (extra: string) =>
        [flow.basis, extra]
          .filter((b) => b !== undefined && b !== '')
          .join('; ')
          .slice(0, MAX_TEXT_LENGTH);
      if (!exceeds(current, take)) {
        draft.flows[index] = { ...flow, replacedBy };
        changed.push(flow.id);
        return;
      }
      const moved = convertQuantity(take, material.unit, unit, material) ?? 0;
      const rest = convertQuantity(current - take, material.unit, unit, material) ?? 0;
      draft.flows[index] = {
        ...flow,
        quantity: tidy(rest),
        estimated: true,
        basis: basis(`${tidy(moved)} ${flow.unit} split off: ${reason}`),
      };
      const split: Flow = {
        ...flow,
        id: newId(added.length),
        quantity: tidy(moved),
        estimated: true,
        basis: basis(reason),
        replacedBy,
      };
      added.push(split);
      changed.push(flow.id);
    });
  }
  draft.flows.push(...added);
  return { changed, added };
}
