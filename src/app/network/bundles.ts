/**
 * The reading view of the exchange network: the flows one actor sends
 * another drawn as one line (a bundle) with their count, instead of a fan of
 * curves per material. The reference park has 265 flows between 195 pairs;
 * drawn one by one they filled the canvas with curves. Only the flows shown
 * (after the filters) are given, so a bundle never counts a hidden flow.
 * "All flows" draws every flow on its own again, one click away.
 */
import type { MaterialCategory } from '../../core/model/types.ts';
import { isBoundaryId } from '../../core/model/references.ts';

/** How much of the network's detail is drawn: bundles (for reading), or every flow. */
export type FlowDetail = 'bundled' | 'all';

export interface BundleMember {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly category: MaterialCategory;
  /** t/a, or null where the flow gives no mass quantity. */
  readonly tonnes: number | null;
}

export interface Bundle {
  /** The flows drawn as this line, the first one (in graph order) carrying it. */
  readonly members: readonly string[];
  /** Their mass in t/a; null when none gives one. */
  readonly tonnes: number | null;
  /** The category carrying the most mass (or the most flows, where no mass is known): the line's colour. */
  readonly category: MaterialCategory;
  /** Flows also go the other way between the pair: the two lines curve apart. */
  readonly reverse: boolean;
  /** One end is the park boundary: a purchase, a sale or a disposal, drawn quieter than an exchange in the park. */
  readonly boundary: boolean;
}

export interface BundleView {
  /** The bundle a flow carries, for the first flow of each pair; undefined for the others. */
  readonly carried: ReadonlyMap<string, Bundle>;
  /** Flows drawn as part of another flow's line. */
  readonly absorbed: ReadonlySet<string>;
}

/** Bundles the given flows (the ones shown) by their ordered pair of ends. */
export function bundleFlows(flows: Iterable<BundleMember>): {
  readonly carried: Map<string, Bundle>;
  readonly absorbed: Set<string>;
} {
  const pairs = new Map<string, BundleMember[]>();
  for (const flow of flows) {
    const key = pairKey(flow.source, flow.target);
    const members = pairs.get(key);
    if (members) members.push(flow);
    else pairs.set(key, [flow]);
  }
  const carried = new Map<string, Bundle>();
  const absorbed = new Set<string>();
  for (const members of pairs.values()) {
    const [first, ...rest] = members;
    if (!first) continue;
    for (const m of rest) absorbed.add(m.id);
    carried.set(first.id, {
      members: members.map((m) => m.id),
      tonnes: massOf(members),
      category: leadingCategory(members),
      reverse: pairs.has(pairKey(first.target, first.source)),
      boundary: isBoundaryId(first.source) || isBoundaryId(first.target),
    });
  }
  return { carried, absorbed };
}

function pairKey(source: string, target: string): string {
  return JSON.stringify([source, target]);
}

function massOf(members: readonly BundleMember[]): number | null {
  const known = members.filter((m) => m.tonnes !== null);
  return known.length === 0 ? null : known.reduce((sum, m) => sum + (m.tonnes ?? 0), 0);
}

function leadingCategory(members: readonly BundleMember[]): MaterialCategory {
  const weight = new Map<MaterialCategory, number>();
  const byMass = members.some((m) => (m.tonnes ?? 0) > 0);
  for (const m of members) weight.set(m.category, (weight.get(m.category) ?? 0) + (byMass ? (m.tonnes ?? 0) : 1));
  let best = members[0]!.category;
  for (const [category, w] of weight) if (w > (weight.get(best) ?? 0)) best = category;
  return best;
}
