/**
 * Open ends (domain.md §4.2): declared outputs, above all by-products and
 * wastes, that no enterprise in the park takes — the quantity leaves to
 * `@disposal` or `@market`, or is not accounted for at all — and declared
 * inputs bought in from `@supply` although the park itself produces them.
 */
import type { MaterialCategory } from '../model/types.ts';
import { inHouse, isCurrent, sumFlows, type AnalysisContext } from './context.ts';
import { materialSurpluses } from './couplingGaps.ts';
import { findingId, type Finding, type FindingSeverity } from './finding.ts';
import { actorName, bilingual, formatQuantity, materialName } from './text.ts';

export interface OpenEndsOptions {
  /** Material categories whose unused outputs are findings. Selling products is normal business, not an open end. */
  readonly categories?: readonly MaterialCategory[];
  /** Remainders below this share of the declared output are rounding, not open ends. */
  readonly minShare?: number;
}

export const DEFAULT_OPEN_ENDS_OPTIONS = {
  categories: ['by-product', 'waste', 'energy', 'water'],
  minShare: 0.01,
} as const satisfies OpenEndsOptions;

export function findOpenEnds(context: AnalysisContext, options: OpenEndsOptions = {}): Finding[] {
  const categories = new Set<string>(options.categories ?? DEFAULT_OPEN_ENDS_OPTIONS.categories);
  const minShare = options.minShare ?? DEFAULT_OPEN_ENDS_OPTIONS.minShare;
  const findings: Finding[] = [];

  for (const enterpriseId of context.operating) {
    for (const [materialId, declared] of context.outputs.get(enterpriseId) ?? []) {
      const material = context.index.materials.get(materialId);
      if (!material || !categories.has(material.category) || declared <= 0) continue;
      const out = (context.flowsFrom.get(enterpriseId) ?? []).filter(
        (f) => f.material.id === materialId && isCurrent(f),
      );
      const internal = sumFlows(out, (f) => f.internal && context.operating.has(f.flow.to));
      const open = declared - internal - inHouse(context, enterpriseId, materialId, 'outputs');
      if (open <= declared * minShare) continue;
      const disposal = sumFlows(out, (f) => f.flow.to === '@disposal');
      const market = sumFlows(out, (f) => f.flow.to === '@market');
      const unaccounted = Math.max(0, open - disposal - market);
      findings.push({
        id: findingId('open-end', enterpriseId, materialId),
        kind: 'open-end',
        severity: openEndSeverity(material.category, material.hazardousWasteCode !== undefined, disposal > 0),
        enterprises: [enterpriseId],
        materials: [materialId],
        flows: out.filter((f) => !f.internal).map((f) => f.flow.id),
        quantity: open,
        unit: material.unit,
        details: {
          declared,
          internal,
          inHouse: inHouse(context, enterpriseId, materialId, 'outputs'),
          disposal,
          market,
          unaccounted,
        },
        reason: bilingual((l) => {
          const e = actorName(context, enterpriseId, l);
          const m = materialName(context, materialId, l);
          const q = formatQuantity(open, material.unit, l);
          const where =
            l === 'zh'
              ? [
                  disposal > 0 && `${formatQuantity(disposal, material.unit, l)} 送处置`,
                  market > 0 && `${formatQuantity(market, material.unit, l)} 外售`,
                  unaccounted > 0 && `${formatQuantity(unaccounted, material.unit, l)} 去向不明`,
                ]
              : [
                  disposal > 0 && `${formatQuantity(disposal, material.unit, l)} to disposal`,
                  market > 0 && `${formatQuantity(market, material.unit, l)} sold out of the park`,
                  unaccounted > 0 && `${formatQuantity(unaccounted, material.unit, l)} unaccounted for`,
                ];
          const detail = where.filter(Boolean).join(l === 'zh' ? ',' : ', ');
          return l === 'zh'
            ? `「${e}」每年产生的 ${q} ${m}在园区内无人利用(${detail})。`
            : `${e} produces ${q} of ${m} that no enterprise in the park uses (${detail}).`;
        }),
      });
    }
  }

  // Imports of what the park itself makes and has to spare (if every tonne is already used inside, importing more is no gap).
  const producers = new Map<string, string[]>();
  const spare = (materialId: string) => materialSurpluses(context, materialId).map((a) => a.enterprise);
  for (const enterpriseId of context.operating) {
    const imports = (context.flowsTo.get(enterpriseId) ?? []).filter((f) => f.flow.from === '@supply' && isCurrent(f));
    const byMaterial = new Map<string, typeof imports>();
    for (const f of imports) byMaterial.set(f.material.id, [...(byMaterial.get(f.material.id) ?? []), f]);
    for (const [materialId, flows] of byMaterial) {
      if (!producers.has(materialId)) producers.set(materialId, spare(materialId));
      const makers = (producers.get(materialId) ?? []).filter((p) => p !== enterpriseId);
      if (makers.length === 0) continue;
      const material = context.index.materials.get(materialId)!;
      const quantity = sumFlows(flows, () => true);
      findings.push({
        id: findingId('import-made-in-park', enterpriseId, materialId),
        kind: 'import-made-in-park',
        severity: material.category === 'waste' || material.category === 'by-product' ? 'high' : 'medium',
        enterprises: [enterpriseId, ...makers.sort()],
        materials: [materialId],
        flows: flows.map((f) => f.flow.id),
        quantity,
        unit: material.unit,
        details: { producers: makers },
        reason: bilingual((l) => {
          const e = actorName(context, enterpriseId, l);
          const m = materialName(context, materialId, l);
          const names = makers.map((p) => actorName(context, p, l)).join(l === 'zh' ? '、' : ', ');
          return l === 'zh'
            ? `「${e}」每年从园区外购入 ${formatQuantity(quantity, material.unit, l)} ${m},而园区内的 ${names} 就有富余。`
            : `${e} buys ${formatQuantity(quantity, material.unit, l)} of ${m} from outside the park although the park has it to spare (at ${names}).`;
        }),
      });
    }
  }
  return findings;
}

function openEndSeverity(category: MaterialCategory, hazardous: boolean, disposed: boolean): FindingSeverity {
  if (hazardous) return 'high';
  if (category === 'waste' || category === 'by-product') return disposed ? 'high' : 'medium';
  return 'low';
}
