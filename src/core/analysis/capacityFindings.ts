/**
 * What the capacity balances (capacityBalance.ts) tell a manager: missing
 * capacity, a shortfall, capacity idle while the waste leaves the park, and
 * spare capacity of a plant the park has nothing left to give — each in one
 * sentence in both languages, and, for an open end whose producer is the
 * whole of what leaves, the same balance as a clause of that finding.
 */
import type { CapacityBalance, PlantLoad } from './capacityBalance.ts';
import type { Language } from '../model/types.ts';
import { withDefaults } from '../model/withDefaults.ts';
import { inBothLanguages, message } from '../text/message.ts';
import type { AnalysisContext } from './context.ts';
import { findingId, type Finding, type FindingSeverity } from './finding.ts';
import { actorName, formatQuantity, materialName } from './text.ts';
import { listNames } from '../text/lists.ts';

export interface CapacityOptions {
  /** A plant loaded below this share of its capacity, in a park with nothing left to treat, is reported as spare (info). */
  readonly underusedBelow: number;
}

/**
 * The defaults of `capacityFindings`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_CAPACITY_OPTIONS: CapacityOptions = Object.freeze<CapacityOptions>({ underusedBelow: 0.5 });

/** Findings of the balances; `covered` as in analyzeCapacity. */
export function capacityFindings(
  context: AnalysisContext,
  balances: readonly CapacityBalance[],
  options: Partial<CapacityOptions> = {},
  covered: ReadonlySet<string> = new Set(),
): Finding[] {
  const { underusedBelow } = withDefaults(DEFAULT_CAPACITY_OPTIONS, options);
  return balances.flatMap((b) =>
    balanceFindings(context, b, underusedBelow).filter(
      (f) => !covered.has(b.material) || f.kind === 'capacity-underused',
    ),
  );
}

/**
 * The park's balance of a material a single producer sends out for
 * disposal, as a clause of that producer's open-end finding; undefined when
 * the balance says nothing more (others also send it out, or nothing leaves).
 */
export function capacityClause(
  context: AnalysisContext,
  b: CapacityBalance,
  producer: string,
  language: Language,
): string | undefined {
  if (b.service !== 'treatment' || b.unplacedBy.length !== 1 || b.unplacedBy[0]!.enterprise !== producer)
    return undefined;
  const q = (x: number) => formatQuantity(x, b.unit, language);
  const spareAt = listNames(
    b.plants.filter((p) => p.spare > 0).map((p) => `${actorName(context, p.enterprise, language)} ${q(p.spare)}`),
    language,
  );
  if (b.capacity === 0) return message(language, 'analysis:noCapacity');
  if (b.spare >= b.unplaced) return message(language, 'finding:capacityRoom', { plants: spareAt });
  return message(language, 'finding:capacityShort', { spare: q(b.spare), short: q(b.unplaced - b.spare) });
}

