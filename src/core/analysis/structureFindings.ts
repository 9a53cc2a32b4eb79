/**
 * Findings a park manager reads off the network structure and the closure
 * ranking: actors whose loss splits the exchange network, and enterprises
 * whose closure would break chains.
 */
import type { AnalysisContext } from './context.ts';
import { findingId, type Finding } from './finding.ts';
import type { ArticulationResult } from './network/articulation.ts';
import { lossAmount, strandedLines, unmetLines, type ClosureRanking, type LossLine } from './resilience.ts';
import { inBothLanguages, message } from '../text/message.ts';
import { actorName } from './text.ts';
import { listNames, namesAndOthers } from '../text/lists.ts';

export function articulationFindings(context: AnalysisContext, articulation: ArticulationResult): Finding[] {
  return articulation.articulationPoints.map((point) => ({
    id: findingId('articulation-point', point.id),
    kind: 'articulation-point',
    severity: 'medium',
    enterprises: [point.id],
    materials: [],
    flows: [],
    details: { pieces: point.pieces },
    reason: inBothLanguages((l) =>
      message(l, 'finding:articulationPoint', { enterprise: actorName(context, point.id, l), pieces: point.pieces }),
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
        reason: inBothLanguages((l) => {
          const who = (names: readonly string[]) => namesAndOthers(names, 2, l);
          const losses = (lines: readonly LossLine[]) =>
            listNames(
              lines.map((u) =>
                message(l, 'finding:closureLoss', { material: u.material, amount: lossAmount(u, l), who: who(u.who) }),
              ),
              l,
            );
          const unmetText = losses(unmetLines(context, impact, l));
          const strandedText = losses(strandedLines(context, impact, l));
          const parts = [
            ...(unmetText !== '' ? [message(l, 'finding:closureUnmet', { losses: unmetText })] : []),
            ...(strandedText !== '' ? [message(l, 'finding:closureStranded', { losses: strandedText })] : []),
            ...(chains.length > 0
              ? [
                  message(l, chains.length === 1 ? 'finding:closureChain' : 'finding:closureChains', {
                    n: chains.length,
                  }),
                ]
              : []),
            ...(impact.dependants.length > 0
              ? [
                  message(
                    l,
                    impact.dependants.length === 1 ? 'finding:closureDependant' : 'finding:closureDependants',
                    {
                      n: impact.dependants.length,
                    },
                  ),
                ]
              : []),
          ];
          return message(l, 'finding:criticalEnterprise', {
            enterprise: actorName(context, enterprise, l),
            consequences: parts.join(message(l, 'finding:closureSeparator')),
          });
        }),
      },
    ];
  });
}
