/**
 * What happens to a partner's exchange when the enterprise at its other end
 * leaves the park — closed in a scenario, deleted from the model, or closed
 * in a resilience what-if. One rule for all three (domain.md §4.8: "how much
 * material goes back to @supply/@disposal — only what can be bought from
 * outside goes back to @supply; the rest is unmet demand").
 *
 * - What the partner received now comes from `@supply`, unless the material
 *   cannot be bought from outside the park (steam, district heat: domain.md
 *   §2 "importable") — then the need is unmet — or unless the partner treats
 *   it as a service (it declares a capacity for it: a wastewater plant that
 *   loses one sender loses load, it does not buy wastewater elsewhere).
 * - What the partner sent now leaves the park: wastes, by-products and water
 *   to `@disposal`, products, energy and services to `@market`. domain.md §1
 *   defines `@market` as sales leaving the park and `@disposal` as "landfill,
 *   discharge, incineration without recovery": water without its user is
 *   discharged, and a by-product is worth something only to a taker — with
 *   its park taker gone it is an open end (§4.2, "especially by-products and
 *   wastes"), not a sale to a buyer nobody has named. (The app's deletion
 *   used to send by-products and water to the market; scenario closures and
 *   the resilience analysis already sent them to disposal.)
 */
import { isBoundaryId } from './references.ts';
import type { BoundaryId, Enterprise, Flow, Material, MaterialCategory } from './types.ts';

/** Categories a partner throws away, rather than sells, once its park taker is gone. */
const DISPOSED_CATEGORIES: ReadonlySet<MaterialCategory> = new Set(['waste', 'by-product', 'water']);

/** Where a partner's output goes when its park taker leaves. */
export function lostOutletFallback(material: Pick<Material, 'category'> | undefined): '@market' | '@disposal' {
  return material !== undefined && DISPOSED_CATEGORIES.has(material.category) ? '@disposal' : '@market';
}

/**
 * Where a partner's input comes from when its park supplier leaves:
 * `none` when it only treated the material (nothing to replace), `unmet`
 * when the material cannot be bought from outside the park.
 */
export function lostSupplyFallback(
  material: Pick<Material, 'importable'> | undefined,
  partnerTreatsIt: boolean,
): '@supply' | 'unmet' | 'none' {
  if (partnerTreatsIt) return 'none';
  return material?.importable === false ? 'unmet' : '@supply';
}

/** The partner's end of a flow that is kept, moved to the park boundary. */
export interface BoundaryReroute {
  /** The end that was the leaving enterprise and is now `boundary`. */
  readonly end: 'from' | 'to';
  readonly boundary: BoundaryId;
}

export interface RerouteLookup {
  readonly enterprise: (id: string) => Enterprise | undefined;
  readonly material: (id: string) => Material | undefined;
}

/**
 * For one flow from or to the enterprise `leaving`: the boundary end that
 * takes the leaving enterprise's place on the partner's side, or null when
 * nothing takes it — the flow simply ends. Nothing replaces a flow with no
 * partner in the park (its own trade with the boundary, a self-loop), a
 * potential flow (an idea, never real), one whose partner is closed too, or
 * a lost supply the rules above leave unmet or unneeded.
 */
export function rerouteOf(flow: Flow, leaving: string, lookup: RerouteLookup): BoundaryReroute | null {
  const sent = flow.from === leaving;
  const partnerId = sent ? flow.to : flow.from;
  if (partnerId === leaving || isBoundaryId(partnerId) || flow.status === 'potential') return null;
  const partner = lookup.enterprise(partnerId);
  if (partner === undefined || partner.status === 'closed') return null;
  const material = lookup.material(flow.material);
  if (!sent) return { end: 'to', boundary: lostOutletFallback(material) };
  const treats = partner.capacities.some((c) => c.material === flow.material);
  return lostSupplyFallback(material, treats) === '@supply' ? { end: 'from', boundary: '@supply' } : null;
}
