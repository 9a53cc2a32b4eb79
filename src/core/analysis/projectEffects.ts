/**
 * What a planned project does besides closing a gap (domain.md §4.6: net,
 * not gross): the energy, water and emissions of its own inputs, the wastes
 * it sends to disposal itself, and the CO2e it avoids — each worked out
 * from the plan and the materials' factors, with what could not be counted
 * named rather than read as zero.
 */
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import type { BilingualMessage } from '../model/problems.ts';
import type { Material } from '../model/types.ts';
import { convertQuantity, findUnit } from '../model/units.ts';
import type { AnalysisContext } from './context.ts';
import type { ProjectPlan } from './projectSizing.ts';
import { actorName, bilingual, formatQuantity, listNames } from './text.ts';

export interface ProjectEffects {
  /** Energy carriers among the plant's inputs, tce/a (1 tce = 29.3076 GJ); unconvertible ones listed. */
  readonly energyUse: number;
  /** Electricity among its inputs, MWh/a. */
  readonly electricityUse: number;
  /** Water among its inputs, m³/a. */
  readonly waterUse: number;
  /** Its own outputs that go to disposal, t/a. */
  readonly newDisposal: number;
  /** t CO2e/a: avoided by material taken off disposal (emission factors), emitted by its energy use, and the net. */
  readonly co2eCredit: number;
  readonly co2eEmitted: number;
  readonly co2eNet: number;
  /** Energy inputs with no heating value (their energy is not in energyUse) and with no use emission factor. */
  readonly uncountedEnergy: readonly string[];
  readonly uncountedEmissions: readonly string[];
  /** Why a CO2e figure is zero or partial, in plain words. */
  readonly notes: readonly BilingualMessage[];
}

/** Energy carriers: energy materials, and fuels that carry a use emission factor (coal, natural gas). */
function isEnergyCarrier(material: Material, fallback: Material | undefined): boolean {
  return (
    material.category === 'energy' ||
    material.useEmissionFactor !== undefined ||
    fallback?.useEmissionFactor !== undefined
  );
}

/**
 * A per-unit factor of the park's material, or else the catalogue's, rescaled
 * to the park's unit (the park may state the same material in another unit).
 */
function factorPerUnit(
  material: Material,
  fallback: Material | undefined,
  pick: (m: Material) => number | undefined,
): number | undefined {
  const own = pick(material);
  if (own !== undefined) return own;
  const other = fallback ? pick(fallback) : undefined;
  if (other === undefined || !fallback) return undefined;
  const oneUnit = convertQuantity(1, material.unit, fallback.unit, material);
  return oneUnit === undefined ? undefined : other * oneUnit;
}

