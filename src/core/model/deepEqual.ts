/**
 * Structural equality of JSON-like values (models, items): key order does
 * not matter, and a field set to undefined equals a missing one, as it does
 * once the value is written to JSON.
 */
export function deepEqual(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => deepEqual(v, y[i]));
  const xr = x as Record<string, unknown>;
  const yr = y as Record<string, unknown>;
  const keys = new Set(
    [...Object.keys(xr), ...Object.keys(yr)].filter((k) => xr[k] !== undefined || yr[k] !== undefined),
  );
  return [...keys].every((k) => deepEqual(xr[k], yr[k]));
}
