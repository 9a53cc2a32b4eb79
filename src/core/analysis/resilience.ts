/**
 * Resilience (domain.md §4.8): close one enterprise, or remove one flow,
 * and follow what breaks — inputs that lose their only internal supplier
 * (and fall back to imports from `@supply`), outputs that lose their
 * internal taker (and fall back to `@market` or `@disposal`), and chain
 * transitions left with no performer.
 *
 * Convention: first-order effects. Enterprises that lose a supplier are
 * assumed to keep producing with imports, as they would in practice; no
 * second wave of closures is simulated.
 */
import { convertQuantity, findUnit } from '../model/units.ts';
import type { ChainIntegrityResult } from './chainIntegrity.ts';
import { isCurrent, type AnalysisContext, type QuantifiedFlow } from './context.ts';

export interface LostLink {
  readonly flow: string;
  /** The enterprise on the other side of the lost flow. */
  readonly partner: string;
  readonly material: string;
  readonly quantity: number;
  readonly unit: string;
  /** Where the partner must now turn: imports for a lost supply, market or disposal for a lost outlet. */
  readonly fallback: '@supply' | '@market' | '@disposal';
  /** The partner had no other internal supplier (or taker) of this material. */
  readonly onlyInternalLink: boolean;
}

export interface BrokenTransition {
  readonly chain: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
}

export interface DisruptionImpact {
  /** The enterprise closed or the flow removed. */
  readonly target: { readonly kind: 'enterprise' | 'flow'; readonly id: string };
  readonly lostSupplies: readonly LostLink[];
  readonly lostOutlets: readonly LostLink[];
  readonly brokenTransitions: readonly BrokenTransition[];
  /** Mass (t/a) that must now come from `@supply` or go to `@market`/`@disposal`. */
  readonly massRerouted: number;
  readonly massToDisposal: number;
  readonly massFromSupply: number;
}

export interface ClosureRanking {
  readonly enterprise: string;
  readonly impact: DisruptionImpact;
  /** Ranking key, most damaging first: chains broken, then sole links lost, then mass rerouted. */
  readonly rank: number;
}

export function simulateClosure(
  context: AnalysisContext,
  chains: ChainIntegrityResult,
  enterpriseId: string,
): DisruptionImpact {
  const lost = [...(context.flowsFrom.get(enterpriseId) ?? []), ...(context.flowsTo.get(enterpriseId) ?? [])].filter(
    (f) => f.internal && isCurrent(f) && f.flow.from !== f.flow.to,
  );
  const brokenTransitions = chains.chains.flatMap((report) =>
    report.transitions
      .filter((t) => t.performers.length === 1 && t.performers[0] === enterpriseId)
      .map((t) => ({ chain: report.chain, from: t.from, to: t.to })),
  );
  return impactOf(context, { kind: 'enterprise', id: enterpriseId }, lost, enterpriseId, brokenTransitions);
}

export function simulateFlowRemoval(context: AnalysisContext, flowId: string): DisruptionImpact | undefined {
  const flow = context.flows.find((f) => f.flow.id === flowId);
  if (!flow) return undefined;
  const lost = flow.internal && isCurrent(flow) ? [flow] : [];
  return impactOf(context, { kind: 'flow', id: flowId }, lost, undefined, []);
}

/** Every operating enterprise's closure, most damaging first. */
export function rankClosureImpacts(context: AnalysisContext, chains: ChainIntegrityResult): ClosureRanking[] {
  const rankings = [...context.operating].map((enterprise) => {
    const impact = simulateClosure(context, chains, enterprise);
    const soleLinks = [...impact.lostSupplies, ...impact.lostOutlets].filter((l) => l.onlyInternalLink).length;
    return { enterprise, impact, rank: impact.brokenTransitions.length * 1e12 + soleLinks * 1e9 + impact.massRerouted };
  });
  return rankings.sort((a, b) => b.rank - a.rank || (a.enterprise < b.enterprise ? -1 : 1));
}

function impactOf(
  context: AnalysisContext,
  target: DisruptionImpact['target'],
  lost: readonly QuantifiedFlow[],
  closed: string | undefined,
  brokenTransitions: readonly BrokenTransition[],
): DisruptionImpact {
  const lostSupplies: LostLink[] = [];
  const lostOutlets: LostLink[] = [];
  const removed = new Set(lost.map((f) => f.flow.id));
  for (const f of lost) {
    // If the closed enterprise (or the removed flow) was the supplier, the receiver loses a supply.
    const receiverLosesSupply = closed === undefined || f.flow.from === closed;
    if (receiverLosesSupply) {
      const partner = f.flow.to;
      lostSupplies.push({
        flow: f.flow.id,
        partner,
        material: f.material.id,
        quantity: f.quantity,
        unit: f.material.unit,
        fallback: '@supply',
        onlyInternalLink: !remainingLinks(context, partner, f.material.id, 'to', removed),
      });
    }
    if (closed === undefined || f.flow.to === closed) {
      const partner = f.flow.from;
      const wasteLike =
        f.material.category === 'waste' || f.material.category === 'by-product' || f.material.category === 'water';
      lostOutlets.push({
        flow: f.flow.id,
        partner,
        material: f.material.id,
        quantity: f.quantity,
        unit: f.material.unit,
        fallback: wasteLike ? '@disposal' : '@market',
        onlyInternalLink: !remainingLinks(context, partner, f.material.id, 'from', removed),
      });
    }
  }
  // A removed flow is both a lost supply and a lost outlet; count its mass once.
  const mass = (links: readonly LostLink[]) => links.reduce((sum, l) => sum + massOf(l), 0);
  const massFromSupply = mass(lostSupplies);
  const massToDisposal = mass(lostOutlets.filter((l) => l.fallback === '@disposal'));
  const massRerouted = mass(lostSupplies) + (closed === undefined ? 0 : mass(lostOutlets));
  return { target, lostSupplies, lostOutlets, brokenTransitions, massRerouted, massToDisposal, massFromSupply };
}

/** Does `enterprise` still have another current internal link for `material` on this side? */
function remainingLinks(
  context: AnalysisContext,
  enterprise: string,
  material: string,
  side: 'from' | 'to',
  removed: ReadonlySet<string>,
): boolean {
  const flows = side === 'to' ? context.flowsTo.get(enterprise) : context.flowsFrom.get(enterprise);
  return (flows ?? []).some((f) => f.material.id === material && f.internal && isCurrent(f) && !removed.has(f.flow.id));
}

function massOf(link: LostLink): number {
  return findUnit(link.unit)?.dimension === 'mass' ? (convertQuantity(link.quantity, link.unit, 't/a') ?? 0) : 0;
}
