/**
 * Resilience (domain.md §4.8): close one enterprise, or remove one flow,
 * and follow what breaks — inputs that lose their supplier, outputs that
 * lose their taker, and chains left with no performer.
 *
 * What a partner loses it buys from outside only if the material can be
 * bought from outside the park (grid electricity, coal); steam and district
 * heat cannot, so their loss is unmet demand (未满足需求), for park partners
 * and for the outside users the closed plant served (residents), who are
 * named. A lost outlet sends wastes, by-products and water to disposal and
 * products to the market. Both rules are model/boundaryFallback.ts's, which
 * scenario closures and deletions in the app follow too.
 *
 * Convention: first-order effects. Partners keep producing; no second wave
 * of closures is simulated.
 */
import { lostOutletFallback, lostSupplyFallback } from '../model/boundaryFallback.ts';
import { localize } from '../model/labels.ts';
import { message } from '../text/message.ts';
import type { Language, LocalizedText } from '../model/types.ts';
import { convertQuantity, findUnit, type Dimension } from '../model/units.ts';
import { formatQuantity, numberLocale } from './text.ts';
import { chainsDependingOn, type ChainIntegrityResult } from './chainIntegrity.ts';
import { isCurrent, isImportable, mobilityOf, type AnalysisContext, type QuantifiedFlow } from './context.ts';

export interface LostLink {
  readonly flow: string;
  /** The enterprise on the other side of the lost flow. */
  readonly partner: string;
  readonly material: string;
  /** 0 when the flow gives no quantity (see `measured`). */
  readonly quantity: number;
  readonly unit: string;
  /** The lost flow gave a quantity; a structural exchange is still a lost link, of unknown size. */
  readonly measured: boolean;
  /**
   * Where the partner must now turn: imports or nothing (unmet) for a lost
   * supply, market or disposal for a lost outlet; `none` when the partner
   * only treated it as a service (a wastewater plant losing one sender's
   * wastewater needs no replacement).
   */
  readonly fallback: '@supply' | 'unmet' | 'none' | '@market' | '@disposal';
  /** The partner had no other internal supplier (or taker) of this material. */
  readonly onlyInternalLink: boolean;
}

/** Supply the closed enterprise sent out of the park that its outside users cannot get elsewhere (residents' heat). */
export interface OutsideLoss {
  readonly flow: string;
  readonly counterparty?: LocalizedText;
  readonly material: string;
  readonly quantity: number;
  readonly unit: string;
  readonly measured: boolean;
}

export interface BrokenTransition {
  readonly chain: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
}

/** Unmet demand summed in comparable measures: t/a, GJ/a, m³/a (and others by unit). */
export type UnmetTotals = Readonly<Partial<Record<Dimension, number>>>;

export interface DisruptionImpact {
  /** The enterprise closed or the flow removed. */
  readonly target: { readonly kind: 'enterprise' | 'flow'; readonly id: string };
  readonly lostSupplies: readonly LostLink[];
  readonly lostOutlets: readonly LostLink[];
  readonly outsideLosses: readonly OutsideLoss[];
  readonly brokenTransitions: readonly BrokenTransition[];
  /** Chains (not stages) left with a transition nobody performs. */
  readonly brokenChains: readonly string[];
  /** Distinct partners that lose their only internal supplier or outlet of some material. */
  readonly dependants: readonly string[];
  /** Lost supplies with no possible import, and outside users' losses, by measure. */
  readonly unmet: UnmetTotals;
  /** Of those, links that give no quantity (structural exchanges): unmet, of unknown size. */
  readonly unmetLinks: number;
  /** Wastes, by-products and water left without their only park outlet (wastewater with no plant to treat it), by measure. */
  readonly stranded: UnmetTotals;
  /** Of those, links that give no quantity. */
  readonly strandedLinks: number;
  /** Mass (t/a) that must now come from `@supply` or go to `@market`/`@disposal`. */
  readonly massRerouted: number;
  /** Rerouted flows that give no quantity: `massRerouted` leaves them out. */
  readonly reroutedLinks: number;
  readonly massToDisposal: number;
  readonly massFromSupply: number;
}

export interface ClosureRanking {
  readonly enterprise: string;
  readonly impact: DisruptionImpact;
  /** Weighted consequence score, 0–1 (see rankClosureImpacts). */
  readonly score: number;
}

