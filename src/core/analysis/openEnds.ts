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
import type { Language, MaterialCategory } from '../model/types.ts';
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
import { candidatesClause } from './couplingFindings.ts';
import { streamKey, type SurplusOffer } from './couplingGaps.ts';
import { findingId, type Finding, type FindingSeverity } from './finding.ts';
import { inBothLanguages, message } from '../text/message.ts';
import { actorName, formatQuantity, materialName } from './text.ts';

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
      const capacity = balance && ((l: Language) => capacityClause(context, balance, enterprise, l));
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
    readonly capacity: ((l: Language) => string | undefined) | undefined;
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
  const q = (x: number, l: Language) => formatQuantity(x, unit, l);
  const e = (l: Language) => actorName(context, enterprise, l);
  const m = (l: Language) => materialName(context, materialId, l);
  // Who in the park could take the stream, appended to either kind of open end.
  const takersClause = (l: Language) =>
    offer && offer.matched > 0 ? message(l, 'common:groupSeparator') + candidatesClause(context, offer, l) : '';
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
      reason: inBothLanguages((l) => {
        const capacity = lost > 0 ? facets.capacity?.(l) : undefined;
        return message(l, 'finding:openEnd', {
          enterprise: e(l),
          material: m(l),
          code: hazardous ? message(l, 'finding:hazardousCode', { code: material.hazardousWasteCode ?? '' }) : '',
          quantity: q(open, l),
          where: placementClause(p, unit, l),
          takers: takersClause(l),
          park: capacity === undefined ? '' : message(l, 'common:groupSeparator') + capacity,
        });
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
      reason: inBothLanguages((l) =>
        message(l, energy ? 'finding:openEnergy' : 'finding:openWater', {
          enterprise: e(l),
          material: m(l),
          quantity: q(lost, l),
          unknown: p.unaccounted > 0 ? message(l, 'finding:unaccountedPart', { quantity: q(p.unaccounted, l) }) : '',
          takers: takersClause(l),
        }),
      ),
    };
  }
  return undefined;
}

/** "40,000 t/a 送处置,15,000 t/a 外售,…" — every destination that holds part of the open quantity. */
function placementClause(p: OutputPlacement, unit: string, l: Language): string {
  const part = (key: PlacementKey, quantity: number) =>
    quantity > 0 ? [message(l, `finding:placement_${key}`, { quantity: formatQuantity(quantity, unit, l) })] : [];
  return [
    ...part('disposal', p.disposal),
    ...part('market', p.market),
    ...part('proposed', p.proposed),
    ...part('unaccounted', p.unaccounted),
    ...part('disposalUnmeasured', p.unmeasured.disposal),
    ...part('marketUnmeasured', p.unmeasured.market),
    ...part('proposedUnmeasured', p.unmeasured.proposed),
  ].join(message(l, 'common:clauseSeparator'));
}

type PlacementKey =
  'disposal' | 'market' | 'proposed' | 'unaccounted' | 'disposalUnmeasured' | 'marketUnmeasured' | 'proposedUnmeasured';

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
      reason: inBothLanguages((l) =>
        message(l, 'finding:unmetDemand', {
          enterprise: actorName(context, enterprise, l),
          material: materialName(context, materialId, l),
          quantity: formatQuantity(unmet, material.unit, l),
        }),
      ),
    });
  }
  return findings;
}
