/**
 * Every network metric of domain.md §4 item 7 (and the 3-2 test of item 10)
 * in one plain object, with the actor network and the flow matrix built
 * once and shared. Exact betweenness is the slow part (~50 s for the
 * 20 000-actor benchmark park here, O(N·L)); `betweenness: 'sampled'` or
 * `'none'` avoids it.
 *
 * The report says which flows each metric read (`coverage`, coverage.ts),
 * gives the structural metrics and loops again over the flows the
 * flow-based metrics read (`commensurable`: in t/a by default, so a reader
 * sees whether the loops survive without water, energy and services), and
 * what the listed loops run through (`cycleComposition`).
 *
 * Self-loops: `network: { includeSelfLoops: true }` counts flows whose
 * `from` and `to` are the same enterprise in F and in the flow matrix (the
 * convention of enaR and the ecosystem-network literature), so every
 * structural and flow-based metric here includes them. The internal reuse
 * rate and the 3-2 test never do: both are about exchanges between
 * different enterprises.
 */
import { indexedModel, type ModelInput } from '../../model/lookup.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import { buildActorNetwork, type ActorNetworkOptions } from './actors.ts';
import { commensurableModel, networkCoverage, type NetworkCoverage } from './coverage.ts';
import { describeCycles, type CycleComposition } from './cycleComposition.ts';
import { findArticulationPoints, type ArticulationResult } from './articulation.ts';
import type { BetweennessMethod, BetweennessOptions } from './betweenness.ts';
import { computeCentrality, type Centrality } from './centrality.ts';
import { checkChertow32, type ChertowOptions, type ChertowVerdict } from './chertow.ts';
import { detectCommunities, type CommunityOptions, type Communities } from './communities.ts';
import { findCycles, type CycleOptions, type Cycles } from './cycles.ts';
import type { FinnOptions } from './finnDiagonal.ts';
import { buildFlowMatrix } from './flowMatrix.ts';
import { flowMetricsOf, type FlowMetrics } from './flowMetrics.ts';
import { computeReuseRate, type ReuseOptions, type ReuseRate } from './reuse.ts';
import { findStronglyConnectedComponents, findWeaklyConnectedComponents, type Components } from './scc.ts';
import type { CyclicityOptions } from './spectralRadius.ts';
import { computeStructuralMetrics, type StructuralMetrics } from './structural.ts';

export interface NetworkReportOptions {
  /** Which actors and flows form the network; shared by every metric. */
  readonly network?: Partial<ActorNetworkOptions>;
  /** The commensurable unit of every quantity-based metric. */
  readonly unit: string;
  readonly betweenness: BetweennessMethod;
  readonly betweennessOptions?: Partial<Omit<BetweennessOptions, 'method'>>;
  readonly keystones?: number;
  readonly cyclicity?: Partial<CyclicityOptions>;
  readonly cycles?: Partial<Omit<CycleOptions, 'network'>>;
  readonly communities?: Partial<Omit<CommunityOptions, 'network' | 'unit'>>;
  readonly finn?: Partial<FinnOptions>;
  readonly reuse?: Partial<Omit<ReuseOptions, 'network' | 'unit'>>;
  readonly chertow?: Partial<Omit<ChertowOptions, 'network'>>;
}

/**
 * The defaults of `networkReport`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_NETWORK_REPORT_OPTIONS: NetworkReportOptions = Object.freeze<NetworkReportOptions>({
  unit: 't/a',
  betweenness: 'exact',
});

export interface NetworkReport {
  readonly park: string;
  readonly unit: string;
  readonly network: {
    readonly actors: number;
    readonly links: number;
    readonly flows: number;
    readonly options: ActorNetworkOptions;
  };
  readonly structure: StructuralMetrics;
  readonly strongComponents: Components;
  readonly weakComponents: Components;
  readonly articulation: ArticulationResult;
  readonly centrality: Centrality;
  readonly cycles: Cycles;
  readonly communities: Communities;
  readonly flows: FlowMetrics;
  readonly reuse: ReuseRate;
  readonly chertow: ChertowVerdict;
  /** Which flows entered the structural and the flow-based metrics, and why the others did not. */
  readonly coverage: NetworkCoverage;
  /**
   * The structural metrics and loops over the flows the flow-based metrics
   * read (those whose unit converts to `unit`), beside `structure` and
   * `cycles` over every category.
   */
  readonly commensurable: {
    readonly unit: string;
    /** Flows (links of F) counted in this subset. */
    readonly flows: number;
    readonly structure: StructuralMetrics;
    readonly cycles: Cycles;
  };
  /** What the listed recycling loops run through. */
  readonly cycleComposition: CycleComposition;
}

/**
 * `input`: a model, or one already indexed — analyzePark passes its AnalysisContext, so every metric here reads
 * the index the context built.
 */
export function networkReport(input: ModelInput, options: Partial<NetworkReportOptions> = {}): NetworkReport {
  const merged = withDefaults(DEFAULT_NETWORK_REPORT_OPTIONS, options);
  const source = indexedModel(input);
  const { model } = source;
  const network = buildActorNetwork(source, merged.network);
  const shared = { network: network.options, unit: merged.unit };
  const matrixOptions = { ...network.options, unit: merged.unit };
  const flows = flowMetricsOf(buildFlowMatrix(source, matrixOptions), merged.finn);
  const structure = computeStructuralMetrics(network, { cyclicity: merged.cyclicity });
  const cycles = findCycles(network, merged.cycles);
  // The same metrics over the flows in `unit`; when every counted flow is in it, they are the same network.
  const massNetwork = buildActorNetwork(commensurableModel(source, merged.unit), network.options);
  const same = massNetwork.flows.length === network.flows.length;
  return {
    park: model.park.id,
    unit: merged.unit,
    network: {
      actors: network.actors.length,
      links: network.links,
      flows: network.flows.length,
      options: network.options,
    },
    structure,
    strongComponents: findStronglyConnectedComponents(network),
    weakComponents: findWeaklyConnectedComponents(network),
    articulation: findArticulationPoints(network),
    centrality: computeCentrality(
      source,
      {
        unit: merged.unit,
        betweenness: { ...merged.betweennessOptions, method: merged.betweenness },
        keystones: merged.keystones,
      },
      { network, flows },
    ),
    cycles,
    communities: detectCommunities(source, { ...merged.communities, ...shared }),
    flows,
    // Reuse is by another enterprise: an enterprise's flow to itself is never reuse, whatever the option.
    reuse: computeReuseRate(source, {
      ...merged.reuse,
      ...shared,
      network: { ...network.options, includeSelfLoops: false },
    }),
    chertow: checkChertow32(source, { ...merged.chertow, network: network.options }),
    coverage: networkCoverage(source, network.indexOf, matrixOptions),
    commensurable: {
      unit: merged.unit,
      flows: massNetwork.flows.length,
      structure: same ? structure : computeStructuralMetrics(massNetwork, { cyclicity: merged.cyclicity }),
      cycles: same ? cycles : findCycles(massNetwork, merged.cycles),
    },
    cycleComposition: describeCycles(source, network, cycles, merged.unit),
  };
}
