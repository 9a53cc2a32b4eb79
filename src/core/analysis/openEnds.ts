/**
 * Open ends (domain.md §4.2), one finding per stream:
 * - by-products and wastes that no enterprise in the park takes (`open-end`):
 *   how much goes to disposal, is sold out of the park, has only a planned or
 *   potential outlet, or is not accounted for at all — with the park's
 *   possible takers as a facet (coupling offers) rather than a second finding;
 * - energy dissipated without recovery (`open-energy`: waste heat sent to the
 *   boundary) and water discharged without reuse (`open-water`); energy and
 *   water sold or delivered are not open ends;
 * - declared inputs of a material that cannot be bought from outside the
 *   park and that no park supplier delivers (`unmet-demand`).
 * "Unaccounted for" (去向不明) is said only where nothing at all says where a
 * quantity goes: in-house use is in-house, proposed outlets are proposed.
 */
import type { MaterialCategory } from '../model/types.ts';
import { withDefaults } from '../model/withDefaults.ts';
import {
  intakeOf,
  isImportable,
  mobilityOf,
  outputPlacement,
  type AnalysisContext,
  type OutputPlacement,
} from './context.ts';
import type { CapacityBalance } from './capacityBalance.ts';
import { capacityClause } from './capacityFindings.ts';
import { candidatesClause, streamKey, type SurplusOffer } from './couplingGaps.ts';
import { findingId, type Finding, type FindingSeverity } from './finding.ts';
import { actorName, bilingual, formatQuantity, materialName } from './text.ts';

export interface OpenEndsOptions {
  /** Remainders below this share of the declared output (or unmet input) are rounding, not open ends. */
  readonly minShare: number;
}

/**
 * The defaults of `findOpenEnds`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_OPEN_ENDS_OPTIONS: OpenEndsOptions = Object.freeze<OpenEndsOptions>({ minShare: 0.01 });

export interface OpenEndsResult {
  readonly findings: readonly Finding[];
  /** Streams (streamKey) these findings report, with their offers folded in. */
  readonly covered: ReadonlySet<string>;
  /** Materials whose park capacity balance these findings state (one producer sends all of it out). */
  readonly coveredBalances: ReadonlySet<string>;
}

/** Facets of other analyses that an open-end finding carries for its stream. */
export interface OpenEndFacets {
  /** Surplus offers (couplingGaps.ts): who in the park could take the stream. */
  readonly offers?: readonly SurplusOffer[];
  /** Capacity balances (capacityBalance.ts): the park's capacity for the material. */
  readonly balances?: readonly CapacityBalance[];
}

export function findOpenEnds(
  context: AnalysisContext,
  facets: OpenEndFacets = {},
  options: Partial<OpenEndsOptions> = {},
): OpenEndsResult {
  const { minShare } = withDefaults(DEFAULT_OPEN_ENDS_OPTIONS, options);
  const offerOf = new Map((facets.offers ?? []).map((o) => [streamKey(o.supplier, o.material), o]));
  const balanceOf = new Map((facets.balances ?? []).map((b) => [b.material, b]));
  const findings: Finding[] = [];
  const covered = new Set<string>();
  const coveredBalances = new Set<string>();
  for (const enterprise of context.operating) {
    for (const [materialId, declared] of context.outputs.get(enterprise) ?? []) {
      const material = context.index.materials.get(materialId);
      if (!material || declared <= 0) continue;
      const placement = outputPlacement(context, enterprise, materialId);
      const offer = offerOf.get(streamKey(enterprise, materialId));
      const balance = balanceOf.get(materialId);
      const capacity = balance && ((l: 'zh' | 'en') => capacityClause(context, balance, enterprise, l));
      const finding = streamFinding(
        context,
        enterprise,
        materialId,
        material.category,
        placement,
        { offer, capacity },
        minShare,
      );
      if (!finding) continue;
      findings.push(finding);
      if (offer && offer.matched > 0) covered.add(streamKey(enterprise, materialId));
      if (finding.kind === 'open-end' && capacity?.('en') !== undefined) coveredBalances.add(materialId);
    }
    findings.push(...unmetDemands(context, enterprise, minShare));
  }
  return { findings, covered, coveredBalances };
}

