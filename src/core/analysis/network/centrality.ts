/**
 * Per-actor centrality in the internal exchange network: degrees (distinct
 * partners and flow counts), throughflow T_i (flowMetrics.ts, in the chosen
 * unit) and directed betweenness (betweenness.ts). The actor with the
 * highest betweenness is the keystone or "chain leader" (链主): the most
 * shortest supply paths between other actors run through it.
 */
import type { ModelInput } from '../../model/lookup.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import { resolveNetwork, type ActorNetwork, type ActorNetworkOptions } from './actors.ts';
import { computeBetweenness, DEFAULT_BETWEENNESS_OPTIONS, type BetweennessOptions } from './betweenness.ts';
import { computeFlowMetrics, type FlowMetrics } from './flowMetrics.ts';
import { DEFAULT_FLOW_MATRIX_OPTIONS } from './flowMatrix.ts';
import { compareIds } from './shared.ts';

export interface CentralityOptions {
  readonly network?: Partial<ActorNetworkOptions>;
  /** Unit of the throughflow. */
  readonly unit: string;
  /** Merged over DEFAULT_BETWEENNESS_OPTIONS. */
  readonly betweenness?: Partial<BetweennessOptions>;
  /** How many top-betweenness actors to name as keystones. */
  readonly keystones: number;
}

/**
 * The defaults of `computeCentrality`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_CENTRALITY_OPTIONS: CentralityOptions = Object.freeze<CentralityOptions>({
  unit: DEFAULT_FLOW_MATRIX_OPTIONS.unit,
  keystones: 5,
});

export interface ActorCentrality {
  readonly id: string;
  /** Distinct providers / customers. */
  readonly inDegree: number;
  readonly outDegree: number;
  /** Counted flows in / out (several materials between one pair count separately). */
  readonly inFlows: number;
  readonly outFlows: number;
  /** T_i in `unit`. */
  readonly throughflow: number;
  /** Null when betweenness was not computed. */
  readonly betweenness: number | null;
  /** 1-based position in `ranking`. */
  readonly rank: number;
}

export interface Centrality {
  readonly unit: string;
  /** Sorted by id. */
  readonly actors: readonly ActorCentrality[];
  readonly betweenness: {
    readonly method: BetweennessOptions['method'];
    readonly sampled: boolean;
    readonly sources: number;
    readonly normalized: boolean;
  };
  /** All actors: betweenness desc, then distinct partners desc, then throughflow desc, then id. */
  readonly ranking: readonly string[];
  /** The first `keystones` of the ranking whose betweenness is > 0. */
  readonly keystones: readonly string[];
}

/** Results computed earlier with the same options, to avoid building them twice (see networkReport). */
export interface CentralityInputs {
  readonly network?: ActorNetwork;
  readonly flows?: FlowMetrics;
}

export function computeCentrality(
  input: ModelInput,
  options: Partial<CentralityOptions> = {},
  precomputed: CentralityInputs = {},
): Centrality {
  const { unit, keystones, ...merged } = withDefaults(DEFAULT_CENTRALITY_OPTIONS, options);
  const network = precomputed.network ?? resolveNetwork(input, merged.network);
  const flows = precomputed.flows ?? computeFlowMetrics(input, { ...network.options, unit });
  const throughflow = new Map(flows.actors.map((a) => [a.id, a.throughflow]));
  const betweennessOptions = withDefaults(DEFAULT_BETWEENNESS_OPTIONS, merged.betweenness);
  const betweenness = computeBetweenness(network, betweennessOptions);
  const { out, in: inbound } = network;
  const rows = network.actors.map((id, v) => ({
    id,
    inDegree: inbound.start[v + 1]! - inbound.start[v]!,
    outDegree: out.start[v + 1]! - out.start[v]!,
    inFlows: network.inFlowCount[v]!,
    outFlows: network.outFlowCount[v]!,
    throughflow: throughflow.get(id) ?? 0,
    betweenness: betweenness ? betweenness.values[v]! : null,
  }));
  const ranking = [...rows]
    .sort(
      (a, b) =>
        (b.betweenness ?? 0) - (a.betweenness ?? 0) ||
        b.inDegree + b.outDegree - (a.inDegree + a.outDegree) ||
        b.throughflow - a.throughflow ||
        compareIds(a.id, b.id),
    )
    .map((row) => row.id);
  const rankOf = new Map(ranking.map((id, i) => [id, i + 1]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    unit: flows.unit,
    actors: rows.map((row) => ({ ...row, rank: rankOf.get(row.id)! })),
    betweenness: {
      method: betweennessOptions.method,
      sampled: betweenness?.sampled ?? false,
      sources: betweenness?.sources ?? 0,
      normalized: betweennessOptions.normalized,
    },
    ranking,
    keystones: ranking.filter((id) => (byId.get(id)?.betweenness ?? 0) > 0).slice(0, keystones),
  };
}
