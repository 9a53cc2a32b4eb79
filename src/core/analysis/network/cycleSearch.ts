/**
 * The two circuit searches behind `findCycles`, each listing the simple
 * cycles through one start actor s among the actors `allowed` lets in, with
 * the depth-first search on explicit stacks (no recursion):
 *
 *  - Johnson (1975, SIAM J. Comput. 4(1)): a node that cannot reach s is
 *    blocked until something it leads to finds s again (the B lists), which
 *    gives O(n + e) time between two cycles;
 *  - Gupta & Suzumura (2021, arXiv:2105.10094) for a length bound: "lock"
 *    levels say from how deep in the path a node may still reach s in time.
 *
 * Both follow NetworkX's iterative formulation (`_johnson_cycle_search`,
 * `_bounded_cycle_search`).
 */
import { neighbours, type ActorNetwork } from './actors.ts';

/** Per-node scratch space, reset after each start through `touched`. */
export class SearchState {
  readonly blocked: Uint8Array;
  readonly onPath: Uint8Array;
  readonly lock: Float64Array;
  readonly blockers = new Map<number, Set<number>>();
  readonly touched: number[] = [];
  constructor(n: number) {
    this.blocked = new Uint8Array(n);
    this.onPath = new Uint8Array(n);
    this.lock = new Float64Array(n).fill(Infinity);
  }
  touch(v: number): void {
    this.touched.push(v);
  }
  blockersOf(v: number): Set<number> {
    let set = this.blockers.get(v);
    if (!set) this.blockers.set(v, (set = new Set()));
    return set;
  }
  reset(): void {
    for (const v of this.touched) {
      this.blocked[v] = 0;
      this.onPath[v] = 0;
      this.lock[v] = Infinity;
    }
    this.touched.length = 0;
    this.blockers.clear();
  }
}

/** Receives each cycle (a view of the DFS path); returns true to stop the enumeration. */
export type Emit = (path: readonly number[]) => boolean;

/** Johnson's circuit search from s; returns true when `emit` asked to stop. */
export function johnsonSearch(
  network: ActorNetwork,
  s: number,
  allowed: (w: number) => boolean,
  emit: Emit,
  state: SearchState,
): boolean {
  const { out } = network;
  const path = [s];
  const cursor = [out.start[s]!];
  const closed = [false];
  state.blocked[s] = 1;
  state.touch(s);
  try {
    while (path.length > 0) {
      const depth = path.length - 1;
      const v = path[depth]!;
      if (cursor[depth]! < out.start[v + 1]!) {
        const w = out.targets[cursor[depth]!++]!;
        if (!allowed(w)) continue;
        if (w === s) {
          if (emit(path)) return true;
          closed[depth] = true;
        } else if (!state.blocked[w]) {
          path.push(w);
          cursor.push(out.start[w]!);
          closed.push(false);
          state.blocked[w] = 1;
          state.touch(w);
        }
        continue;
      }
      path.pop();
      cursor.pop();
      if (closed.pop()) {
        if (closed.length > 0) closed[closed.length - 1] = true;
        unblock(v, state);
      } else {
        for (const w of neighbours(out, v)) if (allowed(w)) state.blockersOf(w).add(v);
      }
    }
    return false;
  } finally {
    state.reset();
  }
}

function unblock(v: number, state: SearchState): void {
  const pending = [v];
  while (pending.length > 0) {
    const u = pending.pop()!;
    if (!state.blocked[u]) continue;
    state.blocked[u] = 0;
    const set = state.blockers.get(u);
    if (set) {
      for (const w of set) pending.push(w);
      set.clear();
    }
  }
}

/** Gupta–Suzumura bounded search from s: cycles of at most `bound` actors. */
export function boundedSearch(
  network: ActorNetwork,
  s: number,
  allowed: (w: number) => boolean,
  emit: Emit,
  state: SearchState,
  bound: number,
): boolean {
  const { out } = network;
  const path = [s];
  const cursor = [out.start[s]!];
  // blen: the shortest way back to s found below each path node (bound = none found).
  const blen = [bound];
  const lockOf = (w: number) => Math.min(state.lock[w]!, bound);
  state.lock[s] = 0;
  state.onPath[s] = 1;
  state.touch(s);
  try {
    while (path.length > 0) {
      const depth = path.length - 1;
      const v = path[depth]!;
      if (cursor[depth]! < out.start[v + 1]!) {
        const w = out.targets[cursor[depth]!++]!;
        if (!allowed(w)) continue;
        if (w === s) {
          if (emit(path)) return true;
          blen[depth] = 1;
        } else if (path.length < lockOf(w)) {
          path.push(w);
          cursor.push(out.start[w]!);
          blen.push(bound);
          state.lock[w] = path.length;
          state.onPath[w] = 1;
          state.touch(w);
        }
        continue;
      }
      path.pop();
      cursor.pop();
      state.onPath[v] = 0;
      const bl = blen.pop()!;
      if (blen.length > 0) blen[blen.length - 1] = Math.min(blen[blen.length - 1]!, bl);
      if (bl < bound) relax(v, bl, bound, state);
      else for (const w of neighbours(out, v)) if (allowed(w)) state.blockersOf(w).add(v);
    }
    return false;
  } finally {
    state.reset();
  }
}

/** Raise the lock of v, and of everything blocked behind it, now that v reaches s in bl steps. */
function relax(v: number, bl: number, bound: number, state: SearchState): void {
  const pending: [number, number][] = [[bl, v]];
  while (pending.length > 0) {
    const [length, u] = pending.pop()!;
    const level = bound - length + 1;
    if (Math.min(state.lock[u]!, bound) < level) {
      state.lock[u] = level;
      state.touch(u);
      for (const w of state.blockers.get(u) ?? []) if (!state.onPath[w]) pending.push([length + 1, w]);
    }
  }
}
