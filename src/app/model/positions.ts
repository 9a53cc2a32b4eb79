/**
 * Where the actors are drawn, kept as the model's view state
 * (`view.positions`) so that a park looks the same when reopened: read from
 * the model, taken from the graph after a drag or a layout run
 * (network/graphPositions.ts), and saved with the model in the library (not
 * as an undo step).
 */
import type { ParkModel } from '../../core/model/types.ts';

export type Positions = Readonly<Record<string, { readonly x: number; readonly y: number }>>;

/** The model with these positions as its view state (what an export or a save writes). */
export function withPositions(model: ParkModel, positions: Positions): ParkModel {
  return { ...model, view: { ...model.view, positions: { ...positions } } };
}

/** Keeps only entries of the shape `{ id: { x: finite, y: finite } }`. */
export function sanitisePositions(value: unknown): Positions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, point] of Object.entries(value as Record<string, unknown>)) {
    if (typeof point !== 'object' || point === null) continue;
    const { x, y } = point as { x?: unknown; y?: unknown };
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) out[id] = { x, y };
  }
  return out;
}
