/**
 * The largest of many numbers, or `floor` when there are none (or all are
 * below it). A loop, not `Math.max(...values)`: spreading a park's 100 000
 * flows into arguments comes close to the engine's limit, and a larger file
 * would throw a RangeError instead of loading.
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
