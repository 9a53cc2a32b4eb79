/**
 * An analysis cut to what a screen shows, saying what it left out. A
 * provincial park's analysis (20 000 enterprises, 100 000 flows) holds some
 * 68 000 findings and a thousand cycles through thousands of actors each:
 * 200 MB that a worker takes seconds to hand to the page and nobody reads
 * as a list. The abridged copy keeps every figure, the most severe findings
 * of each kind (in their order) with each kind's count, and the shortest
 * cycles with the number found; the whole analysis stays where it was
 * computed, for the exports that need all of it.
 */
import type { ParkAnalysis } from './analyzePark.ts';
import type { Finding, FindingKind } from './finding.ts';
import { shortestCycles, type Cycles } from './network/cycles.ts';
import type { NetworkReport } from './network/report.ts';
import { withDefaults } from '../model/withDefaults.ts';

export interface AbridgeOptions {
  /** Findings kept of each kind, the first in the analysis' order (most severe first). */
  readonly findingsPerKind: number;
  /** Cycles kept of each list, shortest first, and actor ids in all. */
  readonly cycles: number;
  readonly cycleActors: number;
}

/** @public */
export const DEFAULT_ABRIDGE_OPTIONS: AbridgeOptions = Object.freeze<AbridgeOptions>({
  findingsPerKind: 200,
  cycles: 100,
  cycleActors: 10_000,
});

export interface AbridgedParts {
  /** Findings of each kind in the whole analysis, where some of them were left out. */
  readonly findings?: { readonly total: number; readonly perKind: Readonly<Partial<Record<FindingKind, number>>> };
}

/** The analysis as it is when nothing needs leaving out, else an abridged copy. */
export function abridgeAnalysis(analysis: ParkAnalysis, caller: Partial<AbridgeOptions> = {}): ParkAnalysis {
  const options = withDefaults(DEFAULT_ABRIDGE_OPTIONS, caller);
  const findings = abridgeFindings(analysis.findings, options.findingsPerKind);
  const network = analysis.network && abridgedNetwork(analysis.network, options);
  if (!findings && !network) return analysis;
  return {
    ...analysis,
    ...(findings ? { findings: findings.kept, abridged: { findings: findings.counts } } : {}),
    ...(network ? { network } : {}),
  };
}

/** The network report with its cycles cut to the shortest, cut once; null when both lists fit whole. */
function abridgedNetwork(network: NetworkReport, options: AbridgeOptions): NetworkReport | null {
  const cut = (cycles: Cycles) => shortestCycles(cycles, options.cycles, options.cycleActors);
  const cycles = cut(network.cycles);
  const commensurable = cut(network.commensurable.cycles);
  if (
    cycles.cycles.length === network.cycles.cycles.length &&
    commensurable.cycles.length === network.commensurable.cycles.cycles.length
  )
    return null;
  return { ...network, cycles, commensurable: { ...network.commensurable, cycles: commensurable } };
}

/**
 * The first `perKind` findings of each kind, in their order, with each kind's
 * count; null when no kind has more.
 */
export function abridgeFindings(findings: readonly Finding[], perKind: number) {
  const counts = new Map<FindingKind, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  if ([...counts.values()].every((count) => count <= perKind)) return null;
  const taken = new Map<FindingKind, number>();
  const kept = findings.filter((finding) => {
    const count = taken.get(finding.kind) ?? 0;
    taken.set(finding.kind, count + 1);
    return count < perKind;
  });
  return { kept, counts: { total: findings.length, perKind: Object.fromEntries(counts) } };
}
