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
import { flowQuantity, indexedModel, requireMaterial, type ModelInput } from '../../model/lookup.ts';
import { isBoundaryId } from '../../model/references.ts';
import type { Flow, Material } from '../../model/types.ts';
import { convertQuantity, findUnit } from '../../model/units.ts';
import { withDefaults } from '../../model/withDefaults.ts';
import {
  adjacencyFromKeys,
  categoryCounts,
  DEFAULT_ACTOR_NETWORK_OPTIONS,
  internalActorIds,
  type ActorNetworkOptions,
  type Adjacency,
  type FlowExclusion,
} from './actors.ts';
import { compareIds } from './shared.ts';

export interface FlowMatrixOptions extends ActorNetworkOptions {
  /** The commensurable unit; any unit of units.ts (mass by default). */
  readonly unit: string;
}

export const DEFAULT_FLOW_MATRIX_OPTIONS: FlowMatrixOptions = Object.freeze({
  ...DEFAULT_ACTOR_NETWORK_OPTIONS,
  unit: 't/a',
});

/** How many flows were left out, by reason (see `matrixPlacement` for the order of precedence). */
export type ExcludedFlows = { readonly [reason in FlowExclusion]: number };

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

export function buildFlowMatrix(input: ModelInput, options?: Partial<FlowMatrixOptions>): FlowMatrix {
  const merged = withDefaults(DEFAULT_FLOW_MATRIX_OPTIONS, options);
  // An unknown unit here is a caller's bug (the UI offers units from the table), not a data problem.
  if (!findUnit(merged.unit)) throw new Error(`unknown unit ${merged.unit}`);
  const { model, index } = indexedModel(input);
  const actors = internalActorIds(model, merged);
  const indexOf = new Map(actors.map((id, i) => [id, i]));
  const n = actors.length;
  const imports = new Float64Array(n);
  const exports = new Float64Array(n);
  const dissipation = new Float64Array(n);
  const internal = new Map<number, number>(); // from · n + to → Σ quantity
  const excluded: Record<FlowExclusion, number> = {
    status: 0,
    category: 0,
    actor: 0,
    boundary: 0,
    selfLoop: 0,
    quantity: 0,
    unit: 0,
  };
  let includedFlows = 0;
  for (const flow of model.flows) {
    const material = requireMaterial(index, flow.material);
    const place = matrixPlacement(flow, material, indexOf, merged);
    if (typeof place === 'string') {
      excluded[place]++;
      continue;
    }
    // The flow has a quantity and its unit converts (matrixPlacement checked both).
    const quantity = convertQuantity(flowQuantity(flow, material)!, material.unit, merged.unit, material)!;
    includedFlows++;
    if (place.kind === 'import') imports[place.to]! += quantity;
    else if (place.kind === 'export') exports[place.from]! += quantity;
    else if (place.kind === 'dissipation') dissipation[place.from]! += quantity;
    else if (quantity > 0) {
      const key = place.from * n + place.to;
      internal.set(key, (internal.get(key) ?? 0) + quantity);
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

/** Where a flow enters the extended matrix: an internal cell f_ij, an import z_j, an export y_i or a dissipation d_i. */
export type MatrixPlace =
  | { readonly kind: 'internal'; readonly from: number; readonly to: number }
  | { readonly kind: 'import'; readonly to: number }
  | { readonly kind: 'export'; readonly from: number }
  | { readonly kind: 'dissipation'; readonly from: number };

/**
 * Where a flow enters the extended flow matrix, or why it does not. The
 * first reason that applies wins, in the order of `linkExclusion` (status,
 * category, actor, boundary, self-loop) and then 'unit':
 *  - 'actor': an end is an enterprise that is not an internal actor;
 *  - 'boundary': a boundary end in a place the matrix has none — `@supply`
 *    as a receiver, `@market` or `@disposal` as a sender, or both ends
 *    outside the park (validation rejects these, so a valid model has none);
 *  - 'unit': the material's unit does not convert to the chosen unit
 *    (energy in MWh/a, water in m³/a without a density, services …).
 * Boundary flows `@supply → i`, `i → @market` and `i → @disposal` do enter,
 * as z_i, y_i and d_i.
 */
export function matrixPlacement(
  flow: Flow,
  material: Material,
  indexOf: ReadonlyMap<string, number>,
  options: FlowMatrixOptions,
): MatrixPlace | FlowExclusion {
  if (!options.flowStatuses.includes(flow.status)) return 'status';
  if (!categoryCounts(material.category, options)) return 'category';
  const from = indexOf.get(flow.from);
  const to = indexOf.get(flow.to);
  if ((from === undefined && !isBoundaryId(flow.from)) || (to === undefined && !isBoundaryId(flow.to))) return 'actor';
  let place: MatrixPlace;
  if (from !== undefined && to !== undefined) {
    if (from === to && !options.includeSelfLoops) return 'selfLoop';
    place = { kind: 'internal', from, to };
  } else if (from === undefined && to !== undefined && flow.from === '@supply') place = { kind: 'import', to };
  else if (from !== undefined && flow.to === '@market') place = { kind: 'export', from };
  else if (from !== undefined && flow.to === '@disposal') place = { kind: 'dissipation', from };
  else return 'boundary';
  // A structural exchange (no quantity) is a link, but adds nothing to a flow matrix.
  if (flow.quantity === undefined) return 'quantity';
  return convertsTo(material, options.unit) ? place : 'unit';
}

/**
 * What one flow adds to throughflow (T_i: an actor's inflows and imports,
 * `throughflowOf`), and to whom, as `buildFlowMatrix` counts it; null when
 * it adds nothing. `internal` maps the internal actors (`internalActorIds`)
 * to anything. Summed over the flows it gives `throughflowOf`: an edit of a
 * few flows adjusts the figures without building the matrix again.
 */
export function throughflowShare(
  flow: Flow,
  material: Material,
  internal: ReadonlyMap<string, number>,
  options: FlowMatrixOptions = DEFAULT_FLOW_MATRIX_OPTIONS,
): { readonly actor: string; readonly quantity: number } | null {
  const place = matrixPlacement(flow, material, internal, options);
  if (typeof place === 'string' || place.kind === 'export' || place.kind === 'dissipation') return null;
  const quantity = convertQuantity(flowQuantity(flow, material)!, material.unit, options.unit, material)!;
  // The matrix keeps positive internal exchanges only; an import counts whatever its size.
  if (place.kind === 'internal' && !(quantity > 0)) return null;
  return { actor: flow.to, quantity };
}

/** Whether quantities of the material convert to `unit` (through its density or heating value if need be). */
export function convertsTo(material: Material, unit: string): boolean {
  return convertQuantity(1, material.unit, unit, material) !== undefined;
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
