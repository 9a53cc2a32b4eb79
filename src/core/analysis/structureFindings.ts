/**
 * Findings a park manager reads off the network structure and the closure
 * ranking: actors whose loss splits the exchange network, and enterprises
 * whose closure would break chains.
 */
import type { AnalysisContext } from './context.ts';
import { findingId, type Finding } from './finding.ts';
import type { ArticulationResult } from './network/articulation.ts';
import type { ClosureRanking } from './resilience.ts';
import { actorName, bilingual, formatQuantity } from './text.ts';

export function articulationFindings(context: AnalysisContext, articulation: ArticulationResult): Finding[] {
  return articulation.articulationPoints.map((point) => ({
    id: findingId('articulation-point', point.id),
    kind: 'articulation-point',
    severity: 'medium',
    enterprises: [point.id],
    materials: [],
    flows: [],
    details: { pieces: point.pieces },
    reason: bilingual((l) =>
      l === 'zh'
        ? `「${actorName(context, point.id, l)}」是交换网络的关键节点:它一旦停产,网络会断成 ${point.pieces} 块。`
        : `${actorName(context, point.id, l)} holds the exchange network together: without it the network falls into ${point.pieces} pieces.`,
    ),
  }));
}

/** Enterprises whose closure breaks a chain or cuts two or more sole internal links. */
export function closureFindings(context: AnalysisContext, ranking: readonly ClosureRanking[]): Finding[] {
  return ranking.flatMap(({ enterprise, impact }) => {
    const sole = [...impact.lostSupplies, ...impact.lostOutlets].filter((l) => l.onlyInternalLink);
    const chains = [...new Set(impact.brokenTransitions.map((t) => t.chain))];
    if (chains.length === 0 && sole.length < 2) return [];
    return [
      {
        id: findingId('critical-enterprise', enterprise),
        kind: 'critical-enterprise',
        severity: chains.length > 0 ? 'high' : 'medium',
        enterprises: [enterprise, ...new Set(sole.map((l) => l.partner))],
        materials: [...new Set(sole.map((l) => l.material))],
        flows: sole.map((l) => l.flow),
        quantity: impact.massRerouted,
        unit: 't/a',
        details: { chains, soleLinks: sole.length },
        reason: bilingual((l) => {
          const name = actorName(context, enterprise, l);
          const mass = formatQuantity(impact.massRerouted, 't/a', l);
          return l === 'zh'
            ? `若「${name}」关停,${chains.length > 0 ? `${chains.length} 条产业链断链,` : ''}${sole.length} 家伙伴失去唯一的园区内供应或去向,${mass} 物料须改为外购或外运。`
            : `If ${name} closed, ${chains.length > 0 ? `${chains.length} chain(s) would break, ` : ''}${sole.length} partner(s) would lose their only internal supplier or outlet, and ${mass} would have to be bought in or sent out.`;
        }),
      },
    ];
  });
}
