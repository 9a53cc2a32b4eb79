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
import { sameItems } from '../../core/model/sameItems.ts';
import type { AnalysedMeasures } from '../network/actorMeasures.ts';

export interface ShownAnalysis extends Pick<
  ParkAnalysis,
  'park' | 'scope' | 'kinds' | 'kpis' | 'kpisWithPlanned' | 'findings' | 'projects' | 'abridged'
> {
  /** What the inspector and the actor scales read: each actor's centrality and the articulation points. */
  readonly network?: ShownNetwork;
  /** The most damaging closures, in core's order (the resilience table lists the first of them). */
  readonly resilience?: readonly ClosureRanking[];
  /**
   * Each enterprise's number of dependants should it close (an actor measure), in the order of the analysed
   * model's enterprises; 0 where no closure was simulated. A column, not a map: 20 000 map entries cost the
   * page more to take in than the rest of the analysis together.
   */
  readonly dependants?: Int32Array;
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

/** Values by actor id: undefined for an actor the analysis does not have. */
export type ByActor = Pick<ReadonlyMap<string, number>, 'get'>;

const NO_VALUES: ByActor = new Map<string, number>();

/** One column by actor id. */
export function columnById<C extends Exclude<keyof ActorColumns, 'ids'>>(
  actors: Pick<ActorColumns, 'ids' | C>,
  column: C,
): ByActor {
  const values = actors[column];
  const index = actorIndex(actors.ids);
  return {
    get(id) {
      const at = index.get(id);
      return at === undefined ? undefined : values[at];
    },
  };
}

/** The index of the last analysis' actors, kept while the next one lists the same actors in the same order. */
let lastIndex: { readonly ids: readonly string[]; readonly index: ReadonlyMap<string, number> } | null = null;

/**
 * Each actor's place in the columns. An edit seldom adds or removes an actor, so the index of the analysis
 * before usually serves: comparing 20 000 ids costs far less than a new map of them after every analysis.
 */
function actorIndex(ids: readonly string[]): ReadonlyMap<string, number> {
  const kept = lastIndex;
  if (kept && sameItems(kept.ids, ids)) return kept.index;
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i]!, i);
  lastIndex = { ids, index };
  return index;
}

/** Closures sent whole: more than the resilience table lists. */
export const SHOWN_CLOSURES = 100;

/** The page's part of `analysis` of a model with these `enterprises`, its findings abridged by core (with each kind's count). */
export function shownAnalysis(analysis: ParkAnalysis, enterprises: readonly { readonly id: string }[]): ShownAnalysis {
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
          dependants: dependantsColumn(resilience, enterprises),
        }
      : {}),
  };
}

function dependantsColumn(
  resilience: readonly ClosureRanking[],
  enterprises: readonly { readonly id: string }[],
): Int32Array {
  const counts = new Map(resilience.map((c) => [c.enterprise, c.impact.dependants.length]));
  return Int32Array.from(enterprises, (e) => counts.get(e.id) ?? 0);
}

/**
 * The analysis' actor measures, looked up by id (actorMeasures.ts), each index built on its first use: most
 * analyses arrive while the actors are sized by throughflow, and 20 000 ids are not worth indexing for nothing.
 */
export function analysedMeasures(
  shown: ShownAnalysis,
  enterprises: readonly { readonly id: string }[],
): AnalysedMeasures {
  let betweenness: ByActor | null = null;
  let dependants: ReadonlyMap<string, number> | null = null;
  return {
    // Not computed (NaN) counts as 0.
    betweenness: (id) =>
      (betweenness ??= shown.network ? columnById(shown.network.actors, 'betweenness') : NO_VALUES).get(id) || 0,
    dependants: (id) =>
      (dependants ??= new Map(enterprises.map((e, i) => [e.id, shown.dependants?.[i] ?? 0]))).get(id) ?? 0,
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
