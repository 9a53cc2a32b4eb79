/**
 * What every analysis returns: findings a park manager can read without
 * knowing graph theory. Ids derive from content (kind and the things
 * involved, never quantities or positions), so the same problem keeps its
 * id across runs and edits, and two models can be diffed finding by finding.
 */
import type { BilingualMessage } from '../model/problems.ts';
import type { Source } from '../model/types.ts';
import { findUnit, type Dimension } from '../model/units.ts';

export type FindingSeverity = 'high' | 'medium' | 'low' | 'info';

export const SEVERITY_ORDER: readonly FindingSeverity[] = ['high', 'medium', 'low', 'info'];

export interface Finding {
  /** Stable, content-derived id, e.g. `open-end:fuyuan-chp:fly-ash`. */
  readonly id: string;
  /** The finding kind, e.g. `open-end`, `broken-link`, `coupling-match`. */
  readonly kind: string;
  readonly severity: FindingSeverity;
  readonly enterprises: readonly string[];
  readonly materials: readonly string[];
  readonly flows: readonly string[];
  /** The quantity at stake, in `unit`, where one exists. */
  readonly quantity?: number;
  readonly unit?: string;
  /** One sentence in each language. */
  readonly reason: BilingualMessage;
  /** Kind-specific details (plain data). */
  readonly details?: Readonly<Record<string, unknown>>;
  /**
   * Orders findings of one kind that share no measure (a closure's weighted
   * consequences): larger first, after the quantity (findingMagnitude).
   */
  readonly weight?: number;
  /** Where the exchanges it names are documented: the park's sources their flows cite (findingSources.ts). */
  readonly sources?: readonly Source[];
}

/** Builds a stable id from a kind and the ids of what is involved. */
export function findingId(kind: string, ...parts: readonly string[]): string {
  const readable = [kind, ...parts].join(':');
  return readable.length <= 160 ? readable : `${kind}:${fnv1a(readable)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable ids for long keys. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Size in a common measure, so that "the first 8" of a kind are the 8 that
 * matter: masses in t/a, energy in GJ/a, volumes in m³/a; findings in other
 * units (or none) come after those, and measures are never mixed (a tonne is
 * not compared with a gigajoule: mass first, then energy, then volume).
 */
export function findingMagnitude(finding: Pick<Finding, 'quantity' | 'unit'>): { order: number; value: number } {
  const unit = finding.unit === undefined ? undefined : findUnit(finding.unit);
  if (finding.quantity === undefined || !unit) return { order: MEASURE_ORDER.length, value: 0 };
  const order = MEASURE_ORDER.indexOf(unit.dimension);
  return { order: order === -1 ? MEASURE_ORDER.length - 1 : order, value: finding.quantity * unit.factor };
}

const MEASURE_ORDER: readonly Dimension[] = ['mass', 'energy', 'volume', 'count'];

/** Most severe first, then the largest (findingMagnitude), then the weightiest, then by id. */
export function compareFindings(a: Finding, b: Finding): number {
  const sizeA = findingMagnitude(a);
  const sizeB = findingMagnitude(b);
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    sizeA.order - sizeB.order ||
    sizeB.value - sizeA.value ||
    (b.weight ?? 0) - (a.weight ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Findings in `compareFindings` order, so reports and diffs are stable and the first few are the ones that matter. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
