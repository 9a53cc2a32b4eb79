/**
 * Read-only accessors over untrusted JSON. Cross-reference checks run on
 * the raw document (not only on a schema-valid one) so that one bad field
 * does not hide every other problem in the file.
 */
import type { PathSegment } from './problems.ts';

export type LooseObject = Readonly<Record<string, unknown>>;

export interface LooseItem {
  readonly index: number;
  readonly path: readonly PathSegment[];
  readonly value: LooseObject;
}

export function isLooseObject(value: unknown): value is LooseObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The object items of an array field, each with its path; anything else is skipped (the schema reports it). */
export function itemsOf(
  parent: unknown,
  field: string,
  basePath: readonly PathSegment[] = NO_PATH,
): readonly LooseItem[] {
  if (!isLooseObject(parent)) return [];
  const shared = parent === sharing?.doc && basePath === NO_PATH;
  const known = shared ? sharing?.items.get(field) : undefined;
  if (known) return known;
  const list = parent[field];
  if (!Array.isArray(list)) return [];
  const out: LooseItem[] = [];
  list.forEach((value: unknown, index) => {
    // concat, not a spread: a spread's array keeps spare room, and a 500 000-flow park has 500 000 paths.
    if (isLooseObject(value)) out.push({ index, path: basePath.concat(field, index), value });
  });
  if (shared) sharing?.items.set(field, out);
  return out;
}

/** The object items of an array field, without paths: for checks that never place a problem at them. */
export function objectsOf(parent: unknown, field: string): LooseObject[] {
  const list = isLooseObject(parent) ? parent[field] : undefined;
  return Array.isArray(list) ? list.filter(isLooseObject) : [];
}

const NO_PATH: readonly PathSegment[] = [];

/** The document a validation is reading, and its collections' items made so far. */
let sharing: { readonly doc: LooseObject; readonly items: Map<string, readonly LooseItem[]> } | undefined;

/**
 * Runs the checks of one validation with the document's collections
 * (`flows`, `enterprises` …) made into items once and shared by every
 * check that walks them: the checks of a 500 000-flow park otherwise make
 * the flows' items six times over. The checks read the document; they do
 * not change it while they run.
 */
export function sharingItems<T>(doc: LooseObject, work: () => T): T {
  const outer = sharing;
  sharing = { doc, items: new Map() };
  try {
    return work();
  } finally {
    sharing = outer;
  }
}

export function stringField(object: LooseObject | undefined, field: string): string | undefined {
  const value = object?.[field];
  return typeof value === 'string' ? value : undefined;
}

export function numberField(object: LooseObject | undefined, field: string): number | undefined {
  const value = object?.[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