export function simulateClosure(
  context: AnalysisContext,
  chains: ChainIntegrityResult,
  enterpriseId: string,
): DisruptionImpact {
  const touching = [...(context.flowsFrom.get(enterpriseId) ?? []), ...(context.flowsTo.get(enterpriseId) ?? [])];
  const lost = touching.filter((f) => f.internal && isCurrent(f) && f.flow.from !== f.flow.to);
  const brokenChains = chainsDependingOn(chains, enterpriseId);
  const brokenTransitions = chains.chains.flatMap((report) =>
    report.transitions
      .filter((t) => t.performers.length === 1 && t.performers[0] === enterpriseId)
      .map((t) => ({ chain: report.chain, from: t.from, to: t.to })),
  );
  const outsideLosses = (context.flowsFrom.get(enterpriseId) ?? [])
    .filter((f) => f.flow.to === '@market' && isCurrent(f) && !isImportable(f.material))
    .map((f): OutsideLoss => ({
      flow: f.flow.id,
      ...(f.flow.counterparty ? { counterparty: f.flow.counterparty } : {}),
      material: f.material.id,
      quantity: f.quantity,
      unit: f.material.unit,
      measured: f.measured,
    }));
  return impactOf(
    context,
    { kind: 'enterprise', id: enterpriseId },
    lost,
    enterpriseId,
    brokenTransitions,
    brokenChains,
    outsideLosses,
  );
}

export function simulateFlowRemoval(context: AnalysisContext, flowId: string): DisruptionImpact | undefined {
  const flow = context.flows.find((f) => f.flow.id === flowId);
  if (!flow) return undefined;
  const lost = flow.internal && isCurrent(flow) ? [flow] : [];
  return impactOf(context, { kind: 'flow', id: flowId }, lost, undefined, [], [], []);
}

/** The weights of a closure's consequences in the ranking; each part is first scaled by the largest over all closures. */
const CLOSURE_WEIGHTS = { unmet: 0.3, stranded: 0.15, chains: 0.2, dependants: 0.25, rerouted: 0.1 } as const;

/**
 * Every counted enterprise's closure, most damaging first. Consequences are
 * weighed, each scaled by the worst closure: unmet demand (the mean of its
 * scaled measures — mass, energy, volume — that occur), chains broken
 * (counted as chains), dependants (partners losing a sole internal link) and
 * mass rerouted to or from the boundary.
 */
export function rankClosureImpacts(context: AnalysisContext, chains: ChainIntegrityResult): ClosureRanking[] {
  const impacts = [...context.operating].map((enterprise) => ({
    enterprise,
    impact: simulateClosure(context, chains, enterprise),
  }));
  const worst = (value: (i: DisruptionImpact) => number) => Math.max(0, ...impacts.map((i) => value(i.impact)));
  const scaled = (x: number, max: number) => (max > 0 ? x / max : 0);
  // Each measure (t/a, GJ/a, m³/a …) is scaled by its own worst case: a tonne is never weighed against a gigajoule.
  // Links that give no quantity are one more measure, counted in links, so a structure-only park ranks too.
  const measured = (pick: (i: DisruptionImpact) => Readonly<Record<string, number | undefined>>) => {
    const dimensions = [...new Set(impacts.flatMap((i) => Object.keys(pick(i.impact))))];
    const max = new Map(dimensions.map((d) => [d, worst((i) => pick(i)[d] ?? 0)]));
    return (impact: DisruptionImpact) => {
      const totals = pick(impact);
      const present = dimensions.filter((d) => (totals[d] ?? 0) > 0);
      return present.length === 0
        ? 0
        : present.reduce((s, d) => s + scaled(totals[d] ?? 0, max.get(d) ?? 0), 0) / present.length;
    };
  };
  const unmet = measured((i) => ({ ...i.unmet, links: i.unmetLinks }));
  const stranded = measured((i) => ({ ...i.stranded, links: i.strandedLinks }));
  const maxChains = worst((i) => i.brokenChains.length);
  const maxDependants = worst((i) => i.dependants.length);
  const maxRerouted = worst((i) => i.massRerouted);
  const rankings = impacts.map(({ enterprise, impact }) => {
    const score =
      CLOSURE_WEIGHTS.unmet * unmet(impact) +
      CLOSURE_WEIGHTS.stranded * stranded(impact) +
      CLOSURE_WEIGHTS.chains * scaled(impact.brokenChains.length, maxChains) +
      CLOSURE_WEIGHTS.dependants * scaled(impact.dependants.length, maxDependants) +
      CLOSURE_WEIGHTS.rerouted * scaled(impact.massRerouted, maxRerouted);
    return { enterprise, impact, score };
  });
  return rankings.sort((a, b) => b.score - a.score || (a.enterprise < b.enterprise ? -1 : 1));
}

