/**
 * Betweenness centrality on the directed, unweighted internal network:
 * C_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, σ_st the number of shortest s→t paths
 * (hop counts: a quantity is not a distance, so flows are not weighted).
 *
 * Exact: Brandes (2001, J. Math. Sociol. 25(2)), one BFS per source and the
 * dependency accumulation δ_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv/σ_sw · (1 + δ_s(w)).
 * Sampled: Brandes & Pich (2007, Int. J. Bifurc. Chaos 17(7)) — the same
 * accumulation from k pivots drawn uniformly without replacement (seeded),
 * extrapolated by N/k; unbiased, and labelled `sampled: true`.
 *
 * Why not graphology-metrics' `betweenness`: it has neither progress nor
 * sampling, it needs a graphology copy of the network, and its σ is a
 * Uint32Array that wraps past 2³² shortest paths. Its normalisation is the one
 * used here (checked against it in the tests): with `normalized`, divide by
 * (N − 1)(N − 2), the number of ordered pairs (s, t) not containing v in a
 * directed graph (also NetworkX's convention for directed graphs).
 *
 * Predecessors are not stored: on the backward pass, v precedes w when
 * v → w and dist(v) = dist(w) − 1, read from the inbound CSR. That keeps
 * memory O(N) per source instead of O(L).
 */
import { withDefaults } from '../../model/withDefaults.ts';
import type { ActorNetwork } from './actors.ts';
import { seededRandom } from './shared.ts';

/** 'none' skips betweenness: `computeBetweenness` then returns null, and centrality reports no values. */
export type BetweennessMethod = 'exact' | 'sampled' | 'none';

export interface BetweennessOptions {
  readonly method: BetweennessMethod;
  /** Divide by (N − 1)(N − 2). */
  readonly normalized: boolean;
  /** Pivots for the sampled estimate (capped at N; k = N is the exact value). */
  readonly pivots: number;
  readonly seed: number;
  /** Called with (sources done, total) about every 1 % of the work, and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The result already computed for this network with these options — by
   * several threads, which core cannot start (src/cli/parallelBetweenness.ts):
   * returned as it is after a check that it fits.
   */
  readonly precomputed?: Betweenness;
}

export const DEFAULT_BETWEENNESS_OPTIONS: BetweennessOptions = Object.freeze<BetweennessOptions>({
  method: 'exact',
  normalized: true,
  pivots: 256,
  seed: 1,
});

export interface Betweenness {
  /** Per actor, in network (id) order. */
  readonly values: Float64Array;
  readonly sampled: boolean;
  /** Sources used: N when exact, k when sampled. */
  readonly sources: number;
  readonly normalized: boolean;
}

/** Null when `method` is 'none' (nothing computed); exact and sampled always give values. */
export function computeBetweenness(
  network: ActorNetwork,
  options: Partial<BetweennessOptions> & { readonly method: 'none' },
): null;
export function computeBetweenness(
  network: ActorNetwork,
  options?: Partial<BetweennessOptions> & { readonly method?: 'exact' | 'sampled' },
): Betweenness;
export function computeBetweenness(network: ActorNetwork, options?: Partial<BetweennessOptions>): Betweenness | null;
export function computeBetweenness(network: ActorNetwork, caller?: Partial<BetweennessOptions>): Betweenness | null {
  const options = withDefaults(DEFAULT_BETWEENNESS_OPTIONS, caller);
  if (options.method === 'none') return null;
  if (options.precomputed) return checkedPrecomputed(network, options, options.precomputed);
  const n = network.actors.length;
  const sources = betweennessSources(n, options);
  return finishBetweenness(accumulateDependencies(network, sources, options.onProgress), sources.length, options);
}

/** The sources Brandes runs from: every actor (exact), or the seeded pivots (sampled), ascending. */
function betweennessSources(n: number, options: Pick<BetweennessOptions, 'method' | 'pivots' | 'seed'>): Int32Array {
  return options.method === 'sampled' ? pickPivots(n, options.pivots, options.seed) : identity(n);
}

/**
 * Σ_s δ_s(v) over the given sources, unscaled: the part of Brandes' work that
 * splits by source, so threads (src/cli/parallelBetweenness.ts) can each sum
 * a share of the sources and the shares add up to the whole.
 */
