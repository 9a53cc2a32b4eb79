/**
 * Betweenness kept from one edit to the next while the network's links are
 * the same. It counts hops on the unweighted network of who supplies whom
 * (seeded pivots when sampled), so an edit of quantities, names or
 * citations cannot change it — and it is most of an analysis' time at
 * provincial scale. The runner compares the network it built with the one
 * the kept figures were computed on and computes them again when they
 * differ in anything: an actor, a link, the method.
 */
import type { ActorNetwork } from '../../core/analysis/network/actors.ts';
import type { Betweenness, BetweennessMethod } from '../../core/analysis/network/betweenness.ts';
import { sameItems } from '../../core/model/sameItems.ts';

/** Betweenness with what it was computed on. */
export interface KeptBetweenness {
  readonly method: BetweennessMethod;
  /** The network's actors (ids, sorted) and its links (out-adjacency as CSR). */
  readonly actors: readonly string[];
  readonly start: Int32Array;
  readonly targets: Int32Array;
  readonly betweenness: Betweenness;
}

export function keptBetweenness(
  network: ActorNetwork,
  method: BetweennessMethod,
  betweenness: Betweenness,
): KeptBetweenness {
  return { method, actors: network.actors, start: network.out.start, targets: network.out.targets, betweenness };
}

/** The kept figures when they were computed with `method` on the same actors and links, else freshly computed ones. */
export async function betweennessFor(
  network: ActorNetwork,
  method: BetweennessMethod,
  kept: KeptBetweenness | null | undefined,
  compute: () => Promise<Betweenness>,
): Promise<Betweenness> {
  if (kept && kept.method === method && sameLinks(network, kept)) return kept.betweenness;
  return compute();
}

function sameLinks(network: ActorNetwork, kept: KeptBetweenness): boolean {
  const { actors, out } = network;
  return sameItems(actors, kept.actors) && sameItems(out.start, kept.start) && sameItems(out.targets, kept.targets);
}
