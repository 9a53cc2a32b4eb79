/**
 * What the page holds of an analysis: the parts its panels, inspector and
 * actor scales read. At 20 000 enterprises and 100 000 flows the analysis
 * abridged by core is still 20 MB — per-actor flow figures, Chertow's flow
 * lists, every closure's dependants — and taking it in cost the page over
 * half a second after each edit, for parts no screen shows. The actors'
 * figures travel as columns (a typed array per figure): 20 000 objects took
 * the page most of the time left. The host keeps the whole analysis for the
 * exports (analysisHost.ts).
 */
import { abridgeFindings, DEFAULT_ABRIDGE_OPTIONS } from '../../core/analysis/abridgeAnalysis.ts';
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { NetworkReport } from '../../core/analysis/network/report.ts';
import type { ClosureRanking } from '../../core/analysis/resilience.ts';

export interface ShownAnalysis extends Pick<
  ParkAnalysis,
  'park' | 'scope' | 'kinds' | 'kpis' | 'kpisWithPlanned' | 'findings' | 'projects' | 'abridged'
> {
  /** What the inspector and the actor scales read: each actor's centrality and the articulation points. */
  readonly network?: ShownNetwork;
  /** The most damaging closures, in core's order (the resilience table lists the first of them). */
  readonly resilience?: readonly ClosureRanking[];
  /** Each simulated closure's number of dependants, by enterprise (an actor measure). */
  readonly dependants?: ReadonlyMap<string, number>;
}

/** What the inspector and the actor scales read of the network metrics. */
export interface ShownNetwork {
  /** The unit of throughflow. */
  readonly unit: string;
  /** Whether betweenness was estimated from sampled sources. */
  readonly sampled: boolean;
  readonly actors: ActorColumns;
  readonly keystones: readonly string[];
  readonly articulationPoints: readonly string[];
}

/** Each actor's centrality (core's ActorCentrality) as columns, the actors in core's order. */
export interface ActorColumns {
  readonly ids: readonly string[];
  readonly inDegree: Int32Array;
  readonly outDegree: Int32Array;
  readonly throughflow: Float64Array;
  /** NaN where betweenness was not computed. */
  readonly betweenness: Float64Array;
  /** 1-based position in core's ranking. */
  readonly rank: Int32Array;
}

/** One column by actor id. */
export function columnById(actors: ActorColumns, column: Exclude<keyof ActorColumns, 'ids'>): Map<string, number> {
  const values = actors[column];
  return new Map(actors.ids.map((id, i) => [id, values[i]!]));
}

/** Closures sent whole: more than the resilience table lists. */
export const SHOWN_CLOSURES = 100;

/** The page's part of `analysis`, its findings abridged by core (with each kind's count). */
export function shownAnalysis(analysis: ParkAnalysis): ShownAnalysis {
  const { park, scope, kinds, kpis, kpisWithPlanned, projects, network, resilience } = analysis;
  // Core's abridging of findings alone: the page gets none of the cycles the whole abridging would cut.
  const abridged = abridgeFindings(analysis.findings, DEFAULT_ABRIDGE_OPTIONS.findingsPerKind);
  return {
    park,
    scope,
    kinds,
    kpis,
    findings: abridged?.kept ?? analysis.findings,
    ...(kpisWithPlanned ? { kpisWithPlanned } : {}),
    ...(projects ? { projects } : {}),
    ...(abridged ? { abridged: { findings: abridged.counts } } : {}),
    ...(network ? { network: shownNetwork(network) } : {}),
    ...(resilience
      ? {
          resilience: resilience.slice(0, SHOWN_CLOSURES),
          dependants: new Map(resilience.map((c) => [c.enterprise, c.impact.dependants.length])),
        }
      : {}),
  };
}

function shownNetwork(network: NetworkReport): ShownNetwork {
  const { centrality } = network;
  const actors = centrality.actors;
  const ints = (pick: (a: (typeof actors)[number]) => number) => Int32Array.from(actors, pick);
  return {
    unit: centrality.unit,
    sampled: centrality.betweenness.sampled,
    actors: {
      ids: actors.map((a) => a.id),
      inDegree: ints((a) => a.inDegree),
      outDegree: ints((a) => a.outDegree),
      throughflow: Float64Array.from(actors, (a) => a.throughflow),
      betweenness: Float64Array.from(actors, (a) => a.betweenness ?? NaN),
      rank: ints((a) => a.rank),
    },
    keystones: centrality.keystones,
    articulationPoints: network.articulation.articulationPoints.map((p) => p.id),
  };
}
