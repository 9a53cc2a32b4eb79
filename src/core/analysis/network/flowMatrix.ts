/**
 * The extended flow matrix of the flow-based metrics (domain.md, appendix;
 * Finn 1976, J. Theor. Biol. 56; Fath & Patten 1999): internal actors as
 * rows and columns, an import row `@supply` (z_i), a useful-export column
 * `@market` (y_i) and a dissipation column `@disposal` (d_i).
 *
 * Only quantities of one commensurable unit may be added, so a flow enters
 * only when its material's unit converts to the chosen unit (default mass,
 * t/a; density and heating value bridge dimensions as in units.ts). The
 * others are counted, never guessed.
 */
import { indexModel, normalisedQuantity, requireMaterial } from '../../model/lookup.ts';
import type { ParkModel } from '../../model/types.ts';
import { convertQuantity, findUnit } from '../../model/units.ts';
import {
  adjacencyFromKeys,
  categoryCounts,
  DEFAULT_ACTOR_NETWORK_OPTIONS,
  internalActorIds,
  type ActorNetworkOptions,
  type Adjacency,
} from './actors.ts';
import { compareIds, withDefaults } from './shared.ts';

export interface FlowMatrixOptions extends ActorNetworkOptions {
  /** The commensurable unit; any unit of units.ts (mass by default). */
  readonly unit: string;
}

export const DEFAULT_FLOW_MATRIX_OPTIONS: FlowMatrixOptions = Object.freeze({
  ...DEFAULT_ACTOR_NETWORK_OPTIONS,
  unit: 't/a',
});

/** Why flows were left out, counted in this order of precedence. */
export interface ExcludedFlows {
  readonly status: number;
  readonly category: number;
  /** An end that is neither an internal actor nor the matching boundary actor (e.g. a closed plant). */
  readonly actor: number;
  readonly selfLoop: number;
  /** The material's unit does not convert to the chosen unit. */
  readonly unit: number;
}

export interface FlowMatrix {
  readonly unit: string;
  /** Internal actors, sorted by id. */
  readonly actors: readonly string[];
  /** Internal links with a positive quantity, both directions; `quantities` is indexed by out-position. */
  readonly out: Adjacency;
  readonly in: Adjacency;
  readonly inEdge: Int32Array;
  readonly quantities: Float64Array;
  /** z_i, from `@supply`. */
  readonly imports: Float64Array;
  /** y_i, to `@market`. */
  readonly exports: Float64Array;
  /** d_i, to `@disposal`. */
  readonly dissipation: Float64Array;
  readonly includedFlows: number;
  readonly excludedFlows: ExcludedFlows;
}

export function buildFlowMatrix(model: ParkModel, options?: Partial<FlowMatrixOptions>): FlowMatrix {
  const merged = withDefaults(DEFAULT_FLOW_MATRIX_OPTIONS, options);
  // An unknown unit here is a caller's bug (the UI offers units from the table), not a data problem.
  if (!findUnit(merged.unit)) throw new Error(`unknown unit ${merged.unit}`);
  const index = indexModel(model);
  const actors = internalActorIds(model, merged);
  const indexOf = new Map(actors.map((id, i) => [id, i]));
  const n = actors.length;
  const imports = new Float64Array(n);
  const exports = new Float64Array(n);
  const dissipation = new Float64Array(n);
  const internal = new Map<number, number>(); // from · n + to → Σ quantity
  const excluded = { status: 0, category: 0, actor: 0, selfLoop: 0, unit: 0 };
  let includedFlows = 0;
  for (const flow of model.flows) {
    const material = requireMaterial(index, flow.material);
    const from = indexOf.get(flow.from);
    const to = indexOf.get(flow.to);
    const target = to ?? (flow.to === '@market' ? -1 : flow.to === '@disposal' ? -2 : undefined);
    if (!merged.flowStatuses.includes(flow.status)) excluded.status++;
    else if (!categoryCounts(material.category, merged)) excluded.category++;
    else if ((from === undefined && flow.from !== '@supply') || target === undefined) excluded.actor++;
    else if (from === undefined && to === undefined)
      excluded.actor++; // boundary to boundary
    else if (from === to && !merged.includeSelfLoops) excluded.selfLoop++;
    else {
      const quantity = convertQuantity(normalisedQuantity(flow, material), material.unit, merged.unit, material);
      if (quantity === undefined) {
        excluded.unit++;
        continue;
      }
      includedFlows++;
      if (from === undefined) imports[to!]! += quantity;
      else if (target === -1) exports[from]! += quantity;
      else if (target === -2) dissipation[from]! += quantity;
      else if (quantity > 0) internal.set(from * n + target, (internal.get(from * n + target) ?? 0) + quantity);
    }
  }
  const keys = Float64Array.from(internal.keys()).sort();
  const { out, in: inbound, inEdge } = adjacencyFromKeys(n, keys);
  const quantities = Float64Array.from(keys, (key) => internal.get(key)!);
  return {
    unit: merged.unit,
    actors,
    out,
    in: inbound,
    inEdge,
    quantities,
    imports,
    exports,
    dissipation,
    includedFlows,
    excludedFlows: excluded,
  };
}

export interface FlowMatrixEntry {
  readonly from: string;
  readonly to: string;
  readonly quantity: number;
}

/** The extended matrix as a sparse list (boundary row and columns included, zeros left out), sorted. */
export function flowMatrixEntries(matrix: FlowMatrix): FlowMatrixEntry[] {
  const entries: FlowMatrixEntry[] = [];
  const { actors } = matrix;
  actors.forEach((id, i) => {
    if (matrix.imports[i]! > 0) entries.push({ from: '@supply', to: id, quantity: matrix.imports[i]! });
    for (let k = matrix.out.start[i]!; k < matrix.out.start[i + 1]!; k++) {
      entries.push({ from: id, to: actors[matrix.out.targets[k]!]!, quantity: matrix.quantities[k]! });
    }
    if (matrix.exports[i]! > 0) entries.push({ from: id, to: '@market', quantity: matrix.exports[i]! });
    if (matrix.dissipation[i]! > 0) entries.push({ from: id, to: '@disposal', quantity: matrix.dissipation[i]! });
  });
  return entries.sort((a, b) => compareIds(a.from, b.from) || compareIds(a.to, b.to));
}
