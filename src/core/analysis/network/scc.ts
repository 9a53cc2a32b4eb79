/**
 * Strongly and weakly connected components of the internal exchange
 * network. Both are iterative: graphology-components' strongly connected
 * components recurses once per node and overflows Node's default stack at
 * 20 000 nodes / 100 000 edges (domain.md, "known library pitfalls"), and a
 * browser cannot raise its stack. Its `connectedComponents` is iterative,
 * but it needs a graphology graph; ours run on the CSR we already have.
 */
import {
  resolveNetwork,
  type ActorNetwork,
  type ActorNetworkOptions,
  type Adjacency,
  type NetworkInput,
} from './actors.ts';
import { compareIds } from './shared.ts';

/** Component labels 0 … count − 1 per vertex. */
export interface ComponentIndex {
  readonly count: number;
  readonly componentOf: Int32Array;
}

/**
 * Tarjan's algorithm (Tarjan 1972, SIAM J. Comput. 1(2)) with the call
 * stack made explicit: `frames` holds the DFS path and `cursor[v]` how far
 * v's neighbour list has been scanned. Components come out in reverse
 * topological order (sinks first), as in the recursive version.
 */
export function strongComponentIndex(n: number, out: Adjacency): ComponentIndex {
  const order = new Int32Array(n).fill(-1); // discovery time
  const low = new Int32Array(n);
  const cursor = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n); // Tarjan's vertex stack
  const frames = new Int32Array(n); // the DFS path
  const componentOf = new Int32Array(n).fill(-1);
  let time = 0;
  let top = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    frames[depth++] = root;
    order[root] = low[root] = time++;
    cursor[root] = out.start[root]!;
    stack[top++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const v = frames[depth - 1]!;
      if (cursor[v]! < out.start[v + 1]!) {
        const w = out.targets[cursor[v]!++]!;
        if (order[w] === -1) {
          order[w] = low[w] = time++;
          cursor[w] = out.start[w]!;
          stack[top++] = w;
          onStack[w] = 1;
          frames[depth++] = w;
        } else if (onStack[w] && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = frames[depth - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--top]!;
          onStack[w] = 0;
          componentOf[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  return { count, componentOf };
}

/** Weakly connected components: breadth-first over both directions, with an explicit queue. */
export function weakComponentIndex(n: number, out: Adjacency, inbound: Adjacency): ComponentIndex {
  const componentOf = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (componentOf[root] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    componentOf[root] = count;
    while (head < tail) {
      const v = queue[head++]!;
      // Index loops over both CSR rows: no view or iterator allocated per actor.
      for (let e = out.start[v]!; e < out.start[v + 1]!; e++) {
        const w = out.targets[e]!;
        if (componentOf[w] === -1) {
          componentOf[w] = count;
          queue[tail++] = w;
        }
      }
      for (let e = inbound.start[v]!; e < inbound.start[v + 1]!; e++) {
        const w = inbound.targets[e]!;
        if (componentOf[w] === -1) {
          componentOf[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  return { count, componentOf };
}

/** Members of each component as index lists, each ascending (so sorted by id). */
export function componentMembers(index: ComponentIndex): number[][] {
  const members: number[][] = Array.from({ length: index.count }, () => []);
  index.componentOf.forEach((c, v) => members[c]!.push(v));
  return members;
}

export interface ComponentsOptions {
  readonly network?: Partial<ActorNetworkOptions>;
}

export interface Components {
  readonly count: number;
  /** Actor ids per component: largest first, ties by smallest id; ids sorted within. */
  readonly components: readonly (readonly string[])[];
  /** Size of the largest component (0 for an empty park). */
  readonly largest: number;
}

export function findStronglyConnectedComponents(input: NetworkInput, options: ComponentsOptions = {}): Components {
  const network = resolveNetwork(input, options.network);
  return describe(network, strongComponentIndex(network.actors.length, network.out));
}

export function findWeaklyConnectedComponents(input: NetworkInput, options: ComponentsOptions = {}): Components {
  const network = resolveNetwork(input, options.network);
  return describe(network, weakComponentIndex(network.actors.length, network.out, network.in));
}

function describe(network: ActorNetwork, index: ComponentIndex): Components {
  // Ids straight into their component's list (actors are in id order, so each list is sorted): one pass, no index lists.
  const components: string[][] = Array.from({ length: index.count }, () => []);
  const { componentOf } = index;
  for (let v = 0; v < componentOf.length; v++) components[componentOf[v]!]!.push(network.actors[v]!);
  components.sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  return { count: index.count, components, largest: components[0]?.length ?? 0 };
}
