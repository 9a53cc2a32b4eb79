/**
 * Coupling gaps in words (couplingGaps.ts finds them): a surplus offer as a
 * finding and as a clause other findings carry (an open end, a chain stage
 * shipped out), and cluster pairs that are complementary but unconnected.
 */
import { localize } from '../model/labels.ts';
import type { Language } from '../model/types.ts';
import { inBothLanguages, message } from '../text/message.ts';
import { mobilityOf, type AnalysisContext } from './context.ts';
import type { ClusterExchange, SurplusOffer } from './couplingGaps.ts';
import { findingId, type Finding } from './finding.ts';
import { actorName, formatQuantity, materialName } from './text.ts';
import { listNames } from '../text/lists.ts';

/** The candidates of an offer as a clause: 「甲」(外购 600 t/a)、「乙」…, with the piped-range caveat. */
export function candidatesClause(context: AnalysisContext, offer: SurplusOffer, language: Language): string {
  const material = context.index.materials.get(offer.material);
  const q = (x: number) => formatQuantity(x, offer.unit, language);
  const names = offer.candidates.map((c) => {
    const bits = [
      c.boughtIn > 0
        ? message(language, 'finding:candidateBoughtIn', { quantity: q(c.boughtIn) })
        : message(language, 'finding:candidateNeeds', { quantity: q(c.demand) }),
      ...(c.distanceKm === undefined
        ? []
        : [message(language, 'finding:candidateDistance', { km: c.distanceKm.toFixed(1) })]),
    ];
    return message(language, 'finding:nameWithNote', {
      name: actorName(context, c.consumer, language),
      note: bits.join(message(language, 'common:clauseSeparator')),
    });
  });
  const unknownReach =
    mobilityOf(material) === 'piped' && offer.candidates.some((c) => c.distanceKm === undefined)
      ? message(language, 'finding:unknownReach')
      : '';
  return message(language, 'finding:candidates', {
    names: listNames(names, language),
    quantity: q(offer.matched),
    unknownReach,
  });
}

export function offerFinding(context: AnalysisContext, o: SurplusOffer): Finding {
  const category = context.index.materials.get(o.material)?.category;
  const proposed = o.candidates.every((c) => c.alreadyProposed);
  return {
    id: findingId('coupling-match', o.supplier, o.material),
    kind: 'coupling-match',
    severity: proposed ? 'low' : category === 'waste' || category === 'by-product' ? 'high' : 'medium',
    enterprises: [o.supplier, ...o.candidates.map((c) => c.consumer)],
    materials: [o.material],
    flows: [],
    quantity: o.matched,
    unit: o.unit,
    details: { ...o },
    reason: inBothLanguages((l) =>
      message(l, 'finding:couplingMatch', {
        supplier: actorName(context, o.supplier, l),
        material: materialName(context, o.material, l),
        soldOut:
          o.soldOut > 0 ? message(l, 'finding:offerSoldOut', { quantity: formatQuantity(o.soldOut, o.unit, l) }) : '',
        candidates: candidatesClause(context, o, l),
      }),
    ),
  };
}

/** Cluster pairs with matchable supply and demand but not a single flow between them. */
interface Complement {
  readonly supplier: string;
  readonly consumer: string;
  readonly material: string;
}

export function weakCouplingFindings(
  context: AnalysisContext,
  complements: readonly Complement[],
  matrix: readonly ClusterExchange[],
): Finding[] {
  const connected = new Set(matrix.filter((c) => c.flows > 0).map((c) => `${c.from}\u0000${c.to}`));
  const pairs = new Map<string, Complement[]>();
  for (const m of complements) {
    const from = context.index.enterprises.get(m.supplier)?.cluster;
    const to = context.index.enterprises.get(m.consumer)?.cluster;
    if (from === undefined || to === undefined || from === to || connected.has(`${from}\u0000${to}`)) continue;
    const key = `${from}\u0000${to}`;
    pairs.set(key, [...(pairs.get(key) ?? []), m]);
  }
  return [...pairs].map(([key, list]) => {
    const [from, to] = key.split('\u0000') as [string, string];
    const name = (id: string, l: Language) => localize(context.model.clusters.find((c) => c.id === id)?.name, l) || id;
    const materials = [...new Set(list.map((m) => m.material))].sort();
    return {
      id: findingId('weak-coupling', from, to),
      kind: 'weak-coupling',
      severity: 'medium',
      enterprises: [...new Set(list.flatMap((m) => [m.supplier, m.consumer]))].sort(),
      materials,
      flows: [],
      details: { fromCluster: from, toCluster: to, matches: list.length },
      reason: inBothLanguages((l) =>
        message(l, 'finding:weakCoupling', {
          from: name(from, l),
          to: name(to, l),
          n: materials.length,
          materials: listNames(
            materials.map((m) => materialName(context, m, l)),
            l,
          ),
        }),
      ),
    };
  });
}
