/**
 * The whole analysis of one park (domain.md §4), as one plain object: the
 * CLI prints it, the UI renders it, tests assert on it. Each part can be
 * switched off with `only`.
 */
import type { AbridgedParts } from './abridgeAnalysis.ts';
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import type { ParkModel } from '../model/types.ts';
import { withDefaults } from '../model/withDefaults.ts';
import { analyzeChains, type ChainReport } from './chainIntegrity.ts';
import { balanceCapacity, type CapacityBalance } from './capacityBalance.ts';
import { capacityFindings } from './capacityFindings.ts';
import {
  contextInScope,
  createAnalysisContext,
  hasPlannedItems,
  type AnalysisContext,
  type AnalysisScope,
} from './context.ts';
import {
  findCouplingGaps,
  matchSurpluses,
  streamKey,
  type ClusterExchange,
  type SurplusOffer,
} from './couplingGaps.ts';
import { findStructuralGaps, type StructuralProposal } from './structuralGaps.ts';
import { sortFindings, type Finding } from './finding.ts';
import { findIntegrityProblems } from './integrity.ts';
import { computeKpis, scopeNetworkOptions, type Kpis } from './kpis.ts';
import { networkReport, type NetworkReport } from './network/report.ts';
import type { Betweenness, BetweennessMethod } from './network/betweenness.ts';
import type { ActorNetworkOptions } from './network/actors.ts';
import { findOpenEnds } from './openEnds.ts';
import { rankProjects, type ProjectRanking } from './projects.ts';
import { withFindingSources } from './findingSources.ts';
import { rankClosureImpacts, type ClosureRanking } from './resilience.ts';
import { articulationFindings, closureFindings } from './structureFindings.ts';

import { ANALYSIS_KINDS, type AnalysisKind } from './analysisKinds.ts';

export { ANALYSIS_KINDS, type AnalysisKind };

