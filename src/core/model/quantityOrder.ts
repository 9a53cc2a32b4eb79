/**
 * Ordering quantities given in different units: tonnes and kilotonnes are
 * compared as the same thing, tonnes and cubic metres are not. A quantity's
 * sort key is its dimension (mass, volume, energy … in `DIMENSIONS` order,
 * unknown units last) and its value in that dimension's base unit, so a
 * sorted list groups by dimension and orders by true size inside each group
 * instead of interleaving t/a, m³/a and GJ/a by their bare numbers.
 */
import { findUnit, type Dimension } from './units.ts';

const DIMENSIONS: readonly Dimension[] = ['mass', 'volume', 'energy', 'count', 'transport', 'value'];

export interface QuantityKey {
  /** Index in DIMENSIONS; DIMENSIONS.length for a unit that is not known. */
  readonly group: number;
  /** The quantity in its dimension's base unit (as given for an unknown unit). */
  readonly value: number;
}

export function quantityKey(quantity: number, unit: string | undefined): QuantityKey {
  const definition = unit === undefined ? undefined : findUnit(unit);
  if (!definition) return { group: DIMENSIONS.length, value: quantity };
  return { group: DIMENSIONS.indexOf(definition.dimension), value: quantity * definition.factor };
}

/**
 * Compares two quantities: by dimension group always in the same order, then
 * by value in `direction` (1 ascending, −1 descending), so groups stay put
 * when the user flips the direction.
 */
export function compareQuantities(a: QuantityKey, b: QuantityKey, direction: 1 | -1): number {
  return a.group - b.group || direction * (a.value - b.value);
}
