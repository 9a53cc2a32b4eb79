/**
 * The diagonal of the integral flow matrix N = (I − G)⁻¹ for Finn's cycling
 * index, computed only where it differs from 1: inside strongly connected
 * components (outside a cycle, n_ii = 1).
 *
 * Convention. With input-based throughflow T_i = Σ_j f_ji + z_i we work with
 * the transposed matrix G'_ij = f_ji / T_i (the share of i's throughflow that
 * came directly from j). Its rows sum to ≤ 1 whatever the balance of the
 * data, and diag (I − G')⁻¹ = diag (I − G)⁻¹ for G_ij = f_ij / T_i: both sum
 * the same closed walks, whose products divide by the T of the same nodes
 * (domain.md: "its diagonal is the same in the transposed convention").
 * (With D = diag T and F the flows, G' = D⁻¹Fᵀ and Gᵀ = D G' D⁻¹ are
 * similar, so ρ(G) = ρ(G') < 1 once something enters the component.) We
 * prefer G' because G can have row sums > 1 when an actor ships more than
 * it receives (steam raised from unmodelled water): G' is substochastic,
 * which makes Gauss–Seidel monotone and lets its rows be read as the
 * probabilities of a random walk.
 *
 * n_ii = 1 / (1 − r_i), r_i the probability that a unit tracked back from i
 * returns to i before leaving the component, and (n_ii − 1)/n_ii = r_i.
 *
 * Method by component size s:
 *  - s ≤ denseLimit: LU of I − G' without pivoting (it is irreducibly
 *    diagonally dominant by rows, so elimination is stable and no pivot is
 *    0), then one triangular solve per actor: ~s³ operations, exact.
 *  - larger: Gauss–Seidel on (I − G') x = e_i per actor (monotone from 0,
 *    converges because the component leaks), ~sweeps · links per actor;
 *  - when a component would exceed the work budget `maxWork` (the 20 000-actor
 *    benchmark park holds one 18 379-actor component: ~10¹⁰ operations for the
 *    exact diagonal), r_i is estimated by seeded random walks on G' (`walks`
 *    per actor, fewer once the park's walks reach `maxWalkSteps` steps, every
 *    actor of a component as many), flagged as sampled, with its standard error.
 *  Components are taken smallest first, so the budget buys as many exact
 *  values as it can; one search order, so results are reproducible.
 *  A component nothing enters (no import, no inflow from outside) is closed:
 *  every unit cycles for ever, r_i = 1, n_ii = ∞.
 */
import type { FlowMatrix } from './flowMatrix.ts';
import { componentMembers, strongComponentIndex } from './scc.ts';
import { seededRandom } from './shared.ts';

export interface FinnOptions {
  /** Largest component solved by dense LU. */
  readonly denseLimit: number;
  /** Budget of multiply-adds for the exact methods, over all components (1e8 keeps the full report of a 2 000-enterprise park near 1 s). */
  readonly maxWork: number;
  /** Gauss–Seidel stops when no entry moves by more than tolerance · x_i. */
  readonly tolerance: number;
  readonly maxSweeps: number;
  /** Random walks per actor for sampled components (at least 2). */
  readonly walks: number;
  /** Steps of all walks in the park after which no further round of walks starts (each actor still gets 2). */
  readonly maxWalkSteps: number;
  readonly maxWalkLength: number;
  readonly seed: number;
}

export const DEFAULT_FINN_OPTIONS: FinnOptions = Object.freeze({
  denseLimit: 400,
  maxWork: 1e8,
  tolerance: 1e-12,
  maxSweeps: 10000,
  walks: 500,
  // ~1 s here: the 20 000-actor benchmark network's 500 walks per actor took 12 s for a standard error of the
  // FCI far below anything its readers would act on; its walks now stop near 60 per actor.
  maxWalkSteps: 2e7,
  maxWalkLength: 100000,
  seed: 1,
});

