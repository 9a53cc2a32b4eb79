/**
 * Capacity balance (domain.md §4.5): for each waste (hazardous first) and
 * each service with a declared capacity, what the park generates or needs
 * against what the park can treat or supply — the survey's "disposal
 * capacity does not match demand" (处置能力与需求不匹配).
 */
import type { AnalysisContext } from './context.ts';
import { findingId, type Finding } from './finding.ts';
import { actorName, bilingual, formatQuantity, materialName } from './text.ts';

export interface CapacityBalance {
  readonly material: string;
  /** `treatment`: the park generates it and someone treats or uses it; `supply`: someone supplies it to the park. */
  readonly service: 'treatment' | 'supply';
  readonly hazardous: boolean;
  /** Generated (treatment) or needed (supply) per year by operating enterprises, in the material's unit. */
  readonly load: number;
  /** What operating enterprises can treat, use or supply per year. */
  readonly capacity: number;
  /** load / capacity; null when there is no capacity. */
  readonly utilisation: number | null;
  readonly unit: string;
  /** Enterprises whose capacity (or declared use) counts. */
  readonly providers: readonly string[];
  /** Enterprises that generate or need it. */
  readonly users: readonly string[];
}

export interface CapacityOptions {
  /** Utilisation below this is reported as spare capacity (info). */
  readonly underusedBelow?: number;
}

export const DEFAULT_CAPACITY_OPTIONS = { underusedBelow: 0.3 } as const satisfies CapacityOptions;

export interface CapacityResult {
  readonly balances: readonly CapacityBalance[];
  readonly findings: readonly Finding[];
}

export function analyzeCapacity(context: AnalysisContext, options: CapacityOptions = {}): CapacityResult {
  const underusedBelow = options.underusedBelow ?? DEFAULT_CAPACITY_OPTIONS.underusedBelow;
  // Index capacity holders by material once: the loops below then touch only the enterprises concerned.
  const holdersOf = new Map<string, string[]>();
  for (const e of context.model.enterprises) {
    if (!context.operating.has(e.id)) continue;
    for (const material of context.capacities.get(e.id)?.keys() ?? [])
      holdersOf.set(material, [...(holdersOf.get(material) ?? []), e.id]);
  }
  const balances: CapacityBalance[] = [];

  for (const material of context.model.materials) {
    // Wastes and by-products to treat or use, utilities (energy, water) to supply or treat; products and services are business, not capacity.
    if (material.category === 'product' || material.category === 'service') continue;
    const holders = holdersOf.get(material.id) ?? [];
    if (material.category !== 'waste' && holders.length === 0) continue;
    const producers = (context.producers.get(material.id) ?? []).filter(
      (e) => (context.outputs.get(e)?.get(material.id) ?? 0) > 0,
    );
    const consumers = context.consumers.get(material.id) ?? [];
    const service = holders.some((e) => context.outputs.get(e)?.has(material.id)) ? 'supply' : 'treatment';
    const total = (ids: readonly string[], pick: (e: string) => number) => ids.reduce((sum, e) => sum + pick(e), 0);
    let load: number;
    let capacity: number;
    let providers: string[];
    let users: string[];
    if (service === 'supply') {
      users = consumers.filter((e) => !holders.includes(e));
      load = total(users, (e) => context.inputs.get(e)?.get(material.id) ?? 0);
      providers = holders;
      capacity = total(holders, (e) => context.capacities.get(e)?.get(material.id) ?? 0);
    } else {
      users = producers;
      load = total(producers, (e) => context.outputs.get(e)?.get(material.id) ?? 0);
      // Recyclers that declare the material as an input, without a capacity entry, absorb it too.
      const absorbers = consumers.filter((e) => !holders.includes(e) && !producers.includes(e));
      providers = [...holders, ...absorbers];
      capacity =
        total(holders, (e) => context.capacities.get(e)?.get(material.id) ?? 0) +
        total(absorbers, (e) => context.inputs.get(e)?.get(material.id) ?? 0);
    }
    if (load === 0 && capacity === 0) continue;
    balances.push({
      material: material.id,
      service,
      hazardous: material.hazardousWasteCode !== undefined,
      load,
      capacity,
      utilisation: capacity > 0 ? load / capacity : null,
      unit: material.unit,
      providers,
      users,
    });
  }
  balances.sort((a, b) => Number(b.hazardous) - Number(a.hazardous) || (a.material < b.material ? -1 : 1));
  return { balances, findings: balances.flatMap((b) => balanceFindings(context, b, underusedBelow)) };
}

function balanceFindings(context: AnalysisContext, b: CapacityBalance, underusedBelow: number): Finding[] {
  const base = { materials: [b.material], flows: [], unit: b.unit, details: { ...b } };
  const m = (l: 'zh' | 'en') => materialName(context, b.material, l);
  if (b.capacity === 0 && b.load > 0) {
    return [
      {
        ...base,
        id: findingId('capacity-missing', b.material),
        kind: 'capacity-missing',
        severity: b.hazardous ? 'high' : 'medium',
        enterprises: [...b.users],
        quantity: b.load,
        reason: bilingual((l) =>
          l === 'zh'
            ? `园区每年产生 ${formatQuantity(b.load, b.unit, l)} ${m(l)}${b.hazardous ? '(危险废物)' : ''},但园区内没有任何处理或利用能力。`
            : `The park generates ${formatQuantity(b.load, b.unit, l)} of ${m(l)}${b.hazardous ? ' (hazardous waste)' : ''} a year but has no capacity to treat or use it.`,
        ),
      },
    ];
  }
  if (b.load > b.capacity) {
    const shortfall = b.load - b.capacity;
    return [
      {
        ...base,
        id: findingId('capacity-shortfall', b.material),
        kind: 'capacity-shortfall',
        severity: b.hazardous ? 'high' : 'medium',
        enterprises: [...b.providers, ...b.users],
        quantity: shortfall,
        reason: bilingual((l) => {
          const [load, cap, gap] = [b.load, b.capacity, shortfall].map((q) => formatQuantity(q, b.unit, l));
          if (b.service === 'supply') {
            return l === 'zh'
              ? `园区对${m(l)}的需求 ${load} 超过供应能力 ${cap},缺口 ${gap}。`
              : `The park needs ${load} of ${m(l)} but can supply only ${cap}: a shortfall of ${gap}.`;
          }
          return l === 'zh'
            ? `园区每年产生 ${load} ${m(l)},处理能力只有 ${cap},缺口 ${gap}。`
            : `The park generates ${load} of ${m(l)} a year but can treat only ${cap}: a shortfall of ${gap}.`;
        }),
      },
    ];
  }
  if (b.utilisation !== null && b.utilisation < underusedBelow) {
    return [
      {
        ...base,
        id: findingId('capacity-underused', b.material),
        kind: 'capacity-underused',
        severity: 'info',
        enterprises: [...b.providers],
        quantity: b.capacity - b.load,
        reason: bilingual((l) =>
          l === 'zh'
            ? `${b.providers.map((p) => `「${actorName(context, p, l)}」`).join('')}的${m(l)}能力只用了 ${Math.round(b.utilisation! * 100)}%,富余 ${formatQuantity(b.capacity - b.load, b.unit, l)},可承接更多。`
            : `Only ${Math.round(b.utilisation! * 100)}% of the ${m(l)} capacity of ${b.providers.map((p) => actorName(context, p, l)).join(', ')} is used; ${formatQuantity(b.capacity - b.load, b.unit, l)} is spare.`,
        ),
      },
    ];
  }
  return [];
}
