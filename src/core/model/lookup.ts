/** Indexed, read-only access to a valid model, and quantities in comparable units. */
import { inMaterialUnit } from './quantities.ts';
import type { Enterprise, Material, ParkModel } from './types.ts';

export interface ModelIndex {
  readonly materials: ReadonlyMap<string, Material>;
  readonly enterprises: ReadonlyMap<string, Enterprise>;
}

export function indexModel(model: ParkModel): ModelIndex {
  return {
    materials: new Map(model.materials.map((m) => [m.id, m])),
    enterprises: new Map(model.enterprises.map((e) => [e.id, e])),
  };
}

/** A model with its index built once. An AnalysisContext is one: the analyses of one run read the index it built. */
export interface IndexedModel {
  readonly model: ParkModel;
  readonly index: ModelIndex;
}

/** What an analysis reads a park from: the model itself, or the model already indexed (an AnalysisContext). */
export type ModelInput = ParkModel | IndexedModel;

/** The model with its index: the one passed in, or built now for a bare model. */
export function indexedModel(input: ModelInput): IndexedModel {
  return 'index' in input && 'model' in input ? input : { model: input, index: indexModel(input) };
}

/**
 * A quantity in its material's default unit. Valid models always convert;
 * a failure here means the caller skipped validation, which is a bug.
 */
export function normalisedQuantity(quantity: { quantity: number; unit: string }, material: Material): number {
  const value = inMaterialUnit(quantity.quantity, quantity.unit, material);
  if (value === undefined) {
    throw new Error(
      `cannot convert ${quantity.unit} to ${material.unit} for material ${material.id}: validate the model first`,
    );
  }
  return value;
}

/**
 * A flow's quantity in its material's default unit, or undefined for a
 * structural exchange (no quantity given: who gives what to whom only).
 */
export function flowQuantity(
  flow: { quantity?: number | undefined; unit?: string | undefined },
  material: Material,
): number | undefined {
  if (flow.quantity === undefined) return undefined;
  if (flow.unit === undefined)
    throw new Error(`a quantity without a unit for material ${material.id}: validate the model first`);
  return normalisedQuantity({ quantity: flow.quantity, unit: flow.unit }, material);
}

export function requireMaterial(index: ModelIndex, id: string): Material {
  const material = index.materials.get(id);
  if (!material) throw new Error(`unknown material ${id}: validate the model first`);
  return material;
}