/** A closure as one row of a table (the app, the reports and the CLI show the same columns). */
export interface ClosureRow {
  readonly enterprise: string;
  readonly score: number;
  readonly chainsBroken: number;
  readonly dependants: number;
  readonly unmet: UnmetTotals;
  readonly unmetLinks: number;
  readonly stranded: UnmetTotals;
  readonly massRerouted: number;
  readonly reroutedLinks: number;
}

export function closureRow(ranking: ClosureRanking): ClosureRow {
  const { impact } = ranking;
  return {
    enterprise: ranking.enterprise,
    score: ranking.score,
    chainsBroken: impact.brokenChains.length,
    dependants: impact.dependants.length,
    unmet: impact.unmet,
    unmetLinks: impact.unmetLinks,
    stranded: impact.stranded,
    massRerouted: impact.massRerouted,
    reroutedLinks: impact.reroutedLinks,
  };
}

/** A closure row's rerouted mass as text; flows that give no quantity are counted, not guessed ("–" alone for none). */
export function formatRerouted(row: Pick<ClosureRow, 'massRerouted' | 'reroutedLinks'>, language: Language): string {
  const mass = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 0 }).format(row.massRerouted);
  if (row.reroutedLinks === 0) return mass;
  const links = message(language, 'analysis:reroutedUnmeasured', { n: row.reroutedLinks });
  return row.massRerouted > 0 ? `${mass} + ${links}` : links;
}

/** One material's loss in a closure: who loses it, how much, and how many of the lost flows give no quantity. */
export interface LossLine {
  readonly who: readonly string[];
  readonly material: string;
  readonly quantity: number;
  readonly unit: string;
  /** Lost flows that give no quantity: `quantity` leaves them out. */
  readonly unmeasured: number;
}

type MutableLine = { who: string[]; quantity: number; unit: string; unmeasured: number };

function addToLine(
  lines: Map<string, MutableLine>,
  material: string,
  who: string,
  link: { readonly quantity: number; readonly unit: string; readonly measured: boolean },
): void {
  const line = lines.get(material) ?? { who: [], quantity: 0, unit: link.unit, unmeasured: 0 };
  if (!line.who.includes(who)) line.who.push(who);
  lines.set(material, {
    ...line,
    quantity: line.quantity + link.quantity,
    unmeasured: line.unmeasured + (link.measured ? 0 : 1),
  });
}

/** A loss line's amount as a reader wants it: the quantity, and the flows that give none said as such. */
export function lossAmount(line: LossLine, language: Language): string {
  const q = formatQuantity(line.quantity, line.unit, language);
  const n = line.unmeasured;
  if (n === 0) return q;
  const flows = message(language, n === 1 ? 'analysis:unmeasuredFlow' : 'analysis:unmeasuredFlows', { n });
  if (line.quantity === 0) return flows;
  return message(language, 'analysis:quantityPlus', { quantity: q, flows });
}

function linesOf(context: AnalysisContext, lines: Map<string, MutableLine>, language: Language): LossLine[] {
  return [...lines].map(([id, line]) => ({
    ...line,
    material: localize(context.index.materials.get(id)?.name, language) || id,
  }));
}

/** What is lost with no replacement, one line per material: who loses it (partners by name, outside users by their counterparty) and how much. */
export function unmetLines(context: AnalysisContext, impact: DisruptionImpact, language: Language): LossLine[] {
  const name = (id: string) => localize(context.index.enterprises.get(id)?.name, language) || id;
  const outside = message(language, 'analysis:usersOutside');
  const lines = new Map<string, MutableLine>();
  for (const l of impact.lostSupplies) if (l.fallback === 'unmet') addToLine(lines, l.material, name(l.partner), l);
  for (const l of impact.outsideLosses) addToLine(lines, l.material, localize(l.counterparty, language) || outside, l);
  return linesOf(context, lines, language);
}

