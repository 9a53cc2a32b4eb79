/**
 * Is it symbiosis? Chertow's 3-2 heuristic (Chertow 2007, J. Ind. Ecol.
 * 11(1), 11–30): "at least three different entities must be involved in
 * exchanging at least two different resources", none of them "primarily
 * engaged in recycling" (domain.md §4 item 10).
 *
 * Our reading, stated because the heuristic is informal:
 *  - exchanges are the counted internal flows (existing, between operating
 *    enterprises, no self-loops, by default) — boundary trade is not symbiosis;
 *  - "primarily a recycling business" is the role `recycler`. Recyclers are
 *    removed before counting, together with every exchange they take part
 *    in: Chertow excludes the recycling-industry model, so a web must pass
 *    the test without them. They are listed as evidence;
 *  - an entity is "involved" when it sends or receives at least one of the
 *    remaining exchanges; a resource is a distinct material;
 *  - the three entities and two resources must belong to one connected web
 *    of exchanges (a weakly connected component), not to unrelated pairs
 *    (A→B steam and C→D water are two bilateral deals, not a 3-2 web). Set
 *    `requireConnected: false` to count over the whole park instead.
 */
import type { EnterpriseRole } from '../../model/types.ts';
import { indexedModel, type ModelInput } from '../../model/lookup.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import {
  DEFAULT_ACTOR_NETWORK_OPTIONS,
  internalActorIds,
  selectInternalFlows,
  type ActorNetworkOptions,
  type InternalFlow,
} from './actors.ts';
import { compareIds } from './shared.ts';

export interface ChertowOptions {
  readonly network?: Partial<ActorNetworkOptions>;
  readonly minEntities: number;
  readonly minResources: number;
  /** Roles that count as "primarily a recycling business". */
  readonly excludedRoles: readonly EnterpriseRole[];
  readonly requireConnected: boolean;
}

/**
 * The defaults of `checkChertow32`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_CHERTOW_OPTIONS: ChertowOptions = Object.freeze<ChertowOptions>({
  minEntities: 3,
  minResources: 2,
  excludedRoles: ['recycler'],
  requireConnected: true,
});

export interface ExchangeWeb {
  readonly entities: readonly string[];
  readonly resources: readonly string[];
  readonly flows: readonly string[];
}

export interface ChertowVerdict {
  readonly isSymbiosis: boolean;
  /** Connected webs of non-recycler exchanges, largest first (all of them, qualifying or not). */
  readonly webs: readonly (ExchangeWeb & { readonly qualifies: boolean })[];
  /** Over the whole park (what counts when `requireConnected` is false). */
  readonly park: ExchangeWeb;
  /** Recyclers that exchange with other internal actors, and the exchanges dropped with them. */
  readonly excludedEntities: readonly string[];
  readonly excludedFlows: readonly string[];
}

export function checkChertow32(input: ModelInput, options: Partial<ChertowOptions> = {}): ChertowVerdict {
  const merged = withDefaults(DEFAULT_CHERTOW_OPTIONS, options);
  const networkOptions = withDefaults(DEFAULT_ACTOR_NETWORK_OPTIONS, merged.network);
  const source = indexedModel(input);
  const { enterprises } = source.index;
  const actors = internalActorIds(source.model, networkOptions);
  const indexOf = new Map(actors.map((id, i) => [id, i]));
  const excludedRole = (v: number) => merged.excludedRoles.includes(enterprises.get(actors[v]!)!.role);
  const kept: InternalFlow[] = [];
  const excludedEntities = new Set<string>();
  const excludedFlows: string[] = [];
  for (const f of selectInternalFlows(source, indexOf, { ...networkOptions, includeSelfLoops: false })) {
    const dropped = [f.from, f.to].filter(excludedRole);
    if (dropped.length === 0) kept.push(f);
    else {
      dropped.forEach((v) => excludedEntities.add(actors[v]!));
      excludedFlows.push(f.flow.id);
    }
  }
  // Union–find over actors joined by kept exchanges (iterative, path halving).
  const parent = Int32Array.from(actors, (_, i) => i);
  const find = (v: number) => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  for (const f of kept) parent[find(f.from)] = find(f.to);
  const groups = new Map<number, InternalFlow[]>();
  for (const f of kept) {
    const root = find(f.from);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  }
  const qualifies = (web: ExchangeWeb) =>
    web.entities.length >= merged.minEntities && web.resources.length >= merged.minResources;
  const webs = [...groups.values()]
    .map((flows) => webOf(flows, actors))
    .map((web) => ({ ...web, qualifies: qualifies(web) }))
    .sort((a, b) => b.entities.length - a.entities.length || compareIds(a.entities[0]!, b.entities[0]!));
  const park = webOf(kept, actors);
  return {
    isSymbiosis: merged.requireConnected ? webs.some((w) => w.qualifies) : qualifies(park),
    webs,
    park,
    excludedEntities: [...excludedEntities].sort(compareIds),
    excludedFlows: excludedFlows.sort(compareIds),
  };
}

function webOf(flows: readonly InternalFlow[], actors: readonly string[]): ExchangeWeb {
  const entities = new Set<string>();
  const resources = new Set<string>();
  for (const f of flows) {
    entities.add(actors[f.from]!);
    entities.add(actors[f.to]!);
    resources.add(f.material.id);
  }
  return {
    entities: [...entities].sort(compareIds),
    resources: [...resources].sort(compareIds),
    flows: flows.map((f) => f.flow.id).sort(compareIds),
  };
}