export interface FinnDiagonal {
  /** r_i = (n_ii − 1)/n_ii per actor (0 outside cycles). */
  readonly returnProbability: Float64Array;
  /** 1 where r_i was estimated by random walks. */
  readonly sampled: Uint8Array;
  /** Standard error of r_i (0 when exact). */
  readonly standardError: Float64Array;
  /** False when a Gauss–Seidel solve hit maxSweeps or a walk hit maxWalkLength. */
  readonly converged: boolean;
}

/** One component's G' as local CSR rows: row v lists the suppliers j of v with G'_vj = f_jv / T_v. */
interface Block {
  readonly start: Int32Array;
  readonly cols: Int32Array;
  readonly coef: Float64Array;
}

export function finnDiagonal(matrix: FlowMatrix, throughflow: Float64Array, options: FinnOptions): FinnDiagonal {
  const n = matrix.actors.length;
  const scc = strongComponentIndex(n, matrix.out);
  const r = new Float64Array(n);
  const sampled = new Uint8Array(n);
  const standardError = new Float64Array(n);
  const local = new Int32Array(n);
  const random = seededRandom(options.seed);
  let converged = true;
  let work = 0;
  let walkSteps = 0;
  // Smallest components first, so the budget buys as many exact values as possible.
  const components = componentMembers(scc).sort((a, b) => a.length - b.length || a[0]! - b[0]!);
  for (const members of components) {
    const s = members.length;
    members.forEach((v, i) => (local[v] = i));
    const block = restrict(matrix, scc.componentOf, members, local, throughflow);
    if (s === 1 && block.coef.length === 0) continue;
    if (!leaks(matrix, scc.componentOf, members)) {
      for (const v of members) r[v] = 1;
      continue;
    }
    if (s <= options.denseLimit && s ** 3 <= options.maxWork - work) {
      work += s ** 3;
      denseReturnProbabilities(block).forEach((value, i) => (r[members[i]!] = value));
      continue;
    }
    // s solves of at least one sweep each: when even that exceeds the budget, the first solve would only say so.
    const sweep = block.cols.length + s;
    const first = s * sweep <= options.maxWork - work ? gaussSeidel(block, 0, options) : null;
    if (first && first.work * s <= options.maxWork - work) {
      work += first.work;
      for (let i = 0; i < s; i++) {
        const solved = i === 0 ? first : gaussSeidel(block, i, options);
        if (i > 0) work += solved.work;
        converged &&= solved.converged;
        r[members[i]!] = 1 - 1 / solved.visits;
      }
      continue;
    }
    // Walks are dealt round by round to every actor, so each has as many; rounds stop (after two, for a
    // standard error) once the park's walks have taken maxWalkSteps steps.
    const returned = new Int32Array(s);
    let rounds = 0;
    while (rounds < Math.max(2, Math.floor(options.walks)) && (rounds < 2 || walkSteps < options.maxWalkSteps)) {
      for (let i = 0; i < s; i++) {
        const walk = walkOnce(block, i, options.maxWalkLength, random);
        walkSteps += walk.steps;
        if (walk.returned) returned[i]! += 1;
        converged &&= walk.complete;
      }
      rounds++;
    }
    for (let i = 0; i < s; i++) {
      const p = returned[i]! / rounds;
      r[members[i]!] = p;
      sampled[members[i]!] = 1;
      // p(1 − p)/(W − 1) is unbiased for Var(p) = r(1 − r)/W, so the summed FCI variance is too.
      standardError[members[i]!] = Math.sqrt((p * (1 - p)) / (rounds - 1));
    }
  }
  return { returnProbability: r, sampled, standardError, converged };
}

function restrict(
  matrix: FlowMatrix,
  componentOf: Int32Array,
  members: readonly number[],
  local: Int32Array,
  throughflow: Float64Array,
): Block {
  const start = new Int32Array(members.length + 1);
  const cols: number[] = [];
  const coef: number[] = [];
  const c = componentOf[members[0]!]!;
  members.forEach((v, i) => {
    for (let p = matrix.in.start[v]!; p < matrix.in.start[v + 1]!; p++) {
      const j = matrix.in.targets[p]!;
      if (componentOf[j] !== c) continue;
      cols.push(local[j]!);
      coef.push(matrix.quantities[matrix.inEdge[p]!]! / throughflow[v]!);
    }
    start[i + 1] = cols.length;
  });
  return { start, cols: Int32Array.from(cols), coef: Float64Array.from(coef) };
}

