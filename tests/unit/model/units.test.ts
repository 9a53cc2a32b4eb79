import { describe, expect, it } from 'vitest';
import { canConvert, convertQuantity, findUnit, GJ_PER_TCE, listUnits } from '../../../src/core/model/units.ts';

describe('unit table', () => {
  it('converts within a dimension', () => {
    expect(convertQuantity(2.5, 'kt/a', 't/a')).toBe(2500);
    expect(convertQuantity(3, '万吨/年', 't/a')).toBe(30000);
    expect(convertQuantity(1, 'MWh/a', 'GJ/a')).toBeCloseTo(3.6, 12);
    expect(convertQuantity(1, 'tce/a', 'GJ/a')).toBe(GJ_PER_TCE);
    expect(convertQuantity(1000, 'kWh/a', 'tce/a')).toBeCloseTo(3.6 / 29.3076, 12);
    expect(convertQuantity(2, '10km3/a', 'm3/a')).toBe(20000);
  });

  it('refuses to cross dimensions without a bridge', () => {
    expect(convertQuantity(1, 't/a', 'm3/a')).toBeUndefined();
    expect(convertQuantity(1, 'units/a', 't/a')).toBeUndefined();
    expect(canConvert('GJ/a', 't/a')).toBe(false);
    expect(convertQuantity(1, 'furlongs', 't/a')).toBeUndefined();
  });

  it('crosses mass and volume with density, mass and energy with heating value', () => {
    expect(convertQuantity(10, 'm3/a', 't/a', { density: 0.8 })).toBeCloseTo(8, 12);
    expect(convertQuantity(8, 't/a', 'L/a', { density: 0.8 })).toBeCloseTo(10000, 9);
    expect(convertQuantity(1, 't/a', 'GJ/a', { heatingValue: 20.9 })).toBeCloseTo(20.9, 12);
    // volume → energy goes through mass: 1 m³ × 0.8 t/m³ × 40 GJ/t
    expect(convertQuantity(1, 'm3/a', 'GJ/a', { density: 0.8, heatingValue: 40 })).toBeCloseTo(32, 12);
  });

  it('accepts aliases and trims spaces', () => {
    expect(findUnit(' m³/a ')?.id).toBe('m3/a');
    expect(findUnit('台/年')?.id).toBe('units/a');
  });

  it('has unique spellings', () => {
    const spellings = listUnits().flatMap((u) => [u.id, ...u.aliases]);
    expect(new Set(spellings).size).toBe(spellings.length);
  });
});
