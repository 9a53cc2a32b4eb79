/**
 * The one way options are merged in the core (graphology style): each
 * function documents its defaults once, in a frozen `DEFAULT_…_OPTIONS`
 * object, and merges the caller's options over it. Keys the caller sets to
 * `undefined` keep their default, so `{ seed: undefined }` never erases one;
 * the defaults' key order is kept, so results that echo their options print
 * the same whatever order the caller wrote them in.
 */
export function withDefaults<T extends object>(defaults: T, options: Partial<T> | undefined): T {
  const merged = { ...defaults };
  if (!options) return merged;
  for (const key of Object.keys(options) as (keyof T)[]) {
    const value = options[key];
    if (value !== undefined) merged[key] = value as T[keyof T];
  }
  return merged;
}
