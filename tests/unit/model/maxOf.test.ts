import { describe, expect, it } from 'vitest';
import { maxOf } from '../../../src/core/model/maxOf.ts';

describe('maxOf', () => {
  it('is the largest value, or the floor when there is none above it', () => {
    expect(maxOf([3, -1, 7, 2])).toBe(7);
    expect(maxOf([], 0)).toBe(0);
    expect(maxOf([-5, -2], 0)).toBe(0);
    expect(maxOf(new Set([1, 9]).values())).toBe(9);
  });

  it('takes more values than a function call takes arguments', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect(maxOf(many)).toBe(999_999);
  });
});
