/**
 * Cyclicity λmax: the spectral radius of the binary actor adjacency F
 * (Layton, Bras & Weissburg 2016, J. Ind. Ecol. 20(1); Fath & Halnes 2007).
 * 0 = no cycle, 1 = simple cycles only, > 1 = nested, interlinked cycling.
 *
 * Why per strongly connected component: a reducible F is block-triangular
 * after ordering its SCCs, so its eigenvalues are those of the diagonal
 * blocks and λmax = max over SCCs. A one-node SCC has λ = 0, or 1 with a
 * self-loop.
 *
 * Why A + I: an irreducible A may be periodic (a simple cycle's eigenvalues
 * are the k-th roots of unity, all of modulus 1), and then the plain power
 * method oscillates. A + I is primitive (irreducible with a positive
 * diagonal), so its Perron root strictly dominates and the power method
 * converges; λ(A) = λ(A + I) − 1 (Perron–Frobenius; Meyer 2000, §8.3).
 *
 * Why Collatz–Wielandt bounds: for any positive x, min_i (Bx)_i/x_i ≤ ρ(B) ≤
 * max_i (Bx)_i/x_i. They bracket the answer at every step, so "converged"
 * means the bracket is narrower than the tolerance, not that the iterate
 * stopped moving.
 */
import type { ActorNetwork } from './actors.ts';
import { componentMembers, type ComponentIndex } from './scc.ts';

export interface CyclicityOptions {
  /** Stop when upper − lower ≤ tolerance · upper (bounds on λ(A + I)). */
  readonly tolerance: number;
  /** Power iterations per strongly connected component. */
  readonly maxIterations: number;
}

export const DEFAULT_CYCLICITY_OPTIONS: CyclicityOptions = Object.freeze({
  tolerance: 1e-10,
  maxIterations: 10000,
});

export interface Cyclicity {
  /** λmax, the midpoint of the bracket. */
  readonly value: number;
  /** Rigorous bounds: lower ≤ λmax ≤ upper. */
  readonly lower: number;
  readonly upper: number;
  readonly converged: boolean;
  /** Power iterations spent, summed over components. */
  readonly iterations: number;
  /** Strongly connected components that contain a cycle (two or more actors, or a self-loop). */
  readonly cyclicComponents: number;
}

export function computeCyclicity(network: ActorNetwork, scc: ComponentIndex, options: CyclicityOptions): Cyclicity {
  const { out } = network;
  let lower = 0;
  let upper = 0;
  let converged = true;
  let iterations = 0;
  let cyclicComponents = 0;
  const local = new Int32Array(network.actors.length);
  for (const members of componentMembers(scc)) {
    if (members.length === 1) {
      const v = members[0]!;
      const selfLoop = out.targets.subarray(out.start[v]!, out.start[v + 1]!).includes(v);
      if (selfLoop) {
        cyclicComponents++;
        lower = Math.max(lower, 1);
        upper = Math.max(upper, 1);
      }
      continue;
    }
    cyclicComponents++;
    const block = restrict(network, scc, members, local);
    const result = perronRoot(block, options);
    iterations += result.iterations;
    converged &&= result.converged;
    lower = Math.max(lower, result.lower - 1);
    upper = Math.max(upper, result.upper - 1);
  }
  return { value: (lower + upper) / 2, lower, upper, converged, iterations, cyclicComponents };
}

/** The SCC's block of F as local CSR (indices 0 … s − 1 in member order). */
function restrict(network: ActorNetwork, scc: ComponentIndex, members: readonly number[], local: Int32Array) {
  const { out } = network;
  const c = scc.componentOf[members[0]!]!;
  members.forEach((v, i) => (local[v] = i));
  const start = new Int32Array(members.length + 1);
  const targets: number[] = [];
  members.forEach((v, i) => {
    for (let k = out.start[v]!; k < out.start[v + 1]!; k++) {
      const w = out.targets[k]!;
      if (scc.componentOf[w] === c) targets.push(local[w]!);
    }
    start[i + 1] = targets.length;
  });
  return { start, targets: Int32Array.from(targets) };
}

/** Power iteration on B = A + I from x = 1, with Collatz–Wielandt bounds on ρ(B). */
function perronRoot(block: { start: Int32Array; targets: Int32Array }, options: CyclicityOptions) {
  const s = block.start.length - 1;
  let x = new Float64Array(s).fill(1);
  let y = new Float64Array(s);
  let lower = 0;
  let upper = Infinity;
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    let lo = Infinity;
    let hi = 0;
    let max = 0;
    for (let i = 0; i < s; i++) {
      // (A x)_i = Σ_j a_ij x_j: row i of A lists the actors i provides to.
      let sum = x[i]!;
      for (let k = block.start[i]!; k < block.start[i + 1]!; k++) sum += x[block.targets[k]!]!;
      y[i] = sum;
      const q = sum / x[i]!;
      if (q < lo) lo = q;
      if (q > hi) hi = q;
      if (sum > max) max = sum;
    }
    // Each step's bracket is valid, so keep the tightest seen.
    lower = Math.max(lower, lo);
    upper = Math.min(upper, hi);
    if (upper - lower <= options.tolerance * upper) return { lower, upper, converged: true, iterations: iteration };
    for (let i = 0; i < s; i++) y[i]! /= max;
    [x, y] = [y, x];
  }
  return { lower, upper, converged: false, iterations: options.maxIterations };
}