export function accumulateDependencies(
  network: Pick<ActorNetwork, 'out' | 'in'>,
  sources: Int32Array,
  onProgress?: (done: number, total: number) => void,
): Float64Array {
  const { out, in: inbound } = network;
  const n = out.start.length - 1;
  const values = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n); // BFS order, read backwards as Brandes' stack S
  const step = Math.max(1, Math.ceil(sources.length / 100));
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k]!;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      for (let e = out.start[v]!; e < out.start[v + 1]!; e++) {
        const w = out.targets[e]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let e = inbound.start[w]!; e < inbound.start[w + 1]!; e++) {
        const v = inbound.targets[e]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * coefficient;
      }
      values[w]! += delta[w]!;
    }
    // Reset only what this source touched.
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    if (onProgress && ((k + 1) % step === 0 || k + 1 === sources.length)) onProgress(k + 1, sources.length);
  }
  return values;
}

/** Sources × links below which one thread finishes before other threads or workers would have started. */
const PARALLEL_BETWEENNESS_WORK = 5e6;

/**
 * Betweenness with its sources dealt round-robin to `threads` runners that
 * core cannot start itself (the CLI's worker threads, the app's Web Workers),
 * each summing its share with `accumulateDependencies`; the shares add up to
 * what one thread computes. Neighbouring ids are often in one park, so dealt
 * this way every share gets some of every park and the runners finish
 * together. Below `minimumWork` (sources × links), or with one thread, it
 * runs here: starting runners would cost more than the work.
 */
export async function betweennessInShares(
  network: ActorNetwork,
  options: BetweennessOptions & { readonly method: 'exact' | 'sampled' },
  threads: number,
  runShare: (sources: Int32Array) => Promise<Float64Array>,
  minimumWork = PARALLEL_BETWEENNESS_WORK,
): Promise<Betweenness> {
  const n = network.actors.length;
  const sources = betweennessSources(n, options);
  if (threads < 2 || sources.length * network.links < minimumWork) return computeBetweenness(network, options);
  const shares = Array.from({ length: threads }, (_, t) => sources.filter((_, k) => k % threads === t));
  const parts = await Promise.all(shares.map(runShare));
  const sums = new Float64Array(n);
  for (const part of parts) for (let v = 0; v < n; v++) sums[v]! += part[v]!;
  return finishBetweenness(sums, sources.length, options);
}

/** Summed dependencies (from one thread or added over several) scaled into the result, in place. */
function finishBetweenness(
  sums: Float64Array,
  sourceCount: number,
  options: Pick<BetweennessOptions, 'method' | 'normalized'>,
): Betweenness {
  const n = sums.length;
  const sampled = options.method === 'sampled' && sourceCount < n;
  const extrapolate = sampled ? n / sourceCount : 1;
  const normalise = options.normalized && n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  for (let v = 0; v < n; v++) sums[v]! *= extrapolate * normalise;
  return { values: sums, sampled, sources: sourceCount, normalized: options.normalized };
}

/** A result computed elsewhere (in threads) for this very network and these options, or a caller bug. */
function checkedPrecomputed(network: ActorNetwork, options: BetweennessOptions, given: Betweenness): Betweenness {
  const n = network.actors.length;
  const expected = options.method === 'sampled' ? Math.max(1, Math.min(n, Math.floor(options.pivots))) : n;
  if (given.values.length !== n || given.sources !== expected || given.normalized !== options.normalized) {
    throw new Error(
      `precomputed betweenness does not fit: ${given.values.length} actors from ${given.sources} sources, ` +
        `normalised ${given.normalized}; the network has ${n} actors and asks for ${expected} sources, normalised ${options.normalized}`,
    );
  }
  return given;
}

function identity(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

/** k distinct indices, uniformly at random (partial Fisher–Yates), then ascending for cache-friendly runs. */
function pickPivots(n: number, k: number, seed: number): Int32Array {
  const count = Math.max(1, Math.min(n, Math.floor(k)));
  const random = seededRandom(seed);
  const pool = identity(n);
  for (let i = 0; i < count && i < n; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.subarray(0, Math.min(count, n)).sort();
}