function streamFinding(
  context: AnalysisContext,
  enterprise: string,
  materialId: string,
  category: MaterialCategory,
  p: OutputPlacement,
  facets: {
    readonly offer: SurplusOffer | undefined;
    readonly capacity: ((l: 'zh' | 'en') => string | undefined) | undefined;
  },
  minShare: number,
): Finding | undefined {
  // A park user recorded without a quantity is still a user: the stream is not an open end, and how much of
  // it stays open cannot be told.
  if (p.unmeasured.internal > 0) return undefined;
  const { offer } = facets;
  const material = context.index.materials.get(materialId)!;
  const unit = material.unit;
  const hazardous = material.hazardousWasteCode !== undefined;
  const q = (x: number, l: 'zh' | 'en') => formatQuantity(x, unit, l);
  const e = (l: 'zh' | 'en') => actorName(context, enterprise, l);
  const m = (l: 'zh' | 'en') => materialName(context, materialId, l);
  // Who in the park could take the stream, appended to either kind of open end.
  const takersClause = (l: 'zh' | 'en') =>
    offer && offer.matched > 0 ? (l === 'zh' ? ';' : '; ') + candidatesClause(context, offer, l) : '';
  const base = {
    enterprises: [enterprise, ...(offer?.candidates.map((c) => c.consumer) ?? [])],
    materials: [materialId],
    flows: (context.flowsFrom.get(enterprise) ?? [])
      .filter((f) => f.material.id === materialId && !f.internal)
      .map((f) => f.flow.id),
    unit,
    details: { ...p, ...(offer ? { offer } : {}) },
  };

  if (category === 'by-product' || category === 'waste') {
    const open = p.declared - p.internal - p.inHouse;
    if (open <= p.declared * minShare) return undefined;
    const lost = p.disposal + p.unaccounted;
    // Landfilled or unaccounted material is the problem; material sold out of the park is used, only not here.
    const severity: FindingSeverity =
      lost > 0 ? (hazardous || lost >= open / 2 ? 'high' : 'medium') : hazardous ? 'medium' : 'low';
    return {
      ...base,
      id: findingId('open-end', enterprise, materialId),
      kind: 'open-end',
      severity,
      quantity: open,
      reason: bilingual((l) => {
        const where = placementClause(p, unit, l);
        const takers = takersClause(l);
        const capacity = lost > 0 ? facets.capacity?.(l) : undefined;
        const park = capacity === undefined ? '' : l === 'zh' ? `;${capacity}` : `; ${capacity}`;
        const code = hazardous
          ? l === 'zh'
            ? `(危险废物 ${material.hazardousWasteCode})`
            : ` (hazardous, ${material.hazardousWasteCode})`
          : '';
        return l === 'zh'
          ? `「${e(l)}」产生的${m(l)}${code} ${q(open, l)} 在园区内没有用户:${where}${takers}${park}。`
          : `${e(l)}'s ${q(open, l)} of ${m(l)}${code} has no user in the park: ${where}${takers}${park}.`;
      }),
    };
  }
  if (category === 'energy' || category === 'water') {
    // Sold or delivered energy and water are not open ends; only what is dissipated or discharged is.
    const lost = p.disposal + p.unaccounted;
    if (lost <= p.declared * minShare) return undefined;
    const energy = category === 'energy';
    return {
      ...base,
      id: findingId(energy ? 'open-energy' : 'open-water', enterprise, materialId),
      kind: energy ? 'open-energy' : 'open-water',
      severity: energy ? 'medium' : 'low',
      quantity: lost,
      reason: bilingual((l) => {
        const verb = energy
          ? l === 'zh'
            ? '未经回收直接散失'
            : 'is dissipated without recovery'
          : l === 'zh'
            ? '直接排放、未回用'
            : 'is discharged without reuse';
        const unknown =
          p.unaccounted > 0
            ? l === 'zh'
              ? `(其中 ${q(p.unaccounted, l)} 去向不明)`
              : ` (${q(p.unaccounted, l)} of it unaccounted for)`
            : '';
        const takers = takersClause(l);
        return l === 'zh'
          ? `「${e(l)}」的${m(l)} ${q(lost, l)} ${verb}${unknown}${takers}。`
          : `${q(lost, l)} of ${e(l)}'s ${m(l)} ${verb}${unknown}${takers}.`;
      }),
    };
  }
  return undefined;
}