function balanceFindings(context: AnalysisContext, b: CapacityBalance, underusedBelow: number): Finding[] {
  const material = context.index.materials.get(b.material)!;
  const base = { materials: [b.material], flows: [], unit: b.unit, details: { ...b } };
  const q = (x: number, l: Language) => formatQuantity(x, b.unit, l);
  const severity = (worse: boolean): FindingSeverity => (b.hazardous || worse ? 'high' : 'medium');
  // "sent out for disposal", adding "or unaccounted for" only where some of it truly is.
  const leaves = (l: Language) =>
    b.unplacedUnaccounted > 0
      ? message(l, 'finding:leavesOrUnaccounted', { quantity: q(b.unplacedUnaccounted, l) })
      : message(l, 'finding:leaves');
  /** What every sentence of a balance says first: how much of the material leaves the park, and how. */
  const values = (l: Language) => ({
    quantity: q(b.unplaced, l),
    material: materialName(context, b.material, l),
    hazardous: b.hazardous ? message(l, 'finding:hazardousCode', { code: material.hazardousWasteCode ?? '' }) : '',
    leaves: leaves(l),
  });

  if (b.service === 'supply') {
    // Demand no park plant meets, for what cannot be bought from outside, is reported per enterprise as
    // unmet demand (openEnds.ts): one stream, one finding.
    return b.plants
      .filter((p) => p.rating === 'sellable' && p.utilisation !== null && p.utilisation < underusedBelow)
      .map((p) => underusedFinding(context, b, p));
  }

  if (b.unplaced > 0 && b.capacity === 0) {
    return [
      {
        ...base,
        id: findingId('capacity-missing', b.material),
        kind: 'capacity-missing',
        severity: severity(false),
        enterprises: [...b.users],
        quantity: b.unplaced,
        reason: inBothLanguages((l) => message(l, 'finding:capacityMissing', values(l))),
      },
    ];
  }
  const spareAt = (l: Language) =>
    listNames(
      b.plants.filter((p) => p.spare > 0).map((p) => `${actorName(context, p.enterprise, l)} ${q(p.spare, l)}`),
      l,
    );
  if (b.unplaced > b.spare) {
    const gap = b.unplaced - b.spare;
    return [
      {
        ...base,
        id: findingId('capacity-shortfall', b.material),
        kind: 'capacity-shortfall',
        severity: severity(false),
        enterprises: [...b.plants.map((p) => p.enterprise), ...b.users],
        quantity: gap,
        reason: inBothLanguages((l) =>
          message(l, 'finding:capacityShortfall', {
            ...values(l),
            spare:
              b.spare > 0
                ? message(l, 'finding:spareSome', { spare: q(b.spare, l), plants: spareAt(l) })
                : message(l, 'finding:spareNone', { capacity: q(b.capacity, l) }),
            gap: q(gap, l),
          }),
        ),
      },
    ];
  }
  if (b.unplaced > 0) {
    return [
      {
        ...base,
        id: findingId('capacity-idle', b.material),
        kind: 'capacity-idle',
        severity: severity(false),
        enterprises: [...b.plants.filter((p) => p.spare > 0).map((p) => p.enterprise), ...b.users],
        quantity: b.unplaced,
        reason: inBothLanguages((l) => message(l, 'finding:capacityIdle', { ...values(l), plants: spareAt(l) })),
      },
    ];
  }
  return b.plants
    .filter((p) => p.utilisation !== null && p.utilisation < underusedBelow)
    .map((p) => underusedFinding(context, b, p));
}

/** A plant with room to spare while the park has nothing of that material left to treat. */
function underusedFinding(context: AnalysisContext, b: CapacityBalance, p: PlantLoad): Finding {
  const percent = Math.round((p.utilisation ?? 0) * 100);
  return {
    id: findingId('capacity-underused', p.enterprise, b.material),
    kind: 'capacity-underused',
    severity: 'info',
    enterprises: [p.enterprise],
    materials: [b.material, ...p.covers],
    flows: [],
    quantity: p.spare,
    unit: b.unit,
    details: { ...p, material: b.material, service: b.service },
    reason: inBothLanguages((l) => {
      const q = (x: number) => formatQuantity(x, b.unit, l);
      const values = {
        enterprise: actorName(context, p.enterprise, l),
        material: materialName(context, b.material, l),
        capacity: q(p.capacity),
        load: q(p.load),
        spare: q(p.spare),
        percent,
      };
      if (b.service === 'supply') return message(l, 'finding:underusedSupply', values);
      const parts = [
        ...(p.fromPark > 0 ? [message(l, 'finding:loadFromPark', { quantity: q(p.fromPark) })] : []),
        ...(p.boughtIn > 0 ? [message(l, 'finding:loadBoughtIn', { quantity: q(p.boughtIn) })] : []),
        ...(p.inHouse > 0 ? [message(l, 'finding:loadInHouse', { quantity: q(p.inHouse) })] : []),
      ];
      const detail = parts.length > 0 ? message(l, 'common:parenthetical', { text: listNames(parts, l) }) : '';
      return message(l, 'finding:underusedTreatment', { ...values, detail });
    }),
  };
}
