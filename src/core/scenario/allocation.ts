/**
 * How much of a material an enterprise has left to give or room to take,
 * and moving boundary flows when a new link takes their place. All amounts
 * are in the material's default unit (domain.md §2: compare only after
 * conversion).
 */
import { MAX_TEXT_LENGTH } from '../model/schema.ts';
import { inMaterialUnit } from '../model/quantities.ts';
import { isBoundaryId } from '../model/references.ts';
import type { BoundaryId, Enterprise, Flow, Material, ParkModel } from '../model/types.ts';
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

type StreamList = 'inputs' | 'outputs' | 'capacities';

/**
 * The largest amount of `material` the enterprise declares in any of `lists`
 * (a treatment plant may take up to its capacity even if its current input
 * is lower), or undefined when it declares none.
 */
export function declaredAmount(
  enterprise: Enterprise,
  lists: readonly StreamList[],
  material: Material,
): number | undefined {
  let best: number | undefined;
  for (const list of lists) {
    for (const stream of enterprise[list]) {
      if (stream.material !== material.id) continue;
      const amount = inMaterialUnit(stream.quantity, stream.unit, material);
      if (amount !== undefined) best = Math.max(best ?? 0, amount);
    }
  }
  return best;
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
    if (isCommitted(flow)) total += inMaterialUnit(flow.quantity, flow.unit, material) ?? 0;
  }
  return total;
}

export interface BoundaryReduction {
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Takes `amount` off the enterprise's committed flows of `material` to or
 * from the given boundary actors, in the order given (e.g. `@disposal`
 * before `@market`: landfill is the worse fate), then in model order. A flow
 * is never taken below 0; one brought to 0 is removed, since a flow that
 * carries nothing would still count as a link in the network metrics.
 * The reduced flow becomes a scenario figure, so it is marked estimated.
 */
export function reduceBoundaryFlows(
  draft: ParkModel,
  side: 'from' | 'to',
  enterprise: string,
  material: Material,
  boundaries: readonly BoundaryId[],
  amount: number,
  reason: string,
): BoundaryReduction {
  const other = side === 'from' ? 'to' : 'from';
  const changed: string[] = [];
  const removed: string[] = [];
  const removedAt = new Set<number>();
  let left = amount;
  for (const boundary of boundaries) {
    draft.flows.forEach((flow, index) => {
      if (left <= 0 || flow[side] !== enterprise || flow[other] !== boundary) return;
      if (flow.material !== material.id || !isCommitted(flow)) return;
      const current = inMaterialUnit(flow.quantity, flow.unit, material);
      if (current === undefined || current <= 0) return;
      const take = Math.min(current, left);
      left -= take;
      const rest = convertQuantity(current - take, material.unit, flow.unit, material) ?? 0;
      if (exceeds(current, take)) {
        const basis = [flow.basis, reason].filter((b) => b !== undefined && b !== '').join('; ');
        draft.flows[index] = { ...flow, quantity: tidy(rest), estimated: true, basis: basis.slice(0, MAX_TEXT_LENGTH) };
        changed.push(flow.id);
      } else {
        removed.push(flow.id);
        removedAt.add(index);
      }
    });
  }
  if (removedAt.size > 0) draft.flows = draft.flows.filter((_, index) => !removedAt.has(index));
  return { changed, removed };
}
