import { describe, expect, it } from 'vitest';
import { computeReuseRate } from '../../../../src/core/analysis/network/reuse.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { tinyPark } from './builders.ts';

describe('computeReuseRate', () => {
  it('on the four-enterprise park: the only waste, sludge, goes out through a planned flow', () => {
    // Generated: wwtp declares 2 000 t/a sludge (waste). Reused: f7 wwtp → fert is planned, so 0.
    const result = computeReuseRate(fourEnterprisePark());
    expect(result).toMatchObject({ unit: 't/a', reused: 0, generated: 2000, rate: 0 });
    expect(result.byCategory).toEqual([
      { category: 'by-product', reused: 0, generated: 0, rate: null },
      { category: 'waste', reused: 0, generated: 2000, rate: 0 },
    ]);
    // Counting planned flows: 2 000 / 2 000.
    const planned = computeReuseRate(fourEnterprisePark(), { network: { flowStatuses: ['existing', 'planned'] } });
    expect(planned.rate).toBe(1);
  });

  it('divides internal by-product and waste flows by declared generation, in mass', () => {
    const park = tinyPark({
      materials: [
        { id: 'slag', category: 'by-product' },
        { id: 'ash', category: 'waste' },
        { id: 'brine', category: 'waste', unit: 'm3/a' },
      ],
      flows: [
        { from: 'a', to: 'b', material: 'slag', quantity: 30 }, // reused
        { from: 'a', to: '@market', material: 'slag', quantity: 10 }, // generated, sold off-site
        { from: 'b', to: 'c', material: 'ash', quantity: 2, unit: 'kt/a' }, // 2 000 t/a reused
        { from: 'b', to: '@disposal', material: 'ash', quantity: 6000 }, // landfilled
        { from: 'c', to: 'a', material: 'brine', quantity: 500 }, // m³ with no density: left out
        { from: 'c', to: '@market', quantity: 99 }, // a product: not counted
      ],
      // a also declares 60 t/a of slag that goes nowhere yet.
      extraOutputs: { a: [{ material: 'slag', quantity: 60, unit: 't/a' }] },
    });
    // slag: reused 30, generated 30 + 10 + 60 = 100; ash: reused 2 000, generated 2 000 + 6 000 = 8 000.
    const result = computeReuseRate(park);
    expect(result.byCategory).toEqual([
      { category: 'by-product', reused: 30, generated: 100, rate: 0.3 },
      { category: 'waste', reused: 2000, generated: 8000, rate: 0.25 },
    ]);
    // (30 + 2 000) / (100 + 8 000) = 2 030 / 8 100.
    expect(result.reused).toBe(2030);
    expect(result.generated).toBe(8100);
    expect(result.rate).toBeCloseTo(2030 / 8100, 12);
    expect(result.excluded).toEqual({ flows: 1, outputs: 1 });
  });

  it('has no rate when nothing is generated', () => {
    expect(computeReuseRate(tinyPark({ flows: [{ from: 'a', to: 'b' }] })).rate).toBeNull();
  });
});
