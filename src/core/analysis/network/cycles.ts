/**
 * Recycling loops: the simple directed cycles among internal actors.
 *
 * Unbounded length: Johnson's algorithm (Johnson 1975, SIAM J. Comput.
 * 4(1)), O((n + e)(c + 1)) for c cycles. With `maxLength`: the bounded-length
 * variant of Gupta & Suzumura (2021, arXiv:2105.10094), whose "lock" levels
 * replace Johnson's blocking (Johnson's blocking is wrong under a length
 * bound: a node that could not reach the start within the bound from deep
 * in the path may still reach it from higher up). Both follow NetworkX's
 * iterative formulation (`simple_cycles`), with the DFS on explicit stacks.
 *
 * Each cycle is searched from its smallest actor (actors are indexed in id
 * order), so every cycle is found exactly once, already rotated to its
 * smallest id. The search stops once more than `maxCycles` cycles are
 * found; `truncated` then says that the list is incomplete. Which cycles
 * are listed then depends only on the model, not on chance, but it is the
 * search order's choice, not the shortest ones: on a large tangled park set
 * `maxLength` (the 20 000-actor benchmark's first cycles have ~10 000 actors).
 */
import { withDefaults } from '../../model/withDefaults.ts';
import {
  neighbours,
  resolveNetwork,
  type ActorNetwork,
  type ActorNetworkOptions,
  type NetworkInput,
} from './actors.ts';
import { boundedSearch, johnsonSearch, SearchState, type Emit } from './cycleSearch.ts';
import { componentMembers, strongComponentIndex } from './scc.ts';
import { compareIds } from './shared.ts';

export interface CycleOptions {
  readonly network?: Partial<ActorNetworkOptions>;
  readonly maxCycles: number;
  /** Longest cycle, in actors (a self-loop has length 1); Infinity for no bound. */
  readonly maxLength: number;
}

/**
 * The defaults of `findCycles`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_CYCLE_OPTIONS: CycleOptions = Object.freeze<CycleOptions>({
  maxCycles: 1000,
  maxLength: Infinity,
});

export interface Cycles {
  /** Each cycle from its smallest id; sorted by length, then id by id. */
  readonly cycles: readonly (readonly string[])[];
  /** True when there are more than `maxCycles` cycles and the list stops there. */
  readonly truncated: boolean;
  /**
   * How many cycles the search found, where the list shows fewer of them: a
   * copy abridged for display or for a file (`shortestCycles`).
   */
  readonly found?: number;
}

/** How many cycles were found (a lower bound when `truncated`). */
export function cycleCount(cycles: Cycles): number {
  return cycles.found ?? cycles.cycles.length;
}

/**
 * The shortest of the cycles found, as many as fit in `maxCycles` cycles and
 * `maxActors` actor ids in all (at least one cycle, however long): a
 * provincial park's cycles run through thousands of actors each, and a
 * thousand of them are a hundred megabytes nobody reads. `found` keeps the count.
 */
export function shortestCycles(cycles: Cycles, maxCycles: number, maxActors: number): Cycles {
  const listed: (readonly string[])[] = [];
  let actors = 0;
  for (const cycle of cycles.cycles) {
    if (listed.length === maxCycles || (listed.length > 0 && actors + cycle.length > maxActors)) break;
    listed.push(cycle);
    actors += cycle.length;
  }
  return { cycles: listed, truncated: cycles.truncated, found: cycleCount(cycles) };
}

export function findCycles(input: NetworkInput, options: Partial<CycleOptions> = {}): Cycles {
  const merged = withDefaults(DEFAULT_CYCLE_OPTIONS, options);
  const network = resolveNetwork(input, merged.network);
  const found: number[][] = [];
  const limit = Math.max(0, Math.floor(merged.maxCycles));
  const emit = (path: readonly number[]) => {
    found.push([...path]);
    return found.length > limit;
  };
  if (merged.maxLength >= 1) {
    if (Number.isFinite(merged.maxLength)) boundedCycles(network, Math.floor(merged.maxLength), emit);
    else johnsonCycles(network, emit);
  }
  const truncated = found.length > limit;
  if (truncated) found.length = limit;
  const cycles = found.map((cycle) => cycle.map((v) => network.actors[v]!));
  cycles.sort((a, b) => a.length - b.length || compareLists(a, b));
  return { cycles, truncated };
}

/**
 * Johnson's outer loop as in NetworkX: take a component C with a cycle,
 * list the cycles through its smallest actor s, then continue with the
 * strongly connected components of C − s. Every component searched holds
 * a cycle through its s, so the number of searches is at most the number
 * of cycles found (≤ maxCycles + 1), and a 50 000-actor ring costs one
 * search, not 50 000 (restricting each search to "ids after s" without
 * re-splitting the component would explore the whole ring from every s).
 */
function johnsonCycles(network: ActorNetwork, emit: Emit): void {
  const n = network.actors.length;
  const tag = new Int32Array(n).fill(-1);
  const local = new Int32Array(n);
  const state = new SearchState(n);
  let token = 0;
  const work: number[][] = [];
  const pushCyclic = (components: number[][]) => {
    const cyclic = components.filter((c) => c.length > 1 || hasSelfLoop(network, c[0]!));
    // Pop order = smallest first actor first; deterministic either way. (A loop, not push(...):
    // spreading tens of thousands of arguments can itself overflow the stack.)
    for (const component of cyclic.sort((a, b) => b[0]! - a[0]!)) work.push(component);
  };
  pushCyclic(componentMembers(strongComponentIndex(n, network.out)));
  while (work.length > 0) {
    const members = work.pop()!;
    const t = token++;
    for (const v of members) tag[v] = t;
    const s = members[0]!;
    if (johnsonSearch(network, s, (w) => tag[w] === t, emit, state)) return;
    tag[s] = -1;
    pushCyclic(subComponents(network, members.slice(1), (w) => tag[w] === t, local));
  }
}

/** Strongly connected components of the subgraph on `members` (ascending), as ascending global index lists. */
function subComponents(
  network: ActorNetwork,
  members: readonly number[],
  inside: (w: number) => boolean,
  local: Int32Array,
): number[][] {
  members.forEach((v, i) => (local[v] = i));
  const start = new Int32Array(members.length + 1);
  const targets: number[] = [];
  members.forEach((v, i) => {
    for (const w of neighbours(network.out, v)) if (inside(w)) targets.push(local[w]!);
    start[i + 1] = targets.length;
  });
  const index = strongComponentIndex(members.length, { start, targets: Int32Array.from(targets) });
  return componentMembers(index).map((component) => component.map((i) => members[i]!));
}

function hasSelfLoop(network: ActorNetwork, v: number): boolean {
  return neighbours(network.out, v).includes(v);
}

/**
 * Bounded length: every start s in id order, within its strongly connected
 * component and over larger ids only. No re-splitting: each search is
 * already confined to paths of at most `bound` actors.
 */
function boundedCycles(network: ActorNetwork, bound: number, emit: Emit): void {
  const n = network.actors.length;
  const { componentOf } = strongComponentIndex(n, network.out);
  const state = new SearchState(n);
  for (let s = 0; s < n; s++) {
    const allowed = (w: number) => w >= s && componentOf[w] === componentOf[s];
    if (boundedSearch(network, s, allowed, emit, state, bound)) return;
  }
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = compareIds(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}
