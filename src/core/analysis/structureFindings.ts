/**
 * Findings a park manager reads off the network structure and the closure
 * ranking: actors whose loss splits the exchange network, and enterprises
 * whose closure would break chains.
 */
import type { AnalysisContext } from './context.ts';
import { findingId, type Finding } from './finding.ts';
import type { ArticulationResult } from './network/articulation.ts';
import { lossAmount, strandedLines, unmetLines, type ClosureRanking } from './resilience.ts';
import { actorName, bilingual, listNames } from './text.ts';

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
        ? `「${actorName(context, point.id, l)}」是割点企业:它一旦停产,交换网络会断成 ${point.pieces} 块。`
        : `${actorName(context, point.id, l)} holds the exchange network together: without it the network falls into ${point.pieces} pieces.`,
    ),
  }));
}

/**
 * Enterprises whose closure leaves unmet demand, breaks a chain, or cuts two
 * or more partners' sole internal links: what a manager must plan for.
 */
export function closureFindings(context: AnalysisContext, ranking: readonly ClosureRanking[]): Finding[] {
  return ranking.flatMap(({ enterprise, impact, score }) => {
    const sole = [...impact.lostSupplies, ...impact.lostOutlets].filter((l) => l.onlyInternalLink);
    const chains = impact.brokenChains;
    const unmet = unmetLines(context, impact, 'zh').length > 0;
    const stranded = strandedLines(context, impact, 'zh').length > 0;
    if (chains.length === 0 && impact.dependants.length < 2 && !unmet) return [];
    return [
      {
        id: findingId('critical-enterprise', enterprise),
        kind: 'critical-enterprise',
        severity: unmet || stranded || chains.length > 0 ? 'high' : 'medium',
        enterprises: [enterprise, ...impact.dependants],
        materials: [...new Set([...sole.map((l) => l.material), ...impact.outsideLosses.map((l) => l.material)])],
        flows: sole.map((l) => l.flow),
        weight: score,
        details: { chains, dependants: impact.dependants, unmet: impact.unmet, score },
        reason: bilingual((l) => {
          const name = actorName(context, enterprise, l);
          const lines = unmetLines(context, impact, l);
          const who = (names: readonly string[]) =>
            names.length <= 2
              ? listNames(names, l)
              : l === 'zh'
                ? `${listNames(names.slice(0, 2), l)}等 ${names.length} 家`
                : `${listNames(names.slice(0, 2), l)} and ${names.length - 2} others`;
          const unmetText = lines
            .map((u) =>
              l === 'zh'
                ? `${u.material} ${lossAmount(u, l)}(${who(u.who)})`
                : `${lossAmount(u, l)} of ${u.material} (${who(u.who)})`,
            )
            .join(l === 'zh' ? '、' : ', ');
          const strandedText = strandedLines(context, impact, l)
            .map((u) =>
              l === 'zh'
                ? `${u.material} ${lossAmount(u, l)}(${who(u.who)})`
                : `${lossAmount(u, l)} of ${u.material} (${who(u.who)})`,
            )
            .join(l === 'zh' ? '、' : ', ');
          const parts =
            l === 'zh'
              ? [
                  lines.length > 0 && `${unmetText}无处可得(未满足需求)`,
                  strandedText !== '' && `${strandedText}失去园区内唯一的去向,只能外送或排放`,
                  chains.length > 0 && `${chains.length} 条产业链断链`,
                  impact.dependants.length > 0 && `${impact.dependants.length} 家企业失去唯一的园区内供应或去向`,
                ]
              : [
                  lines.length > 0 && `${unmetText} would have no supply (unmet demand)`,
                  strandedText !== '' && `${strandedText} would lose its only outlet in the park`,
                  chains.length > 0 && `${chains.length} chain(s) would break`,
                  impact.dependants.length > 0 &&
                    `${impact.dependants.length} enterprise(s) would lose their only internal supplier or outlet`,
                ];
          const text = parts.filter(Boolean).join(l === 'zh' ? ',' : '; ');
          return l === 'zh' ? `若「${name}」关停:${text}。` : `If ${name} closed: ${text}.`;
        }),
      },
    ];
  });
}
