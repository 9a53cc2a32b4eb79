/**
 * Coupling gaps without quantities (domain.md §5a): on an exchange list that
 * says who gives what to whom but not how much, the quantitative matcher
 * (couplingGaps.ts) has no surplus or demand to weigh. The structure still
 * shows where an exchange could be: an enterprise that sends a material out
 * of the park (or to a single taker), and another that receives the same
 * material only from outside.
 *
 * Each proposal is ranked by the evidence for it, each piece said in words:
 *  - the material leaves the park now — to disposal (2 points: it is thrown
 *    away) or to the market (1 point: it has a buyer, only not here); a
 *    material that already goes to one taker scores nothing for this;
 *  - it is a residue or utility (by-product, waste, energy, water: 1 point),
 *    what symbiosis exchanges, rather than a product bought on a market;
 *  - supplier and taker are in the same cluster (1 point);
 *  - the technology catalogue has a process that takes the material in
 *    (1 point): using it is established practice.
 * One supplier's material is one finding with its candidates (at most five,
 * best first). Streams the quantitative matcher can weigh (a declared output
 * whose outlets all give quantities) are left to it; networked materials
 * (grid electricity) are never proposed, piped ones only within range where
 * both locations are known.
 */
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import { CATEGORY_LABELS } from '../model/labels.ts';
import type { Material } from '../model/types.ts';
import { withDefaults } from '../model/withDefaults.ts';
import { isCurrent, mobilityOf, type AnalysisContext, type QuantifiedFlow } from './context.ts';
import { distanceKm, streamKey } from './couplingGaps.ts';
import { findingId, type Finding } from './finding.ts';
import { inBothLanguages, message, type MessageKey } from '../text/message.ts';
import { actorName, materialName } from './text.ts';
import { listNames } from '../text/lists.ts';

export type StructuralEvidence = 'to-disposal' | 'to-market' | 'residue' | 'same-cluster' | 'catalogue';

const POINTS: Readonly<Record<StructuralEvidence, number>> = {
  'to-disposal': 2,
  'to-market': 1,
  residue: 1,
  'same-cluster': 1,
  catalogue: 1,
};

/** Each piece of evidence in words. */
const EVIDENCE_WORDS: Readonly<Record<StructuralEvidence, MessageKey>> = {
  'to-disposal': 'finding:evidenceToDisposal',
  'to-market': 'finding:evidenceToMarket',
  residue: 'finding:evidenceResidue',
  'same-cluster': 'finding:evidenceSameCluster',
  catalogue: 'finding:evidenceCatalogue',
};

export interface StructuralCandidate {
  readonly consumer: string;
  /** Evidence for this pair, strongest first. */
  readonly evidence: readonly StructuralEvidence[];
  readonly score: number;
  readonly distanceKm?: number;
}

export interface StructuralProposal {
  readonly supplier: string;
  readonly material: string;
  /** Where the supplier's material goes now. */
  readonly now: { readonly disposal: boolean; readonly market: boolean; readonly taker?: string };
  readonly candidates: readonly StructuralCandidate[];
}

export interface StructuralGapOptions {
  /** How many takers to name for one supplier's material. */
  readonly maxCandidates: number;
  /** Streams a quantitative finding already reports (`streamKey`): not proposed again. */
  readonly covered: ReadonlySet<string>;
}

/**
 * The defaults of `findStructuralGaps`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_STRUCTURAL_GAP_OPTIONS: StructuralGapOptions = Object.freeze<StructuralGapOptions>({
  maxCandidates: 5,
  covered: new Set<string>(),
});

export function findStructuralGaps(
  context: AnalysisContext,
  catalogue: TechnologyCatalogue | undefined,
  options: Partial<StructuralGapOptions> = {},
): { readonly proposals: readonly StructuralProposal[]; readonly findings: readonly Finding[] } {
  const { maxCandidates: k, covered } = withDefaults(DEFAULT_STRUCTURAL_GAP_OPTIONS, options);
  const usedByCatalogue = new Set(catalogue?.technologies.flatMap((t) => t.inputs.map((i) => i.material)) ?? []);
  const proposals: StructuralProposal[] = [];
  for (const material of context.model.materials) {
    if (mobilityOf(material) === 'networked') continue;
    const flows = (context.flowsByMaterial.get(material.id) ?? []).filter(
      (f) => isCurrent(f) && f.flow.from !== f.flow.to,
    );
    const takers = onlyBoughtIn(context, flows);
    if (takers.length === 0) continue;
    for (const [supplier, outflows] of groupBySender(context, flows)) {
      if (covered.has(streamKey(supplier, material.id)) || weighable(context, supplier, material, outflows)) continue;
      const internal = [...new Set(outflows.filter((f) => f.internal).map((f) => f.flow.to))];
      const now = {
        disposal: outflows.some((f) => f.flow.to === '@disposal'),
        market: outflows.some((f) => f.flow.to === '@market'),
      };
      const oneTaker = !now.disposal && !now.market && internal.length === 1;
      if (!now.disposal && !now.market && !oneTaker) continue;
      const candidates = takers
        .filter((consumer) => consumer !== supplier)
        .flatMap((consumer) => {
          const candidate = candidateOf(context, material, supplier, consumer, now, usedByCatalogue);
          return candidate ? [candidate] : [];
        })
        .sort((a, b) => b.score - a.score || (a.consumer < b.consumer ? -1 : 1))
        .slice(0, k);
      if (candidates.length === 0) continue;
      proposals.push({
        supplier,
        material: material.id,
        now: oneTaker ? { ...now, taker: internal[0]! } : now,
        candidates,
      });
    }
  }
  return { proposals, findings: proposals.map((p) => proposalFinding(context, p)) };
}

/** Counted enterprises that receive the material, all of it from outside the park. */
function onlyBoughtIn(context: AnalysisContext, flows: readonly QuantifiedFlow[]): string[] {
  const inside = new Set(flows.filter((f) => f.internal).map((f) => f.flow.to));
  return [
    ...new Set(
      flows
        .filter((f) => f.flow.from === '@supply' && context.operating.has(f.flow.to) && !inside.has(f.flow.to))
        .map((f) => f.flow.to),
    ),
  ].sort();
}

