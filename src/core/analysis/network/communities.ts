/**
 * Communities of the internal exchange network by Louvain modularity
 * (Blondel et al. 2008, J. Stat. Mech. P10008; ours, louvain.ts), compared with the declared clusters (partitionComparison.ts).
 *
 * The network is undirected (an exchange binds both partners) and weighted
 * by the quantity exchanged, summed over both directions and all counted
 * flows between a pair, in one commensurable unit (t/a by default); flows
 * whose unit does not convert add no weight, and a pair joined only by such
 * flows has no edge (counted in `unweightedFlows`), as has a pair joined
 * only by structural exchanges (no quantity). `weight: 'links'` gives every
 * linked pair weight 1 instead, and is what a park with no quantities at all
 * gets (a structure-only exchange list): the result says which was used.
 *
 * Louvain visits nodes in random order, which we seed, and nodes are in id
 * order, so the same model always gives the same communities. Community
 * numbers are then reassigned by size (largest first, ties by smallest actor
 * id), as Louvain's own labels depend on visiting order.
 */
import { flowQuantity, indexedModel, type ModelInput } from '../../model/lookup.ts';
import { convertQuantity, findUnit } from '../../model/units.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import {
  DEFAULT_ACTOR_NETWORK_OPTIONS,
  internalActorIds,
  selectInternalFlows,
  type ActorNetworkOptions,
} from './actors.ts';
import { contingencyTable, normalizedMutualInformation, type Contingency } from './partitionComparison.ts';
import { louvain, type WeightedGraph } from './louvain.ts';
import { compareIds, seededRandom } from './shared.ts';

export interface CommunityOptions {
  readonly network?: Partial<ActorNetworkOptions>;
  readonly weight: 'quantity' | 'links';
  readonly unit: string;
  /** Louvain's resolution γ (1 = classic modularity). */
  readonly resolution: number;
  readonly seed: number;
}

/**
 * The defaults of `detectCommunities`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_COMMUNITY_OPTIONS: CommunityOptions = Object.freeze<CommunityOptions>({
  weight: 'quantity',
  unit: 't/a',
  resolution: 1,
  seed: 1,
});

export interface Communities {
  readonly weight: CommunityOptions['weight'];
  readonly unit: string;
  /** Numbered 0 … k − 1, largest first; actor ids sorted. */
  readonly communities: readonly { readonly id: number; readonly actors: readonly string[] }[];
  /** Every internal actor with its declared cluster and its community, sorted by id. */
  readonly actors: readonly { readonly id: string; readonly cluster: string; readonly community: number }[];
  /** Modularity of the partition found; null when the network has no weighted edge. */
  readonly modularity: number | null;
  /** Declared clusters (rows, all of the model's clusters, by id) against communities (columns). */
  readonly contingency: Contingency;
  /** Normalized mutual information between clusters and communities (arithmetic mean normalisation). */
  readonly nmi: number | null;
  readonly unweightedFlows: number;
}

export function detectCommunities(input: ModelInput, options: Partial<CommunityOptions> = {}): Communities {
  const merged = withDefaults(DEFAULT_COMMUNITY_OPTIONS, options);
  const networkOptions = withDefaults(DEFAULT_ACTOR_NETWORK_OPTIONS, merged.network);
  if (!findUnit(merged.unit)) throw new Error(`unknown unit ${merged.unit}`);
  const source = indexedModel(input);
  const { model } = source;
  const actors = internalActorIds(model, networkOptions);
  const indexOf = new Map(actors.map((id, i) => [id, i]));
  // Each linked pair once, its weight summed over both directions and every counted flow (key: smaller · n + larger).
  const pairWeights = new Map<number, number>();
  const n = actors.length;
  let unweightedFlows = 0;
  const selected = selectInternalFlows(source, indexOf, networkOptions);
  // Quantities weigh the pairs only when some flow has one: a structure-only park is weighed by links.
  const weightBy: CommunityOptions['weight'] =
    merged.weight === 'quantity' && selected.some(({ flow }) => flow.quantity !== undefined) ? 'quantity' : 'links';
  for (const { flow, material, from, to } of selected) {
    if (from === to) continue;
    let weight = 1;
    if (weightBy === 'quantity') {
      const quantity = flowQuantity(flow, material);
      const q = quantity === undefined ? undefined : convertQuantity(quantity, material.unit, merged.unit, material);
      if (q === undefined) {
        unweightedFlows++;
        continue;
      }
      weight = q;
    }
    if (weight <= 0) continue;
    const key = Math.min(from, to) * n + Math.max(from, to);
    pairWeights.set(key, weightBy === 'quantity' ? (pairWeights.get(key) ?? 0) + weight : 1);
  }
  const detailed = louvain(symmetricGraph(n, pairWeights), merged.resolution, seededRandom(merged.seed));
  const raw = Array.from(detailed.communities);
  const relabel = relabelBySize(raw);
  const communityOf = raw.map((c) => relabel.get(c)!);
  const members: string[][] = Array.from({ length: relabel.size }, () => []);
  communityOf.forEach((c, v) => members[c]!.push(actors[v]!));
  const { enterprises } = source.index;
  const clusterIds = actors.map((id) => enterprises.get(id)!.cluster);
  const contingency = contingencyTable(
    clusterIds,
    communityOf,
    model.clusters.map((c) => c.id).sort(compareIds),
    members.map((_, c) => c),
  );
  return {
    weight: weightBy,
    unit: merged.unit,
    communities: members.map((list, id) => ({ id, actors: list })),
    actors: actors.map((id, v) => ({ id, cluster: clusterIds[v]!, community: communityOf[v]! })),
    modularity: detailed.modularity !== null && Number.isFinite(detailed.modularity) ? detailed.modularity : null,
    contingency,
    nmi: normalizedMutualInformation(contingency.counts),
    unweightedFlows,
  };
}

/** Both rows of every pair, from keys smaller · n + larger, in the map's (insertion, so deterministic) order. */
function symmetricGraph(n: number, pairWeights: ReadonlyMap<number, number>): WeightedGraph {
  const start = new Int32Array(n + 1);
  for (const key of pairWeights.keys()) {
    const a = Math.floor(key / n);
    start[a + 1]! += 1;
    start[key - a * n + 1]! += 1;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const targets = new Int32Array(start[n]!);
  const weights = new Float64Array(start[n]!);
  for (const [key, w] of pairWeights) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    targets[fill[a]!] = b;
    weights[fill[a]!++] = w;
    targets[fill[b]!] = a;
    weights[fill[b]!++] = w;
  }
  return { start, targets, weights, selfLoops: new Float64Array(n) };
}

/** Louvain's label → 0 … k − 1 by size desc, then by the smallest member (actors are in id order). */
function relabelBySize(labels: readonly number[]): Map<number, number> {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  labels.forEach((c, v) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, v);
  });
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  return new Map(order.map((c, i) => [c, i]));
}
