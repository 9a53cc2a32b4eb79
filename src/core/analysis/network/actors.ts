/**
 * The internal actor set and the binary actor adjacency F of the ecological
 * network metrics (domain.md, appendix "ecological network metrics"):
 * rows and columns are the park's own enterprises, never the boundary
 * actors; f_ij = 1 when i provides anything to j, however many materials.
 *
 * The adjacency is kept sparse, as compressed rows (CSR) in both directions:
 * a 20 000-actor park has 4·10⁸ cells but only ~10⁵ links.
 */
import { indexedModel, requireMaterial, type IndexedModel, type ModelInput } from '../../model/lookup.ts';
import { isBoundaryId } from '../../model/references.ts';
import type { EnterpriseStatus, Flow, FlowStatus, Material, MaterialCategory, ParkModel } from '../../model/types.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import { compareIds } from './shared.ts';

export interface ActorNetworkOptions {
  /** Which enterprises are internal actors (rows and columns of F). */
  readonly enterpriseStatuses: readonly EnterpriseStatus[];
  /** Which flows make a link. */
  readonly flowStatuses: readonly FlowStatus[];
  /**
   * Whether a flow i → i (a model flow whose `from` and `to` are the same
   * enterprise) counts, in F (f_ii = 1) and in the flow matrix (f_ii enters
   * T_i, G and N). Off by default (domain appendix): a recycle inside one
   * plant is not an exchange between actors. On is the convention of the
   * ecosystem-network literature and of enaR, whose flow matrices keep their
   * diagonal. Streams declared `inHouse` on an enterprise's outputs are not
   * flows and never count either way.
   */
  readonly includeSelfLoops: boolean;
  /** Material categories whose flows count, or 'all'. */
  readonly materialCategories: 'all' | readonly MaterialCategory[];
}

export const DEFAULT_ACTOR_NETWORK_OPTIONS: ActorNetworkOptions = Object.freeze<ActorNetworkOptions>({
  enterpriseStatuses: ['operating'],
  flowStatuses: ['existing'],
  includeSelfLoops: false,
  materialCategories: 'all',
});

/** Compressed sparse rows: the neighbours of v are `targets[start[v] .. start[v + 1])`, ascending. */
export interface Adjacency {
  readonly start: Int32Array;
  readonly targets: Int32Array;
}

export interface ActorNetwork {
  readonly kind: 'actor-network';
  /** Internal actor ids, sorted; an actor's index is its position here. */
  readonly actors: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** i → j for every pair with f_ij = 1 (suppliers to customers). */
  readonly out: Adjacency;
  /** j → i: the transpose, for predecessors. */
  readonly in: Adjacency;
  /** Counted flows leaving / entering each actor (parallel flows counted separately). */
  readonly outFlowCount: Int32Array;
  readonly inFlowCount: Int32Array;
  /** L = Σ f_ij (self-loops included only when the option says so). */
  readonly links: number;
  /** Ids of the flows that were counted, sorted. */
  readonly flows: readonly string[];
  readonly options: ActorNetworkOptions;
}

/** A model (or an indexed one, such as an AnalysisContext), or an actor network already built from it. */
export type NetworkInput = ModelInput | ActorNetwork;

/** A flow between two internal actors, with their indices. */
export interface InternalFlow {
  readonly flow: Flow;
  readonly material: Material;
  readonly from: number;
  readonly to: number;
}

/** The internal actors, sorted by id. */
export function internalActorIds(model: ParkModel, options?: Partial<ActorNetworkOptions>): string[] {
  return internalActors(model, options).sort(compareIds);
}

/** The internal actors in model order: for who counts, where the sorted order (and its cost) is not needed. */
export function internalActors(model: ParkModel, options?: Partial<ActorNetworkOptions>): string[] {
  const { enterpriseStatuses } = withDefaults(DEFAULT_ACTOR_NETWORK_OPTIONS, options);
  return model.enterprises.filter((e) => enterpriseStatuses.includes(e.status)).map((e) => e.id);
}

