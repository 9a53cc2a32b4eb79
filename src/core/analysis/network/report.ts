/**
 * Every network metric of domain.md §4 item 7 (and the 3-2 test of item 10)
 * in one plain object, with the actor network and the flow matrix built
 * once and shared. Exact betweenness is the slow part (~50 s for the
 * 20 000-actor benchmark park here, O(N·L)); `betweenness: 'sampled'` or
 * `'none'` avoids it.
 */
import type { ParkModel } from '../../model/types.ts';
import { buildActorNetwork, type ActorNetworkOptions } from './actors.ts';
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
import { withDefaults } from './shared.ts';
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
}

export function networkReport(model: ParkModel, options: Partial<NetworkReportOptions> = {}): NetworkReport {
  const merged = withDefaults(DEFAULT_NETWORK_REPORT_OPTIONS, options);
  const network = buildActorNetwork(model, merged.network);
  const shared = { network: network.options, unit: merged.unit };
  const flows = flowMetricsOf(buildFlowMatrix(model, { ...network.options, unit: merged.unit }), merged.finn);
  return {
    park: model.park.id,
    unit: merged.unit,
    network: {
      actors: network.actors.length,
      links: network.links,
      flows: network.flows.length,
      options: network.options,
    },
    structure: computeStructuralMetrics(network, { cyclicity: merged.cyclicity }),
    strongComponents: findStronglyConnectedComponents(network),
    weakComponents: findWeaklyConnectedComponents(network),
    articulation: findArticulationPoints(network),
    centrality: computeCentrality(
      model,
      {
        unit: merged.unit,
        betweenness: { ...merged.betweennessOptions, method: merged.betweenness },
        keystones: merged.keystones,
      },
      { network, flows },
    ),
    cycles: findCycles(network, merged.cycles),
    communities: detectCommunities(model, { ...merged.communities, ...shared }),
    flows,
    reuse: computeReuseRate(model, { ...merged.reuse, ...shared }),
    chertow: checkChertow32(model, { ...merged.chertow, network: network.options }),
  };
}
