/**
 * Comparing two models (domain.md §4 item 9): entity by entity, finding by
 * finding and metric by metric. Everything is matched by id and sorted, so
 * the same pair of inputs always gives the same diff. Ids are compared by
 * code unit, not by locale, for the same reason.
 */
import { compareFindings, type Finding, type FindingSeverity } from '../analysis/finding.ts';
import type { ParkModel } from '../model/types.ts';
import { deepEqual } from '../model/deepEqual.ts';

export type Scalar = string | number | boolean;

export interface FieldChange {
  /** Dotted path inside the entity (`status`, `name.en`, `transport.distanceKm`); lists count as one field (`inputs`). */
  readonly field: string;
  /** Present when the field holds a scalar on that side (absent: missing there, or a list or object). */
  readonly before?: Scalar;
  readonly after?: Scalar;
}

export interface EntityChange {
  readonly id: string;
  readonly fields: readonly FieldChange[];
}

export interface CollectionDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly EntityChange[];
  readonly unchanged: number;
}

export interface ModelDiff {
  /** Changes to the park's own record (name, year, sources …). */
  readonly park: readonly FieldChange[];
  readonly clusters: CollectionDiff;
  readonly materials: CollectionDiff;
  readonly enterprises: CollectionDiff;
  readonly flows: CollectionDiff;
  readonly chains: CollectionDiff;
}

/** Structural diff of two models. The saved view (node positions) is UI state and left out. */
export function diffModels(a: ParkModel, b: ParkModel): ModelDiff {
  return {
    park: diffFields(a.park, b.park),
    clusters: diffCollection(a.clusters, b.clusters),
    materials: diffCollection(a.materials, b.materials),
    enterprises: diffCollection(a.enterprises, b.enterprises),
    flows: diffCollection(a.flows, b.flows),
    chains: diffCollection(a.chains, b.chains),
  };
}

function byCodeUnit(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** First occurrence wins on a duplicate id, as in validation. */
function indexById<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function diffCollection<T extends { readonly id: string }>(a: readonly T[], b: readonly T[]): CollectionDiff {
  const before = indexById(a);
  const after = indexById(b);
  const added = [...after.keys()].filter((id) => !before.has(id)).sort(byCodeUnit);
  const removed = [...before.keys()].filter((id) => !after.has(id)).sort(byCodeUnit);
  const changed: EntityChange[] = [];
  let unchanged = 0;
  for (const id of [...before.keys()].sort(byCodeUnit)) {
    const next = after.get(id);
    if (next === undefined) continue;
    const fields = diffFields(before.get(id), next);
    if (fields.length > 0) changed.push({ id, fields });
    else unchanged += 1;
  }
  return { added, removed, changed, unchanged };
}

type Leaf = Scalar | readonly unknown[] | null;

/** Nested plain objects flattened to dotted paths; lists, scalars and null are leaves. */
function flatten(value: unknown, prefix: string, out: Map<string, Leaf>): Map<string, Leaf> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (child !== undefined) flatten(child, prefix === '' ? key : `${prefix}.${key}`, out);
    }
  } else if (prefix !== '' && value !== undefined) {
    out.set(prefix, value as Leaf);
  }
  return out;
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function diffFields(a: unknown, b: unknown): FieldChange[] {
  const before = flatten(a, '', new Map());
  const after = flatten(b, '', new Map());
  const fields = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnit);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const x = before.get(field);
    const y = after.get(field);
    if (deepEqual(x, y)) continue;
    changes.push({ field, ...(isScalar(x) ? { before: x } : {}), ...(isScalar(y) ? { after: y } : {}) });
  }
  return changes;
}

export interface FindingChange {
  readonly id: string;
  readonly before: Finding;
  readonly after: Finding;
  readonly severity?: { readonly before: FindingSeverity; readonly after: FindingSeverity };
  readonly quantity?: {
    readonly before: number | null;
    readonly after: number | null;
    readonly unitBefore: string | null;
    readonly unitAfter: string | null;
  };
}

export interface FindingsDiff {
  /** In `a` only: the scenario makes these go away. */
  readonly resolved: readonly Finding[];
  /** In `a` only, and about an enterprise that closed: they went with it (随关停消失), they were not resolved. */
  readonly goneWithClosure: readonly Finding[];
  /** In `b` only. */
  readonly new: readonly Finding[];
  /** Same id, different severity or quantity (or the quantity's unit). */
  readonly changed: readonly FindingChange[];
  /** Same id, same severity and quantity; reasons and details are not compared. */
  readonly unchanged: number;
}

/** Quantities are floating-point results of analyses: equal within a relative 1e-9. */
function sameQuantity(x: number | undefined, y: number | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y)) + 1e-12;
}

/**
 * Matches findings by their stable id (finding.ts). `gone` tells a finding
 * that vanished with a closed enterprise from one a scenario resolved.
 */
export function diffFindings(
  a: readonly Finding[],
  b: readonly Finding[],
  gone: (finding: Finding) => boolean = () => false,
): FindingsDiff {
  const before = indexById(a);
  const after = indexById(b);
  const changed: FindingChange[] = [];
  let unchanged = 0;
  for (const [id, x] of before) {
    const y = after.get(id);
    if (y === undefined) continue;
    const severityChanged = x.severity !== y.severity;
    const quantityChanged = !sameQuantity(x.quantity, y.quantity) || (x.unit ?? null) !== (y.unit ?? null);
    if (!severityChanged && !quantityChanged) {
      unchanged += 1;
      continue;
    }
    changed.push({
      id,
      before: x,
      after: y,
      ...(severityChanged ? { severity: { before: x.severity, after: y.severity } } : {}),
      ...(quantityChanged
        ? {
            quantity: {
              before: x.quantity ?? null,
              after: y.quantity ?? null,
              unitBefore: x.unit ?? null,
              unitAfter: y.unit ?? null,
            },
          }
        : {}),
    });
  }
  const vanished = [...before.values()].filter((f) => !after.has(f.id)).sort(compareFindings);
  return {
    resolved: vanished.filter((f) => !gone(f)),
    goneWithClosure: vanished.filter(gone),
    new: [...after.values()].filter((f) => !before.has(f.id)).sort(compareFindings),
    changed: changed.sort((x, y) => compareFindings(x.after, y.after)),
    unchanged,
  };
}

export interface MetricDelta {
  readonly key: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before, when both are finite numbers. */
  readonly delta: number | null;
  /** delta / |before|, when before is a finite non-zero number: the sign says the direction of change. */
  readonly relative: number | null;
}

/** Metric by metric, over the union of keys; a key missing on one side is null there. */
export function diffMetrics(
  a: Readonly<Record<string, number | null>>,
  b: Readonly<Record<string, number | null>>,
): MetricDelta[] {
  const value = (record: Readonly<Record<string, number | null>>, key: string): number | null =>
    Object.hasOwn(record, key) ? (record[key] ?? null) : null;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byCodeUnit);
  return keys.map((key) => {
    const before = value(a, key);
    const after = value(b, key);
    const comparable = before !== null && after !== null && Number.isFinite(before) && Number.isFinite(after);
    const delta = comparable ? after - before : null;
    const relative = delta !== null && before !== null && before !== 0 ? delta / Math.abs(before) : null;
    return { key, before, after, delta, relative };
  });
}