/**
 * The flows that count between internal actors, in model order: those for
 * which `linkExclusion` finds no reason to leave them out. Flows with a
 * boundary end, or an end that is not an internal actor (e.g. a closed
 * plant), are left out here; the flow metrics handle the boundary themselves.
 */
export function selectInternalFlows(
  { model, index }: IndexedModel,
  indexOf: ReadonlyMap<string, number>,
  options: ActorNetworkOptions,
): InternalFlow[] {
  const selected: InternalFlow[] = [];
  for (const flow of model.flows) {
    const material = requireMaterial(index, flow.material);
    if (linkExclusion(flow, material.category, indexOf, options) !== null) continue;
    selected.push({ flow, material, from: indexOf.get(flow.from)!, to: indexOf.get(flow.to)! });
  }
  return selected;
}

/**
 * Why a flow is not a link of F, or null when it is. Checked in this order,
 * the first that applies is the reason (the same order as the flow matrix,
 * see coverage.ts):
 *  - 'status': the flow's status is not counted (planned or potential, by default);
 *  - 'category': its material's category is not selected;
 *  - 'actor': an end is an enterprise that is not an internal actor (closed, planned …);
 *  - 'boundary': an end is `@supply`, `@market` or `@disposal` (F has no boundary rows or columns);
 *  - 'selfLoop': from === to and self-loops are off.
 */
export function linkExclusion(
  flow: Flow,
  category: MaterialCategory,
  indexOf: ReadonlyMap<string, number>,
  options: ActorNetworkOptions,
): FlowExclusion | null {
  if (!options.flowStatuses.includes(flow.status)) return 'status';
  if (!categoryCounts(category, options)) return 'category';
  const from = indexOf.get(flow.from);
  const to = indexOf.get(flow.to);
  if ((from === undefined && !isBoundaryId(flow.from)) || (to === undefined && !isBoundaryId(flow.to))) return 'actor';
  if (from === undefined || to === undefined) return 'boundary';
  if (from === to && !options.includeSelfLoops) return 'selfLoop';
  return null;
}

/**
 * Why a flow is left out of a metric (coverage.ts counts them):
 * its status, its material's category, an end that is not an internal actor,
 * a boundary end where the metric has none, a self-loop (off by default), or
 * a unit that does not convert to the flow metrics' unit.
 */
export const FLOW_EXCLUSIONS = ['status', 'category', 'actor', 'boundary', 'selfLoop', 'quantity', 'unit'] as const;
export type FlowExclusion = (typeof FLOW_EXCLUSIONS)[number];

export function categoryCounts(category: MaterialCategory, options: ActorNetworkOptions): boolean {
  return options.materialCategories === 'all' || options.materialCategories.includes(category);
}

export function buildActorNetwork(input: ModelInput, options?: Partial<ActorNetworkOptions>): ActorNetwork {
  const merged = withDefaults(DEFAULT_ACTOR_NETWORK_OPTIONS, options);
  const source = indexedModel(input);
  const actors = internalActorIds(source.model, merged);
  const indexOf = new Map(actors.map((id, i) => [id, i]));
  const n = actors.length;
  const flows = selectInternalFlows(source, indexOf, merged);
  const outFlowCount = new Int32Array(n);
  const inFlowCount = new Int32Array(n);
  const keys = new Float64Array(flows.length);
  flows.forEach((f, k) => {
    outFlowCount[f.from]! += 1;
    inFlowCount[f.to]! += 1;
    keys[k] = f.from * n + f.to;
  });
  const { out, in: inbound } = adjacencyFromKeys(n, uniqueSorted(keys));
  return {
    kind: 'actor-network',
    actors,
    indexOf,
    out,
    in: inbound,
    outFlowCount,
    inFlowCount,
    links: out.targets.length,
    flows: flows.map((f) => f.flow.id).sort(compareIds),
    options: merged,
  };
}

/**
 * Accepts a model (built with `options`) or a network built earlier. Passing
 * both a network and network options is a caller bug: the options could not
 * apply, so this throws rather than silently ignoring them.
 */
