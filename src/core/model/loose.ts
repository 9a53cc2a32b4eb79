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
export function itemsOf(parent: unknown, field: string, basePath: readonly PathSegment[] = []): LooseItem[] {
  if (!isLooseObject(parent)) return [];
  const list = parent[field];
  if (!Array.isArray(list)) return [];
  const out: LooseItem[] = [];
  list.forEach((value: unknown, index) => {
    if (isLooseObject(value)) out.push({ index, path: [...basePath, field, index], value });
  });
  return out;
}

export function stringField(object: LooseObject | undefined, field: string): string | undefined {
  const value = object?.[field];
  return typeof value === 'string' ? value : undefined;
}

export function numberField(object: LooseObject | undefined, field: string): number | undefined {
  const value = object?.[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
