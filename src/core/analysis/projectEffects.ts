/**
 * What a planned project does besides closing a gap (domain.md §4.6: net,
 * not gross): the energy, water and emissions of its own inputs, the wastes
 * it sends to disposal itself, and the CO2e it avoids — each worked out
 * from the plan and the materials' factors, with what could not be counted
 * named rather than read as zero.
 */
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import type { BilingualMessage } from '../model/problems.ts';
import type { Language, Material } from '../model/types.ts';
import { convertQuantity, findUnit } from '../model/units.ts';
import type { AnalysisContext } from './context.ts';
import type { ProjectPlan } from './projectSizing.ts';
import { bilingual, inBothLanguages, message } from '../text/message.ts';
import { actorName, formatQuantity } from './text.ts';
import { listNames } from '../text/lists.ts';

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
  const name = (id: string, l: Language) => materialOf(id)?.name[l] ?? materialOf(id)?.name.zh ?? id;
  const names = (ids: ReadonlySet<string>, l: Language) =>
    listNames(
      [...ids].map((id) => name(id, l)),
      l,
    );
  const notes: BilingualMessage[] = [];
  if (soldFeedstock) notes.push(bilingual('project:noteSoldFeedstock'));
  if (withoutFactor.size > 0)
    notes.push(inBothLanguages((l) => message(l, 'project:noteNoCredit', { materials: names(withoutFactor, l) })));
  if (uncountedEnergy.size > 0)
    notes.push(
      inBothLanguages((l) => message(l, 'project:noteNoHeatingValue', { materials: names(uncountedEnergy, l) })),
    );
  if (uncountedEmissions.size > 0)
    notes.push(
      inBothLanguages((l) => message(l, 'project:noteNoEmissionFactor', { materials: names(uncountedEmissions, l) })),
    );
  for (const r of plan.requirements.filter((x) => x.unmet > 0)) {
    // Room below a plant's capacity is what to negotiate; a nameplate rating is not a promise to sell.
    const spare = (l: Language) =>
      r.spareSupply.map(
        (p) =>
          message(l, 'common:groupSeparator') +
          message(l, p.rating === 'sellable' ? 'project:spareSellable' : 'project:spareNameplate', {
            enterprise: actorName(context, p.enterprise, l),
            quantity: formatQuantity(p.spare, r.unit, l),
          }),
      );
    notes.push(
      inBothLanguages((l) =>
        message(l, 'project:noteNeedsSupply', {
          need: `${name(r.material, l)} ${formatQuantity(r.unmet, r.unit, l)}`,
          spare: spare(l).join(''),
        }),
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