export function resolveNetwork(input: NetworkInput, options: Partial<ActorNetworkOptions> | undefined): ActorNetwork {
  if (!isActorNetwork(input)) return buildActorNetwork(input, options);
  if (options && Object.values(options).some((v) => v !== undefined)) {
    throw new Error('network options apply only when a model is passed, not a prebuilt ActorNetwork');
  }
  return input;
}

function isActorNetwork(input: NetworkInput): input is ActorNetwork {
  return (input as Partial<ActorNetwork>).kind === 'actor-network';
}

/** The adjacency as plain data: each actor with the actors it provides to, all sorted by id. */
export function actorAdjacency(network: ActorNetwork): { id: string; providesTo: string[] }[] {
  return network.actors.map((id, i) => ({
    id,
    providesTo: Array.from(neighbours(network.out, i), (j) => network.actors[j]!),
  }));
}

/** The neighbours of v (a view, not a copy). */
export function neighbours(adjacency: Adjacency, v: number): Int32Array {
  return adjacency.targets.subarray(adjacency.start[v]!, adjacency.start[v + 1]!);
}

/**
 * The undirected projection without self-loops: i — j when i provides to j
 * or j to i. Several flows, and flows both ways, make one edge: "are these
 * two actors connected", which is what single points of failure are about.
 */
export function undirectedAdjacency(network: ActorNetwork): Adjacency {
  const n = network.actors.length;
  const { out, in: inbound } = network;
  // Each row is the union of the actor's out- and in-row, both ascending: merged in one pass, no sort.
  const start = new Int32Array(n + 1);
  const targets = new Int32Array(out.targets.length + inbound.targets.length);
  let size = 0;
  for (let i = 0; i < n; i++) {
    let a = out.start[i]!;
    let b = inbound.start[i]!;
    const aEnd = out.start[i + 1]!;
    const bEnd = inbound.start[i + 1]!;
    while (a < aEnd || b < bEnd) {
      const x = a < aEnd ? out.targets[a]! : n;
      const y = b < bEnd ? inbound.targets[b]! : n;
      const next = x < y ? x : y;
      if (x === next) a++;
      if (y === next) b++;
      if (next !== i) targets[size++] = next;
    }
    start[i + 1] = size;
  }
  return { start, targets: targets.slice(0, size) };
}

/** Sorts pair keys (from · n + to) and drops repeats. */
function uniqueSorted(keys: Float64Array): Float64Array {
  keys.sort();
  let k = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[k++] = keys[i]!;
  return keys.subarray(0, k);
}

/**
 * Both CSR directions from sorted unique pair keys (from · n + to; exact in
 * a double while n² < 2⁵³). `inEdge[p]` is the out-position of the p-th
 * in-entry, so per-link weights stored by out-position can be read inbound.
 */
export function adjacencyFromKeys(
  n: number,
  keys: Float64Array,
): { out: Adjacency; in: Adjacency; inEdge: Int32Array } {
  const m = keys.length;
  const outStart = new Int32Array(n + 1);
  const outTargets = new Int32Array(m);
  const inStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const key = keys[k]!;
    const from = Math.floor(key / n);
    outTargets[k] = key - from * n;
    outStart[from + 1]! += 1;
    inStart[outTargets[k]! + 1]! += 1;
  }
  for (let v = 0; v < n; v++) {
    outStart[v + 1]! += outStart[v]!;
    inStart[v + 1]! += inStart[v]!;
  }
  // Counting sort by target; walking sources in ascending order keeps each in-row ascending.
  const inTargets = new Int32Array(m);
  const inEdge = new Int32Array(m);
  const fill = inStart.slice(0, n);
  for (let from = 0; from < n; from++) {
    for (let k = outStart[from]!; k < outStart[from + 1]!; k++) {
      const p = fill[outTargets[k]!]!++;
      inTargets[p] = from;
      inEdge[p] = k;
    }
  }
  return { out: { start: outStart, targets: outTargets }, in: { start: inStart, targets: inTargets }, inEdge };
}
