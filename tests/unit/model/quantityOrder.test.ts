import { describe, expect, it } from 'vitest';
import { compareQuantities, quantityKey } from '../../../src/core/model/quantityOrder.ts';

describe('quantity order', () => {
  it('converts to the base unit of the dimension', () => {
    expect(quantityKey(2, 'kt/a')).toEqual({ group: 0, value: 2000 });
    expect(quantityKey(2, 't/a')).toEqual({ group: 0, value: 2 });
    expect(quantityKey(1, 'GJ/a').group).toBeGreaterThan(quantityKey(1, 'm3/a').group);
  });

  it('puts unknown units after every known dimension, compared as given', () => {
    expect(quantityKey(5, 'furlongs').group).toBe(6);
    expect(quantityKey(5, undefined)).toEqual({ group: 6, value: 5 });
  });

  it('orders by dimension first, then by value in the direction asked', () => {
    const ton = quantityKey(1, 't/a');
    const kiloton = quantityKey(1, 'kt/a');
    const water = quantityKey(1_000_000, 'm3/a');
    expect(compareQuantities(ton, kiloton, 1)).toBeLessThan(0);
    expect(compareQuantities(ton, kiloton, -1)).toBeGreaterThan(0);
    // A million m³ still sorts after a tonne, ascending or descending: dimensions never interleave.
    expect(compareQuantities(water, ton, 1)).toBeGreaterThan(0);
    expect(compareQuantities(water, ton, -1)).toBeGreaterThan(0);
  });
});
