/**
 * The park through the years (domain.md §5a): for every year in which
 * something changed (each distinct start and end year of a flow), the
 * exchanges that began and ended, and the structural metrics of the park as
 * it stood that year (`modelAsOf`). The metrics are the network module's own
 * (analysis/network: the binary actor adjacency F over the internal actors,
 * self-loops excluded by default), computed on each year's model, so a year
 * here reads exactly as `analyze --as-of YEAR` would report it.
 *
 * Between two change years nothing changes, so these rows are the whole
 * history: the park as of any year is the row of the last change year at or
 * before it (or the undated flows alone before the first).
 */
import { isDated, modelAsOf, yearsOf } from '../model/asOf.ts';
import type { FlowStatus, ParkModel } from '../model/types.ts';
import { withDefaults } from '../model/withDefaults.ts';
import { buildActorNetwork, DEFAULT_ACTOR_NETWORK_OPTIONS, type ActorNetworkOptions } from './network/actors.ts';
import { strongComponentIndex, weakComponentIndex } from './network/scc.ts';
import { DEFAULT_CYCLICITY_OPTIONS, type CyclicityOptions } from './network/spectralRadius.ts';
import { computeStructuralMetrics } from './network/structural.ts';

export interface EvolutionOptions {
  /** Which actors and flows form the network (the analysis' own options, e.g. `includeSelfLoops`). */
  readonly network?: Partial<ActorNetworkOptions>;
  readonly cyclicity?: Partial<CyclicityOptions>;
}

/** A flow that began or ended, with what a reader needs to name it. */
export interface EvolutionFlow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly material: string;
  readonly status: FlowStatus;
}

/** The structural metrics of the park as of one year (structural.ts, scc.ts). */
export interface EvolutionMetrics {
  /** N: internal actors (operating enterprises, by default). */
  readonly actors: number;
  /** L: pairs i → j with f_ij = 1. */
  readonly links: number;
  /** L / N; null without actors. */
  readonly linkageDensity: number | null;
  /** L / N²; null without actors. */
  readonly connectance: number | null;
  /** λmax, the spectral radius of F: 0 no cycle, 1 simple cycles, > 1 nested cycling. */
  readonly cyclicity: number;
  /** Strongly connected components with a cycle in them. */
  readonly cyclicComponents: number;
  readonly weakComponents: number;
  readonly strongComponents: number;
}

export interface EvolutionYear {
  readonly year: number;
  /** Flows whose `startYear` is this year, in model order. */
  readonly began: readonly EvolutionFlow[];
  /** Flows whose `endYear` is this year (the first year they no longer run), in model order. */
  readonly ended: readonly EvolutionFlow[];
  /** Flows running as of this year, boundary flows and flows of any status included. */
  readonly exchanges: number;
  /** Enterprises present as of this year, whatever their status. */
  readonly enterprises: number;
  readonly metrics: EvolutionMetrics;
}

export interface ParkEvolution {
  readonly park: string;
  /** One row per change year, ascending; empty when no flow has a year. */
  readonly years: readonly EvolutionYear[];
  /** Flows with neither a start nor an end year: present in every year. */
  readonly undatedFlows: number;
  /** Flows with an end year but no start year: present from the start until they end. */
  readonly flowsWithoutStart: number;
  readonly totalFlows: number;
  readonly options: ActorNetworkOptions;
}

export function parkEvolution(model: ParkModel, options: EvolutionOptions = {}): ParkEvolution {
  const network = withDefaults(DEFAULT_ACTOR_NETWORK_OPTIONS, options.network);
  const cyclicity = withDefaults(DEFAULT_CYCLICITY_OPTIONS, options.cyclicity);
  const began = new Map<number, EvolutionFlow[]>();
  const ended = new Map<number, EvolutionFlow[]>();
  let undatedFlows = 0;
  let flowsWithoutStart = 0;
  for (const flow of model.flows) {
    const shown: EvolutionFlow = {
      id: flow.id,
      from: flow.from,
      to: flow.to,
      material: flow.material,
      status: flow.status,
    };
    if (flow.startYear !== undefined) push(began, flow.startYear, shown);
    if (flow.endYear !== undefined) push(ended, flow.endYear, shown);
    if (!isDated(flow)) undatedFlows++;
    else if (flow.startYear === undefined) flowsWithoutStart++;
  }
  const years = yearsOf(model).map((year): EvolutionYear => {
    const park = modelAsOf(model, year);
    const actorNetwork = buildActorNetwork(park, network);
    const structure = computeStructuralMetrics(actorNetwork, { cyclicity });
    const n = actorNetwork.actors.length;
    return {
      year,
      began: began.get(year) ?? [],
      ended: ended.get(year) ?? [],
      exchanges: park.flows.length,
      enterprises: park.enterprises.length,
      metrics: {
        actors: structure.actors,
        links: structure.links,
        linkageDensity: structure.linkageDensity,
        connectance: structure.connectance,
        cyclicity: structure.cyclicity.value,
        cyclicComponents: structure.cyclicity.cyclicComponents,
        weakComponents: weakComponentIndex(n, actorNetwork.out, actorNetwork.in).count,
        strongComponents: strongComponentIndex(n, actorNetwork.out).count,
      },
    };
  });
  return {
    park: model.park.id,
    years,
    undatedFlows,
    flowsWithoutStart,
    totalFlows: model.flows.length,
    options: network,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The history up to `year`: the change years at or before it, as a report
 * of the park as of that year shows them. The counts of undated flows stay
 * those of the whole model.
 */
export function evolutionUntil(evolution: ParkEvolution, year: number): ParkEvolution {
  return { ...evolution, years: evolution.years.filter((y) => y.year <= year) };
}

/** The row that describes the park as of `year`: the last change at or before it; undefined before the first. */
export function evolutionRowAsOf(evolution: ParkEvolution, year: number): EvolutionYear | undefined {
  let row: EvolutionYear | undefined;
  for (const y of evolution.years) {
    if (y.year > year) break;
    row = y;
  }
  return row;
}
