/**
 * What the capacity balances (capacityBalance.ts) tell a manager: missing
 * capacity, a shortfall, capacity idle while the waste leaves the park, and
 * spare capacity of a plant the park has nothing left to give — each in one
 * sentence in both languages, and, for an open end whose producer is the
 * whole of what leaves, the same balance as a clause of that finding.
 */
import type { CapacityBalance, PlantLoad } from './capacityBalance.ts';
import { withDefaults } from '../model/withDefaults.ts';
import { message } from '../text/message.ts';
import type { AnalysisContext } from './context.ts';
import { findingId, type Finding, type FindingSeverity } from './finding.ts';
import { actorName, bilingual, formatQuantity, listNames, materialName } from './text.ts';

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
  language: 'zh' | 'en',
): string | undefined {
  if (b.service !== 'treatment' || b.unplacedBy.length !== 1 || b.unplacedBy[0]!.enterprise !== producer)
    return undefined;
  const q = (x: number) => formatQuantity(x, b.unit, language);
  const spareAt = listNames(
    b.plants.filter((p) => p.spare > 0).map((p) => `${actorName(context, p.enterprise, language)} ${q(p.spare)}`),
    language,
  );
  if (b.capacity === 0) return message(language, 'analysis:noCapacity');
  if (b.spare >= b.unplaced)
    return language === 'zh'
      ? `园区内利用能力尚有空余(${spareAt}),可就地消纳`
      : `plants in the park have room for it (${spareAt})`;
  return language === 'zh'
    ? `园区内利用能力只余 ${q(b.spare)},仍缺 ${q(b.unplaced - b.spare)}`
    : `the park's plants have only ${q(b.spare)} to spare, ${q(b.unplaced - b.spare)} short`;
}

function balanceFindings(context: AnalysisContext, b: CapacityBalance, underusedBelow: number): Finding[] {
  const material = context.index.materials.get(b.material)!;
  const base = { materials: [b.material], flows: [], unit: b.unit, details: { ...b } };
  const m = (l: 'zh' | 'en') => materialName(context, b.material, l);
  const q = (x: number, l: 'zh' | 'en') => formatQuantity(x, b.unit, l);
  const hazardous = (l: 'zh' | 'en') =>
    b.hazardous
      ? l === 'zh'
        ? `(危险废物 ${material.hazardousWasteCode})`
        : ` (hazardous, ${material.hazardousWasteCode})`
      : '';
  const severity = (worse: boolean): FindingSeverity => (b.hazardous || worse ? 'high' : 'medium');
  // "sent out for disposal", adding "or unaccounted for" only where some of it truly is.
  const unaccounted = b.unplacedUnaccounted > 0;
  const leaves = (l: 'zh' | 'en') =>
    l === 'zh'
      ? unaccounted
        ? `送园区外处置或去向不明(去向不明 ${q(b.unplacedUnaccounted, l)})`
        : '送园区外处置'
      : unaccounted
        ? `leaves the park for disposal or is unaccounted for (${q(b.unplacedUnaccounted, l)} unaccounted)`
        : 'leaves the park for disposal';

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
        reason: bilingual((l) =>
          l === 'zh'
            ? `园区产生的 ${q(b.unplaced, l)} ${m(l)}${hazardous(l)}${leaves(l)},园区内没有处置或利用能力。`
            : `${q(b.unplaced, l)} of ${m(l)}${hazardous(l)} ${leaves(l)}; the park has no capacity to treat or use it.`,
        ),
      },
    ];
  }
  const spareAt = (l: 'zh' | 'en') =>
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
        reason: bilingual((l) => {
          const spare =
            b.spare > 0
              ? l === 'zh'
                ? `园区内尚余利用能力 ${q(b.spare, l)}(${spareAt(l)})`
                : `the park's plants have ${q(b.spare, l)} to spare (${spareAt(l)})`
              : l === 'zh'
                ? `园区内 ${q(b.capacity, l)} 的利用能力已满负荷`
                : `the park's ${q(b.capacity, l)} of capacity is full`;
          return l === 'zh'
            ? `园区产生的 ${q(b.unplaced, l)} ${m(l)}${hazardous(l)}${leaves(l)},${spare},仍缺 ${q(gap, l)}。`
            : `${q(b.unplaced, l)} of ${m(l)}${hazardous(l)} ${leaves(l)}; ${spare}, leaving ${q(gap, l)} without capacity.`;
        }),
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
        reason: bilingual((l) =>
          l === 'zh'
            ? `园区产生的 ${q(b.unplaced, l)} ${m(l)}${hazardous(l)}仍${leaves(l)},而园区内利用能力尚有空余(${spareAt(l)}),可就地消纳。`
            : `${q(b.unplaced, l)} of ${m(l)}${hazardous(l)} still ${leaves(l)} while plants in the park have room for it (${spareAt(l)}).`,
        ),
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
    reason: bilingual((l) => {
      const e = actorName(context, p.enterprise, l);
      const m = materialName(context, b.material, l);
      const [cap, load, spare] = [p.capacity, p.load, p.spare].map((x) => formatQuantity(x, b.unit, l));
      if (b.service === 'supply') {
        return l === 'zh'
          ? `「${e}」${m}可外供能力 ${cap},实际供出 ${load}(${percent}%),尚可向园区企业多供 ${spare}。`
          : `${e} can sell ${cap} of ${m} and delivers ${load} (${percent}%): ${spare} more is available to park enterprises.`;
      }
      const parts =
        l === 'zh'
          ? [
              p.fromPark > 0 && `园区企业送来 ${formatQuantity(p.fromPark, b.unit, l)}`,
              p.boughtIn > 0 && `外购 ${formatQuantity(p.boughtIn, b.unit, l)}`,
              p.inHouse > 0 && `厂内自用 ${formatQuantity(p.inHouse, b.unit, l)}`,
            ]
          : [
              p.fromPark > 0 && `${formatQuantity(p.fromPark, b.unit, l)} from park partners`,
              p.boughtIn > 0 && `${formatQuantity(p.boughtIn, b.unit, l)} bought in`,
              p.inHouse > 0 && `${formatQuantity(p.inHouse, b.unit, l)} in-house`,
            ];
      const detail = parts.filter(Boolean).join(l === 'zh' ? '、' : ', ');
      return l === 'zh'
        ? `「${e}」${m}处理能力 ${cap},实际接收 ${load}${detail ? `(${detail})` : ''},负荷 ${percent}%,尚可接收 ${spare}。`
        : `${e} can take ${cap} of ${m} and takes ${load}${detail ? ` (${detail})` : ''}, ${percent}% of capacity: ${spare} is spare.`;
    }),
  };
}
