/**
 * What every analysis returns: findings a park manager can read without
 * knowing graph theory. Ids derive from content (kind and the things
 * involved, never quantities or positions), so the same problem keeps its
 * id across runs and edits, and two models can be diffed finding by finding.
 */
import type { BilingualMessage } from '../model/problems.ts';
import type { Source } from '../model/types.ts';
import { findUnit, type Dimension } from '../model/units.ts';
import type { CapacityBalance, PlantLoad } from './capacityBalance.ts';
import type { Intake, OutputPlacement } from './context.ts';
import type { SurplusOffer } from './couplingGaps.ts';
import type { UnmetTotals } from './resilience.ts';
import type { StructuralProposal } from './structuralGaps.ts';

export type FindingSeverity = 'high' | 'medium' | 'low' | 'info';

const SEVERITY_ORDER: readonly FindingSeverity[] = ['high', 'medium', 'low', 'info'];

/** A stream's placement (context.ts `outputPlacement`), with the park's possible takers when there are any. */
type OpenEndDetails = OutputPlacement & { readonly offer?: SurplusOffer };

/**
 * Every finding kind, with the plain data its `details` carry (`undefined`:
 * none). The analysis that makes each kind is named beside it; consumers
 * narrow a `Finding` by `kind` and read its details without casting.
 */
export interface FindingDetailsByKind {
  // integrity.ts
  'flow-closed-enterprise': undefined;
  'flow-undeclared-material': undefined;
  'over-allocation': undefined;
  // openEnds.ts
  'open-end': OpenEndDetails;
  'open-energy': OpenEndDetails;
  'open-water': OpenEndDetails;
  'unmet-demand': Intake & { readonly declared: number };
  // chainIntegrity.ts
  'broken-link': {
    readonly chain: string;
    readonly technologies: readonly string[];
    readonly plannedPerformers: readonly string[];
    /** The stage before the gap and the stage after it (their materials). */
    readonly from: readonly string[];
    readonly to: readonly string[];
    /** Operating enterprises that put out the stage before the gap, and those that take in the stage after it. */
    readonly upstream: readonly string[];
    readonly downstream: readonly string[];
  };
  'single-performer': { readonly chain: string; readonly technologies: readonly string[] };
  /** The shippers' offers of the stage's material, folded in (one stream, one finding). */
  'chain-shipped-out': { readonly chain: string; readonly offers: readonly SurplusOffer[] };
  'in-house-chain': {
    readonly chain: string;
    readonly steps: readonly { readonly from: readonly string[]; readonly to: readonly string[] }[];
  };
  'chain-extension': { readonly chain: string; readonly technologies: readonly string[] };
  // couplingGaps.ts, structuralGaps.ts
  'coupling-match': SurplusOffer;
  'structural-match': StructuralProposal;
  /** `matches`: supplier–taker pairs that make the two clusters complementary. */
  'weak-coupling': { readonly fromCluster: string; readonly toCluster: string; readonly matches: number };
  // capacityFindings.ts
  'capacity-missing': CapacityBalance;
  'capacity-shortfall': CapacityBalance;
  'capacity-idle': CapacityBalance;
  'capacity-underused': PlantLoad & { readonly material: string; readonly service: CapacityBalance['service'] };
  // structureFindings.ts
  'articulation-point': { readonly pieces: number };
  /** `chains`: the chains its closure breaks; `score`: its closure ranking score (resilience.ts). */
  'critical-enterprise': {
    readonly chains: readonly string[];
    readonly dependants: readonly string[];
    readonly unmet: UnmetTotals;
    readonly score: number;
  };
}

export type FindingKind = keyof FindingDetailsByKind;

/** What every finding has, whatever its kind. */
interface FindingFields {
  /** Stable, content-derived id, e.g. `open-end:fuyuan-chp:fly-ash`. */
  readonly id: string;
  readonly severity: FindingSeverity;
  readonly enterprises: readonly string[];
  readonly materials: readonly string[];
  readonly flows: readonly string[];
  /** The quantity at stake, in `unit`, where one exists. */
  readonly quantity?: number;
  readonly unit?: string;
  /** One sentence in each language. */
  readonly reason: BilingualMessage;
  /**
   * Orders findings of one kind that share no measure (a closure's weighted
   * consequences): larger first, after the quantity (findingMagnitude).
   */
  readonly weight?: number;
  /** Where the exchanges it names are documented: the park's sources their flows cite (findingSources.ts). */
  readonly sources?: readonly Source[];
}

/** Kind-specific details (plain data), present exactly when the kind has some. */
type DetailsOf<K extends FindingKind> = FindingDetailsByKind[K] extends undefined
  ? { readonly details?: undefined }
  : { readonly details: FindingDetailsByKind[K] };

/** A finding: one of the kinds above, its `details` typed by its `kind` (`Finding<'open-end'>` for one kind). */
export type Finding<K extends FindingKind = FindingKind> = {
  [P in K]: FindingFields & { readonly kind: P } & DetailsOf<P>;
}[K];

/** Builds a stable id from a kind and the ids of what is involved. */
export function findingId(kind: FindingKind, ...parts: readonly string[]): string {
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
function findingMagnitude(finding: Pick<Finding, 'quantity' | 'unit'>): { order: number; value: number } {
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