function groupBySender(context: AnalysisContext, flows: readonly QuantifiedFlow[]): Map<string, QuantifiedFlow[]> {
  const bySender = new Map<string, QuantifiedFlow[]>();
  for (const f of flows) {
    if (!context.operating.has(f.flow.from)) continue;
    bySender.set(f.flow.from, [...(bySender.get(f.flow.from) ?? []), f]);
  }
  return bySender;
}

/** A declared output whose every outlet gives a quantity: the quantitative matcher weighs it, with numbers. */
function weighable(
  context: AnalysisContext,
  supplier: string,
  material: Material,
  outflows: readonly QuantifiedFlow[],
): boolean {
  return (context.outputs.get(supplier)?.get(material.id) ?? 0) > 0 && outflows.every((f) => f.measured);
}

function candidateOf(
  context: AnalysisContext,
  material: Material,
  supplier: string,
  consumer: string,
  now: { readonly disposal: boolean; readonly market: boolean },
  usedByCatalogue: ReadonlySet<string>,
): StructuralCandidate | undefined {
  const a = context.index.enterprises.get(supplier);
  const b = context.index.enterprises.get(consumer);
  const distance = distanceKm(a?.location, b?.location);
  // A pipe has a range: beyond it, no proposal (as the quantitative matcher does).
  if (mobilityOf(material) === 'piped' && material.pipedRangeKm !== undefined && distance !== undefined)
    if (distance > material.pipedRangeKm) return undefined;
  const evidence: StructuralEvidence[] = [];
  if (now.disposal) evidence.push('to-disposal');
  else if (now.market) evidence.push('to-market');
  if (material.category !== 'product' && material.category !== 'service' && material.category !== 'unclassified')
    evidence.push('residue');
  if (a && b && a.cluster === b.cluster) evidence.push('same-cluster');
  if (usedByCatalogue.has(material.id)) evidence.push('catalogue');
  return {
    consumer,
    evidence,
    score: evidence.reduce((s, e) => s + POINTS[e], 0),
    ...(distance === undefined ? {} : { distanceKm: distance }),
  };
}

function proposalFinding(context: AnalysisContext, p: StructuralProposal): Finding {
  const best = p.candidates[0]!.score;
  return {
    id: findingId('structural-match', p.supplier, p.material),
    kind: 'structural-match',
    severity: best >= 4 ? 'medium' : 'low',
    enterprises: [p.supplier, ...p.candidates.map((c) => c.consumer)],
    materials: [p.material],
    flows: [],
    weight: best,
    details: { ...p },
    reason: inBothLanguages((l) => {
      const category = context.index.materials.get(p.material)?.category;
      const now = p.now.taker
        ? message(l, 'finding:nowTaker', { taker: actorName(context, p.now.taker, l) })
        : message(l, 'finding:nowLeaves', {
            where: [
              ...(p.now.disposal ? [message(l, 'finding:nowDisposal')] : []),
              ...(p.now.market ? [message(l, 'finding:nowMarket')] : []),
            ].join(message(l, 'common:andSeparator')),
          });
      // What holds for the material is said once; a pair's own evidence (same cluster) beside its taker.
      const shared = p.candidates[0]!.evidence.filter((e) => e === 'residue' || e === 'catalogue');
      const sharedWords = shared.map((e) =>
        e === 'residue' && category
          ? message(l, 'finding:evidenceCategory', { category: CATEGORY_LABELS[category][l] })
          : message(l, EVIDENCE_WORDS[e]),
      );
      const takers = p.candidates.map((c) => {
        const name = actorName(context, c.consumer, l);
        return c.evidence.includes('same-cluster')
          ? message(l, 'finding:nameWithNote', { name, note: message(l, EVIDENCE_WORDS['same-cluster']) })
          : message(l, 'finding:quotedName', { name });
      });
      return message(l, p.candidates.length > 1 ? 'finding:structuralMatchSeveral' : 'finding:structuralMatch', {
        supplier: actorName(context, p.supplier, l),
        material: materialName(context, p.material, l),
        now,
        takers: listNames(takers, l),
        evidence:
          sharedWords.length > 0
            ? message(l, 'finding:evidence', { evidence: sharedWords.join(message(l, 'common:groupSeparator')) })
            : '',
      });
    }),
  };
}
