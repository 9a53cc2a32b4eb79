/**
 * A project's economics as an investment team first reads them: investment,
 * yearly revenue and costs, simple payback — from the catalogue's figures
 * (with their basis, currency and price year) and the materials' prices.
 *
 * Prices are signed per unit: a negative price is a fee the holder pays to
 * have the material taken (a disposal fee), so a plant taking a waste earns
 * the fee and a plant sending its own waste to disposal pays it; an output
 * with a positive price earns it only where it is sold or delivered, never
 * where it is thrown away. Money is
 * counted only in the technology's currency; an item without a price in it
 * is listed as not counted, never read as free.
 *
 * Investment at another scale than the catalogue's typical plant follows the
 * cost–capacity ("six-tenths") rule: I = I₀ · (S / S₀)^0.6, the usual
 * order-of-magnitude convention of process cost estimation; the result is an
 * estimate and says so.
 */
import type { Technology, TechnologyCatalogue } from '../catalogue/schema.ts';
import type { Material } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';
import type { AnalysisContext } from './context.ts';
import type { ProjectPlan } from './projectSizing.ts';

const COST_CAPACITY_EXPONENT = 0.6;

export interface ProjectEconomics {
  readonly currency: string;
  /** The price year of the catalogue's figures. */
  readonly year: number;
  /** Capex at the project's scale, in 10 000 `currency` (万元). */
  readonly investment: number;
  /** True when the scale differs from the typical plant and the investment was scaled. */
  readonly scaled: boolean;
  /** Yearly, in `currency`: what the plant earns (sales, fees for wastes it takes). */
  readonly revenue: number;
  /** Yearly, in `currency`: purchased inputs, disposal fees for its own wastes. */
  readonly materialCosts: number;
  /** Yearly, in `currency`: the catalogue's operating cost beyond priced inputs. */
  readonly operatingCost: number;
  readonly netCash: number;
  /** Years; null when the plant does not earn back its investment (net cash ≤ 0). */
  readonly payback: number | null;
  /** Inputs and outputs with no price in `currency`: not counted above. */
  readonly unpriced: readonly string[];
  readonly estimated: boolean;
  readonly basis: string;
  readonly source?: string;
}

export function projectEconomics(
  context: AnalysisContext,
  catalogue: TechnologyCatalogue,
  technology: Technology,
  plan: ProjectPlan,
): ProjectEconomics | undefined {
  const economics = technology.economics;
  if (!economics) return undefined;
  const { currency } = economics;
  const priceOf = (id: string, unit: string): number | undefined => {
    const candidates: (Material | undefined)[] = [
      context.index.materials.get(id),
      catalogue.materials.find((m) => m.id === id),
    ];
    for (const material of candidates) {
      if (!material?.price || material.price.currency !== currency) continue;
      // The price is per the material's own unit: rescale to the unit the quantity is in.
      const perUnit = convertQuantity(1, unit, material.unit, material);
      if (perUnit !== undefined) return material.price.value * perUnit;
    }
    return undefined;
  };
  let revenue = 0;
  let materialCosts = 0;
  const unpriced = new Set<string>();
  const book = (value: number) => {
    if (value >= 0) revenue += value;
    else materialCosts -= value;
  };
  for (const r of plan.requirements) {
    const price = priceOf(r.material, r.unit);
    if (price === undefined) unpriced.add(r.material);
    else book(-r.quantity * price);
  }
  for (const o of plan.outlets) {
    const price = priceOf(o.material, o.unit);
    if (price === undefined) {
      unpriced.add(o.material);
      continue;
    }
    // What is sold or delivered earns its price; what goes to disposal earns nothing and pays its fee.
    for (const d of o.destinations) book(d.to === '@disposal' ? Math.min(0, d.quantity * price) : d.quantity * price);
  }
  const ratio = plan.scale / technology.typicalCapacity;
  const scaled = Math.abs(ratio - 1) > 1e-9;
  const investment = economics.investment * (scaled ? ratio ** COST_CAPACITY_EXPONENT : 1);
  const operatingCost = (economics.operatingCost ?? 0) * plan.scale;
  const netCash = revenue - materialCosts - operatingCost;
  return {
    currency,
    year: economics.year,
    investment,
    scaled,
    revenue,
    materialCosts,
    operatingCost,
    netCash,
    payback: netCash > 0 ? (investment * 10_000) / netCash : null,
    unpriced: [...unpriced].sort(),
    estimated: economics.estimated || scaled,
    basis: economics.basis,
    ...(economics.source === undefined ? {} : { source: economics.source }),
  };
}
