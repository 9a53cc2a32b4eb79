import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../../src/core/model/withDefaults.ts';

describe('withDefaults', () => {
  interface Options {
    readonly seed: number;
    readonly unit: string;
    readonly weights: readonly number[];
  }
  const DEFAULTS: Options = Object.freeze<Options>({ seed: 1, unit: 't/a', weights: [1, 2] });

  it('merges the caller’s options over the defaults and leaves the defaults alone', () => {
    expect(withDefaults(DEFAULTS, { unit: 'GJ/a' })).toEqual({ seed: 1, unit: 'GJ/a', weights: [1, 2] });
    expect(withDefaults(DEFAULTS, undefined)).toEqual(DEFAULTS);
    expect(withDefaults(DEFAULTS, {})).not.toBe(DEFAULTS);
    expect(DEFAULTS).toEqual({ seed: 1, unit: 't/a', weights: [1, 2] });
  });

  it('keeps a default where the caller says undefined, but not where it says 0 or an empty list', () => {
    expect(withDefaults(DEFAULTS, { seed: undefined })).toEqual(DEFAULTS);
    expect(withDefaults(DEFAULTS, { seed: 0, weights: [] })).toEqual({ seed: 0, unit: 't/a', weights: [] });
  });

  it('keeps the defaults’ key order, whatever order the caller writes', () => {
    expect(Object.keys(withDefaults(DEFAULTS, { weights: [3], unit: 'm³/a', seed: 2 }))).toEqual([
      'seed',
      'unit',
      'weights',
    ]);
  });
});
