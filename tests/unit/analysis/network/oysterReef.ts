/**
 * The intertidal oyster reef model of Dame & Patten (1981) as a park:
 * compartments as enterprises, the boundary input from `@supply`, the
 * outputs (respiration) to `@disposal`.
 *
 *   Dame, R. F., and B. C. Patten. 1981. Analysis of energy flows in an
 *   intertidal oyster reef. Marine Ecology Progress Series 5:115–124.
 *   Data as given by Patten, B. C. 1985. Energy cycling, length of food
 *   chains, and direct versus indirect effects in ecosystems. Can. Bull.
 *   Fish. Aquat. Sci. 213:119–138.
 *
 * Numbers read from the `oyster` data function of NEA.m (Fath & Borrett
 * 2004, Environ. Model. Softw. 21:375–405: steady-state flow matrix F,
 * "orientation from columns to rows", i.e. F(i, j) is the flow from j to i;
 * input vector z; output vector y; 0.0001 added to y(1) and y(3) and
 * subtracted from y(4) there to reach steady state) and its R port
 * (J. S. Choi 2006, github.com/mum0n/ecomod), which agree to the last digit.
 * enaR ships the same model (`data(enaModels); enaModels[[9]]`, "the oyster
 * reef model"); its flow vignette (seelab.github.io/enaR/articles/
 * flow_simple.html, also the enaR wiki page "Flow Analysis: Simple") prints
 * TST 83.5833, FCI 0.1101686, APL 2.015512, throughflows T = 41.47 (filter
 * feeders), 8.1721, 8.4805, 2.5100, 0.6856, 22.2651 (detritus), and the
 * diagonal of N: 1, 1.1018630, 1.2971032, 1.12406883, 1.00510642, 1.3885039.
 * Its copy differs from NEA.m's in the fourth decimal (T of the filter
 * feeders 41.47 against 41.4697), hence the tolerances of the test.
 *
 * Units: flows are kcal m⁻² d⁻¹. The park model has no such unit, so each
 * flow is written as GJ/a of one energy material and the metrics are asked
 * for in GJ/a: TST, throughflows and path length are linear in the unit and
 * the FCI and n_ii are ratios, so the numbers are those of the model.
 * The model has no self-loop (the diagonal of F is 0).
 */
import type { ParkModel } from '../../../../src/core/model/types.ts';
import { tinyPark } from './builders.ts';

export const OYSTER_UNIT = 'GJ/a';

const OYSTER_COMPARTMENTS = [
  'filter-feeders',
  'deposited-detritus',
  'microbiota',
  'meiofauna',
  'deposit-feeders',
  'predators',
] as const;

/** NEA.m's F, row i receiving from column j (kcal m⁻² d⁻¹). */
const F = [
  [0, 0, 0, 0, 0, 0],
  [15.7915, 0, 0, 4.2403, 1.9076, 0.3262],
  [0, 8.1721, 0, 0, 0, 0],
  [0, 7.2745, 1.206, 0, 0, 0],
  [0, 0.6431, 1.206, 0.6609, 0, 0],
  [0.5135, 0, 0, 0, 0.1721, 0],
];
const z = [41.4697, 0, 0, 0, 0, 0];
const y = [25.1646, 6.1759, 5.76, 3.5794, 0.4303, 0.3594];

export function oysterReefPark(): ParkModel {
  const c = OYSTER_COMPARTMENTS;
  const flows = [];
  for (let i = 0; i < c.length; i++) {
    if (z[i]! > 0) flows.push({ from: '@supply', to: c[i]!, material: 'energy', quantity: z[i]! });
  }
  for (let i = 0; i < c.length; i++) {
    for (let j = 0; j < c.length; j++) {
      if (F[i]![j]! > 0) flows.push({ from: c[j]!, to: c[i]!, material: 'energy', quantity: F[i]![j]! });
    }
  }
  for (let i = 0; i < c.length; i++) flows.push({ from: c[i]!, to: '@disposal', material: 'energy', quantity: y[i]! });
  return tinyPark({ materials: [{ id: 'energy', category: 'energy', unit: OYSTER_UNIT }], flows });
}