export interface AnalysisOptions {
  /** The technology catalogue: chain extensions, structural evidence and projects need one (no projects without). */
  readonly catalogue?: TechnologyCatalogue;
  /** Run only these parts. KPIs are always computed. */
  readonly only: readonly AnalysisKind[];
  /** Exact betweenness is O(V·E): large parks may want 'sampled' or 'none'. */
  readonly betweenness: BetweennessMethod;
  /** `today` or `with-planned` (context.ts). */
  readonly scope: AnalysisScope;
  /** Count an actor's flows to itself in the network metrics (enaR's convention). */
  readonly selfLoops: boolean;
  /**
   * Betweenness computed ahead on `analysisNetworkOptions`' network with the
   * method asked for, by threads core cannot start (src/cli/parallelBetweenness.ts).
   */
  readonly betweennessPrecomputed?: Betweenness;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = Object.freeze<AnalysisOptions>({
  only: ANALYSIS_KINDS,
  betweenness: 'exact',
  scope: 'today',
  selfLoops: false,
});

export interface ParkAnalysis {
  readonly park: string;
  readonly scope: AnalysisScope;
  readonly kinds: readonly AnalysisKind[];
  readonly kpis: Kpis;
  /** The same figures with planned items counted, beside `kpis` (today), when the model holds any. */
  readonly kpisWithPlanned?: Kpis;
  /** Every finding of the parts run, most severe first. */
  readonly findings: readonly Finding[];
  readonly chains?: readonly ChainReport[];
  readonly coupling?: {
    /** Each supplier's surplus of a material with the takers it could serve. */
    readonly offers: readonly SurplusOffer[];
    readonly clusterMatrix: readonly ClusterExchange[];
    /** Exchanges the structure suggests where no quantities say more (structuralGaps.ts). */
    readonly structural: readonly StructuralProposal[];
  };
  readonly capacity?: readonly CapacityBalance[];
  readonly network?: NetworkReport;
  readonly resilience?: readonly ClosureRanking[];
  readonly projects?: ProjectRanking;
  /** Set on a copy abridged for display (abridgeAnalysis.ts): what it leaves out. */
  readonly abridged?: AbridgedParts;
}

/** The actors and flows the network analysis reads, for a caller that computes part of it ahead (betweenness). */
export function analysisNetworkOptions(
  options: Pick<AnalysisOptions, 'scope' | 'selfLoops'>,
): Partial<ActorNetworkOptions> {
  return { ...scopeNetworkOptions(options), includeSelfLoops: options.selfLoops };
}

export function analyzePark(model: ParkModel, caller: Partial<AnalysisOptions> = {}): ParkAnalysis {
  const options = withDefaults(DEFAULT_ANALYSIS_OPTIONS, caller);
  const kinds = ANALYSIS_KINDS.filter((k) => options.only.includes(k));
  const run = (kind: AnalysisKind) => kinds.includes(kind);
  const { scope } = options;
  // One context, built once: every analysis below reads it (the network metrics its model index).
  const context = createAnalysisContext(model, { scope });
  let plannedContext: AnalysisContext | undefined;
  const withPlanned = () => (plannedContext ??= contextInScope(context, 'with-planned'));
  // Lists of findings, flattened at the end: spreading 100 000 findings into push() would overflow the stack.
  const findings: (readonly Finding[])[] = [];
  const result: { -readonly [K in keyof ParkAnalysis]?: ParkAnalysis[K] } = {};

  // Surpluses matched to takers once: open ends and chain findings carry them as facets of their stream,
  // and the coupling findings report only the streams no stronger finding covers (one stream, one finding).
  const offers = run('open-ends') || run('chains') || run('coupling') ? matchSurpluses(context) : [];
  const covered = new Set<string>();
  // Capacity balances are computed first too: an open end whose producer is the whole of what the park sends
  // out of a material states the park's capacity for it, and the capacity finding then stays silent.
  const balances = run('capacity') ? balanceCapacity(context) : undefined;
  let coveredBalances: ReadonlySet<string> = new Set();
  if (run('integrity')) findings.push(findIntegrityProblems(context));
  if (run('open-ends')) {
    const openEnds = findOpenEnds(context, {
      offers,
      ...(balances ? { balances } : {}),
    });
    findings.push(openEnds.findings);
    for (const key of openEnds.covered) covered.add(key);
    coveredBalances = openEnds.coveredBalances;
  }
  const chains = run('chains') || run('resilience') ? analyzeChains(context, options.catalogue, offers) : undefined;
  if (chains && run('chains')) {
    findings.push(chains.findings);
    for (const key of chains.covered) covered.add(key);
    result.chains = chains.chains;
  }
  if (run('coupling')) {
    // Where the data give no quantities, the structure still suggests exchanges; streams a quantitative
    // offer or a stronger finding reports are not proposed again.
    const weighed = new Set([
      ...covered,
      ...offers.filter((o) => o.matched > 0).map((o) => streamKey(o.supplier, o.material)),
    ]);
    const structural = findStructuralGaps(context, options.catalogue, { covered: weighed });
    findings.push(structural.findings);
    const coupling = findCouplingGaps(context, offers, covered, structural.proposals);
    findings.push(coupling.findings);
    result.coupling = {
      offers: coupling.offers,
      clusterMatrix: coupling.clusterMatrix,
      structural: structural.proposals,
    };
  }
  if (balances) {
    findings.push(capacityFindings(context, balances, {}, coveredBalances));
    result.capacity = balances;
  }
  if (run('network')) {
    const network = networkReport(context, {
      betweenness: options.betweenness,
      ...(options.betweennessPrecomputed
        ? { betweennessOptions: { precomputed: options.betweennessPrecomputed } }
        : {}),
      network: analysisNetworkOptions(options),
    });
    findings.push(articulationFindings(context, network.articulation));
    result.network = network;
  }
  if (chains && run('resilience')) {
    const ranking = rankClosureImpacts(context, chains);
    findings.push(closureFindings(context, ranking));
    result.resilience = ranking;
  }
  const kpis = computeKpis(context, result.network);
  if (scope === 'today' && hasPlannedItems(model)) {
    result.kpisWithPlanned = computeKpis(withPlanned(), undefined, { includeSelfLoops: options.selfLoops });
  }
  if (run('projects') && options.catalogue) {
    // Projects are read with planned items counted; when the model has none, that is the park as analysed here.
    const same = scope === 'with-planned' || !hasPlannedItems(model);
    result.projects = rankProjects(
      model,
      options.catalogue,
      {},
      same ? { context: withPlanned(), kpis, ...(chains ? { chains } : {}) } : { context: withPlanned() },
    );
  }

  return {
    park: model.park.id,
    scope,
    kinds,
    kpis,
    findings: sortFindings(withFindingSources(model, findings.flat())),
    ...result,
  };
}