/** "40,000 t/a 送处置,15,000 t/a 外售,…" — every destination that holds part of the open quantity. */
function placementClause(p: OutputPlacement, unit: string, l: 'zh' | 'en'): string {
  const q = (x: number) => formatQuantity(x, unit, l);
  const parts =
    l === 'zh'
      ? [
          p.disposal > 0 && `${q(p.disposal)} 送处置`,
          p.market > 0 && `${q(p.market)} 外售`,
          p.proposed > 0 && `${q(p.proposed)} 有规划或潜在去向(尚未落实)`,
          p.unaccounted > 0 && `${q(p.unaccounted)} 去向不明`,
          p.unmeasured.disposal > 0 && '送处置(数量未给出)',
          p.unmeasured.market > 0 && '外售(数量未给出)',
          p.unmeasured.proposed > 0 && '有规划或潜在去向(数量未给出)',
        ]
      : [
          p.disposal > 0 && `${q(p.disposal)} to disposal`,
          p.market > 0 && `${q(p.market)} sold out of the park`,
          p.proposed > 0 && `${q(p.proposed)} with a planned or potential outlet (not yet real)`,
          p.unaccounted > 0 && `${q(p.unaccounted)} unaccounted for`,
          p.unmeasured.disposal > 0 && 'sent to disposal (quantity not given)',
          p.unmeasured.market > 0 && 'sold out of the park (quantity not given)',
          p.unmeasured.proposed > 0 && 'a planned or potential outlet (quantity not given)',
        ];
  return parts.filter(Boolean).join(l === 'zh' ? ',' : ', ');
}

/** Declared inputs of non-importable materials (steam, district heat) that no supplier in the park delivers. */
function unmetDemands(context: AnalysisContext, enterprise: string, minShare: number): Finding[] {
  const findings: Finding[] = [];
  for (const [materialId, declared] of context.inputs.get(enterprise) ?? []) {
    const material = context.index.materials.get(materialId);
    if (!material || isImportable(material) || mobilityOf(material) === 'networked') continue;
    const intake = intakeOf(context, enterprise, materialId);
    // A supply recorded without a quantity is a supply: how much of the need it meets cannot be told.
    if (intake.unmeasured > 0) continue;
    const unmet = declared - intake.fromPark - intake.boughtIn - intake.inHouse;
    if (unmet <= declared * minShare) continue;
    findings.push({
      id: findingId('unmet-demand', enterprise, materialId),
      kind: 'unmet-demand',
      severity: 'high',
      enterprises: [enterprise],
      materials: [materialId],
      flows: [],
      quantity: unmet,
      unit: material.unit,
      details: { declared, ...intake },
      reason: bilingual((l) => {
        const e = actorName(context, enterprise, l);
        const m = materialName(context, materialId, l);
        const q = formatQuantity(unmet, material.unit, l);
        return l === 'zh'
          ? `「${e}」需要的${m}中有 ${q} 没有园区内供应,而${m}无法从园区外购入(未满足需求)。`
          : `${q} of the ${m} ${e} needs has no supplier in the park, and ${m} cannot be bought from outside (unmet demand).`;
      }),
    });
  }
  return findings;
}
