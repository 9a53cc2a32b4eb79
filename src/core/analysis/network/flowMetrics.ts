/**
 * Flow-based ecological network metrics over one commensurable unit
 * (domain.md, appendix; Finn 1976, J. Theor. Biol. 56; Fath & Patten 1999;
 * the R package enaR, Borrett & Lau 2014):
 *
 *   throughflow T_i = Σ_j f_ji + z_i      (input-based: inflows plus imports)
 *   TST = Σ_i T_i                          (internal actors only)
 *   G_ij = f_ij / T_i,  N = (I − G)⁻¹
 *   FCI = Σ_i ((n_ii − 1)/n_ii) · T_i / TST   (Finn cycling index, 0 … 1)
 *   average path length = TST / Σ_i z_i   (Finn 1976: TST over boundary input)
 *
 * The data need not be balanced (an actor may ship more or less than it
 * takes in); T stays input-based as the domain defines it, and the diagonal
 * of N is computed in the transposed convention, which is the same diagonal
 * and stays stable on unbalanced data (see finnDiagonal.ts). Each actor's
 * outflow is reported beside its throughflow so imbalance is visible.
 */
import type { ModelInput } from '../../model/lookup.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import { buildFlowMatrix, type ExcludedFlows, type FlowMatrix, type FlowMatrixOptions } from './flowMatrix.ts';
import { DEFAULT_FINN_OPTIONS, finnDiagonal, type FinnOptions } from './finnDiagonal.ts';
import { ratio } from './shared.ts';

export interface FlowMetricsOptions extends Partial<FlowMatrixOptions> {
  readonly finn?: Partial<FinnOptions>;
}

export interface ActorFlowMetrics {
  readonly id: string;
  /** z_i */
  readonly imports: number;
  /** Σ_j f_ji over internal suppliers. */
  readonly inflow: number;
  /** Σ_j f_ij over internal customers. */
  readonly outflow: number;
  readonly exports: number;
  readonly dissipation: number;
  /** T_i = inflow + imports. */
  readonly throughflow: number;
  /** n_ii; null when infinite (a closed loop nothing enters). */
  readonly visits: number | null;
  /** (n_ii − 1)/n_ii: the share of T_i that is cycled. */
  readonly cycledShare: number;
  readonly sampled: boolean;
}

export interface FlowMetrics {
  readonly unit: string;
  /** Sorted by id. */
  readonly actors: readonly ActorFlowMetrics[];
  readonly totalSystemThroughflow: number;
  readonly totalImports: number;
  readonly totalExports: number;
  readonly totalDissipation: number;
  /** Σ_i ((n_ii − 1)/n_ii) · T_i, the cycled part of TST. */
  readonly cycledThroughflow: number;
  /** Null when TST = 0. */
  readonly finnCyclingIndex: number | null;
  /** Standard error of the FCI from the sampled components (0 when every n_ii is exact). */
  readonly finnStandardError: number;
  readonly finnSampled: boolean;
  readonly finnConverged: boolean;
  /** Null when nothing is imported. */
  readonly averagePathLength: number | null;
  readonly includedFlows: number;
  readonly excludedFlows: ExcludedFlows;
}

/** T_i = Σ_j f_ji + z_i for each actor of the matrix. */
export function throughflowOf(matrix: FlowMatrix): Float64Array {
  const t = Float64Array.from(matrix.imports);
  for (let k = 0; k < matrix.quantities.length; k++) t[matrix.out.targets[k]!]! += matrix.quantities[k]!;
  return t;
}

export function computeFlowMetrics(input: ModelInput, options: FlowMetricsOptions = {}): FlowMetrics {
  const { finn, ...matrixOptions } = options;
  return flowMetricsOf(buildFlowMatrix(input, matrixOptions), finn);
}

/** The same metrics from a flow matrix built earlier. */
export function flowMetricsOf(matrix: FlowMatrix, finn?: Partial<FinnOptions>): FlowMetrics {
  const finnOptions = withDefaults(DEFAULT_FINN_OPTIONS, finn);
  const t = throughflowOf(matrix);
  const diagonal = finnDiagonal(matrix, t, finnOptions);
  const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
  const tst = sum(t);
  let cycled = 0;
  let variance = 0;
  const actors = matrix.actors.map((id, i): ActorFlowMetrics => {
    const r = diagonal.returnProbability[i]!;
    cycled += r * t[i]!;
    if (tst > 0) variance += (t[i]! / tst) ** 2 * diagonal.standardError[i]! ** 2;
    let outflow = 0;
    for (let k = matrix.out.start[i]!; k < matrix.out.start[i + 1]!; k++) outflow += matrix.quantities[k]!;
    return {
      id,
      imports: matrix.imports[i]!,
      inflow: t[i]! - matrix.imports[i]!,
      outflow,
      exports: matrix.exports[i]!,
      dissipation: matrix.dissipation[i]!,
      throughflow: t[i]!,
      visits: r >= 1 ? null : 1 / (1 - r),
      cycledShare: r,
      sampled: diagonal.sampled[i] === 1,
    };
  });
  const totalImports = sum(matrix.imports);
  return {
    unit: matrix.unit,
    actors,
    totalSystemThroughflow: tst,
    totalImports,
    totalExports: sum(matrix.exports),
    totalDissipation: sum(matrix.dissipation),
    cycledThroughflow: cycled,
    finnCyclingIndex: ratio(cycled, tst),
    finnStandardError: Math.sqrt(variance),
    finnSampled: diagonal.sampled.includes(1),
    finnConverged: diagonal.converged,
    averagePathLength: ratio(tst, totalImports),
    includedFlows: matrix.includedFlows,
    excludedFlows: matrix.excludedFlows,
  };
}