export function projectEffects(
  context: AnalysisContext,
  catalogue: TechnologyCatalogue,
  plan: ProjectPlan,
): ProjectEffects {
  const inCatalogue = (id: string) => catalogue.materials.find((m) => m.id === id);
  const materialOf = (id: string) => context.index.materials.get(id) ?? inCatalogue(id);
  let energyUse = 0;
  let electricityUse = 0;
  let waterUse = 0;
  let co2eEmitted = 0;
  const uncountedEnergy = new Set<string>();
  const uncountedEmissions = new Set<string>();
  for (const r of plan.requirements) {
    const material = materialOf(r.material);
    if (!material) continue;
    const fallback = inCatalogue(r.material);
    if (material.category === 'water') waterUse += convertQuantity(r.quantity, r.unit, 'm3/a', material) ?? 0;
    if (!isEnergyCarrier(material, fallback)) continue;
    if (r.material === 'electricity' || findUnit(r.unit)?.id === 'MWh/a')
      electricityUse += convertQuantity(r.quantity, r.unit, 'MWh/a', material) ?? 0;
    const bridges = {
      density: material.density ?? fallback?.density,
      heatingValue: material.heatingValue ?? fallback?.heatingValue,
    };
    const tce = convertQuantity(r.quantity, r.unit, 'tce/a', bridges);
    if (tce === undefined) uncountedEnergy.add(r.material);
    else energyUse += tce;
    const factor = factorPerUnit(material, fallback, (m) => m.useEmissionFactor?.value);
    if (factor === undefined) uncountedEmissions.add(r.material);
    else co2eEmitted += (r.quantity * factor) / 1000;
  }
  let newDisposal = 0;
  for (const o of plan.outlets) {
    const material = materialOf(o.material);
    for (const d of o.destinations) {
      if (d.to !== '@disposal' || !material) continue;
      newDisposal += findUnit(o.unit)?.dimension === 'mass' ? (convertQuantity(d.quantity, o.unit, 't/a') ?? 0) : 0;
    }
  }
  // Emission factors credit material reused instead of virgin supply. Only what no longer goes to disposal
  // counts: material taken off the market was already recycled by its buyer (park boundary convention).
  let co2eCredit = 0;
  let soldFeedstock = false;
  const withoutFactor = new Set<string>();
  for (const r of plan.requirements) {
    const material = materialOf(r.material);
    const factor = material && factorPerUnit(material, inCatalogue(r.material), (m) => m.emissionFactor?.value);
    for (const s of r.sources) {
      if (s.kind === 'sold') soldFeedstock = true;
      if (s.kind !== 'free') continue;
      if (factor === undefined) withoutFactor.add(r.material);
      else co2eCredit += (s.quantity * factor) / 1000;
    }
  }
  const name = (id: string, l: 'zh' | 'en') => materialOf(id)?.name[l] ?? materialOf(id)?.name.zh ?? id;
  const notes: BilingualMessage[] = [];
  if (soldFeedstock)
    notes.push(
      bilingual((l) =>
        l === 'zh'
          ? `原料目前已外售给园区外企业利用,就地利用不计新增减排`
          : `its feedstock is now sold to users outside the park, so using it here avoids no new emissions`,
      ),
    );
  if (withoutFactor.size > 0)
    notes.push(
      bilingual((l) =>
        l === 'zh'
          ? `${listNames(
              [...withoutFactor].map((id) => name(id, l)),
              l,
            )}没有减排因子,其避免的排放未计入`
          : `${listNames(
              [...withoutFactor].map((id) => name(id, l)),
              l,
            )} has no emission factor: what it avoids is not counted`,
      ),
    );
  if (uncountedEnergy.size > 0)
    notes.push(
      bilingual((l) =>
        l === 'zh'
          ? `${listNames(
              [...uncountedEnergy].map((id) => name(id, l)),
              l,
            )}没有热值,未折入能耗`
          : `${listNames(
              [...uncountedEnergy].map((id) => name(id, l)),
              l,
            )} has no heating value: not in the energy use`,
      ),
    );
  if (uncountedEmissions.size > 0)
    notes.push(
      bilingual((l) =>
        l === 'zh'
          ? `${listNames(
              [...uncountedEmissions].map((id) => name(id, l)),
              l,
            )}没有排放因子,其排放未计入`
          : `${listNames(
              [...uncountedEmissions].map((id) => name(id, l)),
              l,
            )} has no emission factor: its emissions are not counted`,
      ),
    );
  for (const r of plan.requirements.filter((x) => x.unmet > 0)) {
    const need = (l: 'zh' | 'en') => `${name(r.material, l)} ${formatQuantity(r.unmet, r.unit, l)}`;
    // Room below a plant's capacity is what to negotiate; a nameplate rating is not a promise to sell.
    const spare = (l: 'zh' | 'en') =>
      r.spareSupply.map((p) => {
        const who = actorName(context, p.enterprise, l);
        const q = formatQuantity(p.spare, r.unit, l);
        if (p.rating === 'sellable')
          return l === 'zh'
            ? `「${who}」申报可外供余量 ${q},可洽谈供应`
            : `${who} declares ${q} for sale: negotiate supply`;
        return l === 'zh'
          ? `「${who}」铭牌能力尚余 ${q},能否供给需与其确认`
          : `${who} runs ${q} below its nameplate capacity: ask whether it can supply`;
      });
    notes.push(
      bilingual((l) =>
        l === 'zh'
          ? `需新增供应:${need(l)}(无法从园区外购入,园区内也没有已申报可外供的余量${spare(l)
              .map((x) => `;${x}`)
              .join('')})`
          : `needs new supply of ${need(l)} (it cannot be bought from outside and no park plant has declared any for sale${spare(
              l,
            )
              .map((x) => `; ${x}`)
              .join('')})`,
      ),
    );
  }
  return {
    energyUse,
    electricityUse,
    waterUse,
    newDisposal,
    co2eCredit,
    co2eEmitted,
    co2eNet: co2eCredit - co2eEmitted,
    uncountedEnergy: [...uncountedEnergy].sort(),
    uncountedEmissions: [...uncountedEmissions].sort(),
    notes,
  };
}