/** Outputs left without their only park outlet, one line per material, with who produces them. */
export function strandedLines(context: AnalysisContext, impact: DisruptionImpact, language: Language): LossLine[] {
  const lines = new Map<string, MutableLine>();
  for (const l of impact.lostOutlets) {
    if (l.fallback !== '@disposal' || !l.onlyInternalLink) continue;
    addToLine(lines, l.material, localize(context.index.enterprises.get(l.partner)?.name, language) || l.partner, l);
  }
  return linesOf(context, lines, language);
}

function impactOf(
  context: AnalysisContext,
  target: DisruptionImpact['target'],
  lost: readonly QuantifiedFlow[],
  closed: string | undefined,
  brokenTransitions: readonly BrokenTransition[],
  brokenChains: readonly string[],
  outsideLosses: readonly OutsideLoss[],
): DisruptionImpact {
  const lostSupplies: LostLink[] = [];
  const lostOutlets: LostLink[] = [];
  const removed = new Set(lost.map((f) => f.flow.id));
  for (const f of lost) {
    // If the closed enterprise (or the removed flow) was the supplier, the receiver loses a supply.
    if (closed === undefined || f.flow.from === closed) {
      const partner = f.flow.to;
      lostSupplies.push({
        flow: f.flow.id,
        partner,
        material: f.material.id,
        quantity: f.quantity,
        unit: f.material.unit,
        measured: f.measured,
        fallback: lostSupplyFallback(f.material, context.capacities.get(partner)?.has(f.material.id) === true),
        onlyInternalLink: !remainingLinks(context, partner, f.material.id, 'to', removed),
      });
    }
    if (closed === undefined || f.flow.to === closed) {
      const partner = f.flow.from;
      lostOutlets.push({
        flow: f.flow.id,
        partner,
        material: f.material.id,
        quantity: f.quantity,
        unit: f.material.unit,
        measured: f.measured,
        fallback: lostOutletFallback(f.material),
        onlyInternalLink: !remainingLinks(context, partner, f.material.id, 'from', removed),
      });
    }
  }
  const unmet: Partial<Record<Dimension, number>> = {};
  const addUnmet = (totals: Partial<Record<Dimension, number>>, quantity: number, unit: string) => {
    const u = findUnit(unit);
    if (u) totals[u.dimension] = (totals[u.dimension] ?? 0) + quantity * u.factor;
  };
  const unmetLost = [...lostSupplies.filter((l) => l.fallback === 'unmet'), ...outsideLosses];
  for (const l of unmetLost) if (l.measured) addUnmet(unmet, l.quantity, l.unit);
  const stranded: Partial<Record<Dimension, number>> = {};
  const strandedLost = lostOutlets.filter((l) => l.fallback === '@disposal' && l.onlyInternalLink);
  for (const l of strandedLost) if (l.measured) addUnmet(stranded, l.quantity, l.unit);
  // Networked supplies (grid electricity) are drawn from the grid by anyone: not rerouted plant to plant.
  const rerouted = (links: readonly LostLink[]) =>
    links.filter(
      (l) =>
        l.fallback !== 'unmet' &&
        l.fallback !== 'none' &&
        mobilityOf(context.index.materials.get(l.material)) !== 'networked',
    );
  const mass = (links: readonly LostLink[]) => links.reduce((sum, l) => sum + massOf(l), 0);
  const massFromSupply = mass(rerouted(lostSupplies).filter((l) => l.fallback === '@supply'));
  const massToDisposal = mass(lostOutlets.filter((l) => l.fallback === '@disposal'));
  // A removed flow is both a lost supply and a lost outlet; count its mass once.
  const massRerouted = massFromSupply + (closed === undefined ? 0 : mass(rerouted(lostOutlets)));
  const reroutedAll = [
    ...rerouted(lostSupplies).filter((l) => l.fallback === '@supply'),
    ...(closed === undefined ? [] : rerouted(lostOutlets)),
  ];
  const dependants = [
    ...new Set(
      [...lostSupplies, ...lostOutlets]
        .filter((l) => l.onlyInternalLink && l.fallback !== 'none')
        .map((l) => l.partner),
    ),
  ].sort();
  return {
    target,
    lostSupplies,
    lostOutlets,
    outsideLosses,
    brokenTransitions,
    brokenChains,
    dependants,
    unmet,
    unmetLinks: unmetLost.filter((l) => !l.measured).length,
    stranded,
    strandedLinks: strandedLost.filter((l) => !l.measured).length,
    massRerouted,
    reroutedLinks: reroutedAll.filter((l) => !l.measured).length,
    massToDisposal,
    massFromSupply,
  };
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
