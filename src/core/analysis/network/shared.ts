/**
 * Small helpers every network analysis uses: a stable id order, a seeded
 * random source and ratios. They live here, not in each file, so that all
 * metrics break ties the same way (options are merged by
 * model/withDefaults.ts, as everywhere in the core).
 */

/**
 * Code-unit order of ids. Not `localeCompare`: the order must not depend
 * on the runtime's locale (Chinese ids sort differently under zh collation).
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * mulberry32 (also seeds bench/syntheticPark.ts): a tiny, fast and
 * well mixed, good enough for seeding Louvain and picking pivots. Seeded so
 * that every run on the same model gives the same result.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** x / y, or null when y is 0: a ratio that does not exist is not a number. */
export function ratio(x: number, y: number): number | null {
  return y === 0 ? null : x / y;
}