/** Whether anything enters the component from outside: an import, or inflow from another actor. */
function leaks(matrix: FlowMatrix, componentOf: Int32Array, members: readonly number[]): boolean {
  const c = componentOf[members[0]!]!;
  return members.some((v) => {
    if (matrix.imports[v]! > 0) return true;
    for (let p = matrix.in.start[v]!; p < matrix.in.start[v + 1]!; p++) {
      if (componentOf[matrix.in.targets[p]!] !== c) return true;
    }
    return false;
  });
}

/** r_i for every actor of the block from an LU factorisation of I − G' (row-major, in place). */
function denseReturnProbabilities(block: Block): Float64Array {
  const s = block.start.length - 1;
  const a = new Float64Array(s * s);
  for (let i = 0; i < s; i++) {
    a[i * s + i] = 1;
    for (let k = block.start[i]!; k < block.start[i + 1]!; k++) a[i * s + block.cols[k]!]! -= block.coef[k]!;
  }
  // Doolittle LU: L (unit diagonal) below, U on and above the diagonal.
  for (let k = 0; k < s; k++) {
    const pivot = a[k * s + k]!;
    for (let i = k + 1; i < s; i++) {
      const factor = a[i * s + k]! / pivot;
      if (factor === 0) continue;
      a[i * s + k] = factor;
      for (let j = k + 1; j < s; j++) a[i * s + j]! -= factor * a[k * s + j]!;
    }
  }
  const r = new Float64Array(s);
  const y = new Float64Array(s);
  for (let i = 0; i < s; i++) {
    // L y = e_i: y_j = 0 for j < i.
    y[i] = 1;
    for (let j = i + 1; j < s; j++) {
      let sum = 0;
      for (let k = i; k < j; k++) sum -= a[j * s + k]! * y[k]!;
      y[j] = sum;
    }
    // U x = y, back to row i only (x is kept in y).
    for (let j = s - 1; j >= i; j--) {
      let sum = y[j]!;
      for (let k = j + 1; k < s; k++) sum -= a[j * s + k]! * y[k]!;
      y[j] = sum / a[j * s + j]!;
    }
    r[i] = 1 - 1 / y[i]!;
  }
  return r;
}

/** Column i of (I − G')⁻¹ by Gauss–Seidel from 0 (monotone increasing); returns its i-th entry n_ii. */
function gaussSeidel(block: Block, i: number, options: FinnOptions) {
  const s = block.start.length - 1;
  const x = new Float64Array(s);
  const links = block.cols.length + s;
  for (let sweep = 1; sweep <= options.maxSweeps; sweep++) {
    let change = 0;
    for (let v = 0; v < s; v++) {
      let value = v === i ? 1 : 0;
      for (let k = block.start[v]!; k < block.start[v + 1]!; k++) value += block.coef[k]! * x[block.cols[k]!]!;
      change = Math.max(change, value - x[v]!);
      x[v] = value;
    }
    if (change <= options.tolerance * x[i]!) return { visits: x[i]!, work: sweep * links, converged: true };
  }
  return { visits: x[i]!, work: options.maxSweeps * links, converged: false };
}

/** One walk back from i along G' (to a supplier j with probability G'_ij, else out of the component). */
function walkOnce(block: Block, i: number, maxLength: number, random: () => number) {
  let v = i;
  for (let step = 0; step < maxLength; step++) {
    let u = random();
    let next = -1;
    for (let k = block.start[v]!; k < block.start[v + 1]!; k++) {
      u -= block.coef[k]!;
      if (u < 0) {
        next = block.cols[k]!;
        break;
      }
    }
    if (next === -1) return { returned: false, steps: step + 1, complete: true };
    if (next === i) return { returned: true, steps: step + 1, complete: true };
    v = next;
  }
  return { returned: false, steps: maxLength, complete: false };
}
