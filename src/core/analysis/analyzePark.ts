/**
 * The whole analysis of one park (domain.md §4), as one plain object: the
 * CLI prints it, the UI renders it, tests assert on it. Each part can be
 * switched off with `only`.
 */
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import type { ParkModel } from '../model/types.ts';
import { analyzeChains, type ChainReport } from './chainIntegrity.ts';
import { analyzeCapacity, type CapacityBalance } from './capacityBalance.ts';
import { createAnalysisContext } from './context.ts';
import { findCouplingGaps, type ClusterExchange, type CouplingMatch } from './couplingGaps.ts';
import { sortFindings, type Finding } from './finding.ts';
import { findIntegrityProblems } from './integrity.ts';
import { computeKpis, type Kpis } from './kpis.ts';
import { networkReport, type NetworkReport } from './network/report.ts';
import type { BetweennessMethod } from './network/betweenness.ts';
import { findOpenEnds } from './openEnds.ts';
import { rankProjects, type ProjectRanking } from './projects.ts';
import { rankClosureImpacts, type ClosureRanking } from './resilience.ts';
import { articulationFindings, closureFindings } from './structureFindings.ts';

export const ANALYSIS_KINDS = [
  'integrity',
  'open-ends',
  'chains',
  'coupling',
  'capacity',
  'network',
  'resilience',
  'projects',
] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

export interface AnalysisOptions {
  readonly catalogue?: TechnologyCatalogue;
  /** Run only these parts (all by default). KPIs are always computed. */
  readonly only?: readonly AnalysisKind[];
  /** Exact betweenness is O(V·E): large parks may want 'sampled' or 'none'. */
  readonly betweenness?: BetweennessMethod;
}

export interface ParkAnalysis {
  readonly park: string;
  readonly kinds: readonly AnalysisKind[];
  readonly kpis: Kpis;
  /** Every finding of the parts run, most severe first. */
  readonly findings: readonly Finding[];
  readonly chains?: readonly ChainReport[];
  readonly coupling?: {
    readonly matches: readonly CouplingMatch[];
    readonly clusterMatrix: readonly ClusterExchange[];
  };
  readonly capacity?: readonly CapacityBalance[];
  readonly network?: NetworkReport;
  readonly resilience?: readonly ClosureRanking[];
  readonly projects?: ProjectRanking;
}

export function analyzePark(model: ParkModel, options: AnalysisOptions = {}): ParkAnalysis {
  const kinds = ANALYSIS_KINDS.filter((k) => !options.only || options.only.includes(k));
  const run = (kind: AnalysisKind) => kinds.includes(kind);
  const context = createAnalysisContext(model);
  // Lists of findings, flattened at the end: spreading 100 000 findings into push() would overflow the stack.
  const findings: (readonly Finding[])[] = [];
  const result: { -readonly [K in keyof ParkAnalysis]?: ParkAnalysis[K] } = {};

  if (run('integrity')) findings.push(findIntegrityProblems(context));
  if (run('open-ends')) findings.push(findOpenEnds(context));
  const chains = run('chains') || run('resilience') ? analyzeChains(context, options.catalogue) : undefined;
  if (chains && run('chains')) {
    findings.push(chains.findings);
    result.chains = chains.chains;
  }
  if (run('coupling')) {
    const coupling = findCouplingGaps(context);
    findings.push(coupling.findings);
    result.coupling = { matches: coupling.matches, clusterMatrix: coupling.clusterMatrix };
  }
  if (run('capacity')) {
    const capacity = analyzeCapacity(context);
    findings.push(capacity.findings);
    result.capacity = capacity.balances;
  }
  if (run('network')) {
    const network = networkReport(model, { betweenness: options.betweenness ?? 'exact' });
    findings.push(articulationFindings(context, network.articulation));
    result.network = network;
  }
  if (chains && run('resilience')) {
    const ranking = rankClosureImpacts(context, chains);
    findings.push(closureFindings(context, ranking));
    result.resilience = ranking;
  }
  const kpis = computeKpis(model, result.network);
  if (run('projects') && options.catalogue) {
    // The ranking compares each project with the park as it is: hand it what is already computed.
    result.projects = rankProjects(model, options.catalogue, {}, { context, kpis, ...(chains ? { chains } : {}) });
  }

  return { park: model.park.id, kinds, kpis, findings: sortFindings(findings.flat()), ...result };
}
