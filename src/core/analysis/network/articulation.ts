/**
 * Single points of failure: articulation points (actors whose closure
 * splits the exchange web) and bridges (pairs whose link is the only
 * connection between two parts), on the undirected projection of the
 * internal network (see `undirectedAdjacency`: flows both ways and
 * parallel flows make one edge; self-loops are dropped).
 *
 * Hopcroft & Tarjan (1973, CACM 16(6)): one depth-first search with
 * discovery times and low-links. u is an articulation point when it is the
 * DFS root with ≥ 2 children, or a non-root with a child v whose subtree
 * cannot climb above u (low[v] ≥ disc[u]); the edge u–v is a bridge when
 * low[v] > disc[u]. The DFS is iterative (explicit frame stack), so a
 * 50 000-actor chain cannot overflow the call stack.
 */
import { resolveNetwork, undirectedAdjacency, type ActorNetworkOptions, type NetworkInput } from './actors.ts';
import { compareIds } from './shared.ts';

export interface ArticulationOptions {
  readonly network?: Partial<ActorNetworkOptions>;
}

export interface ArticulationPoint {
  readonly id: string;
  /** Pieces its connected component falls into when the actor is removed (≥ 2). */
  readonly pieces: number;
}

export interface ArticulationResult {
  /** Sorted by id. */
  readonly articulationPoints: readonly ArticulationPoint[];
  /** Each bridge as [a, b] with a < b; sorted. */
  readonly bridges: readonly (readonly [string, string])[];
}

export function findArticulationPoints(input: NetworkInput, options: ArticulationOptions = {}): ArticulationResult {
  const network = resolveNetwork(input, options.network);
  const n = network.actors.length;
  const adj = undirectedAdjacency(network);
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  // Components after removing v: children whose subtree hangs only on v, plus the part above v.
  const pieces = new Int32Array(n);
  const frames = new Int32Array(n);
  const bridges: [string, string][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let depth = 0;
    frames[depth++] = root;
    disc[root] = low[root] = time++;
    cursor[root] = adj.start[root]!;
    while (depth > 0) {
      const u = frames[depth - 1]!;
      if (cursor[u]! < adj.start[u + 1]!) {
        const w = adj.targets[cursor[u]!++]!;
        // The projection is simple, so exactly one edge leads back to the parent.
        if (w === parent[u]) continue;
        if (disc[w] === -1) {
          parent[w] = u;
          disc[w] = low[w] = time++;
          cursor[w] = adj.start[w]!;
          frames[depth++] = w;
        } else if (disc[w]! < low[u]!) {
          low[u] = disc[w]!;
        }
        continue;
      }
      depth--;
      const p = parent[u]!;
      if (p === -1) continue;
      if (low[u]! < low[p]!) low[p] = low[u]!;
      if (low[u]! >= disc[p]!) pieces[p]! += 1;
      if (low[u]! > disc[p]!) {
        const [a, b] = [network.actors[p]!, network.actors[u]!].sort(compareIds) as [string, string];
        bridges.push([a, b]);
      }
    }
    // The root has no "part above": it splits only with ≥ 2 children.
    pieces[root]! -= 1;
  }
  const articulationPoints: ArticulationPoint[] = [];
  for (let v = 0; v < n; v++) {
    // Non-roots: separated children + the part above; roots: children (already corrected).
    const count = pieces[v]! + 1;
    if (count >= 2) articulationPoints.push({ id: network.actors[v]!, pieces: count });
  }
  bridges.sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]));
  return { articulationPoints, bridges };
}
