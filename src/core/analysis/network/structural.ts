/**
 * Structural (binary) network metrics of the industrial-ecology literature,
 * over the internal actors only (domain.md, appendix; Layton, Bras &
 * Weissburg 2016, J. Ind. Ecol. 20(1), after the food-web metrics of
 * Cohen, Briand & Newman and of Schoener 1989). With F the binary actor
 * adjacency (f_ij = 1 when i provides to j):
 *
 *   L = Σ f_ij               N = number of internal actors (isolated ones included)
 *   linkage density = L / N  connectance = L / N²
 *   prey      = actors with ≥ 1 outgoing link (they provide)
 *   predators = actors with ≥ 1 incoming link (they receive)
 *   prey/predator ratio = n_prey / n_pred
 *   generalisation = L / n_pred (mean providers per predator)
 *   vulnerability  = L / n_prey (mean customers per prey)
 *   specialised predators = share of predators with exactly one provider
 *   cyclicity λmax = spectral radius of F (see spectralRadius.ts)
 *
 * Connectance uses N² (self-loops possible), the convention of Layton et
 * al.; with self-loops excluded the attainable maximum is (N − 1)/N. A ratio
 * whose denominator is 0 (no actors, no prey, no predators) is null.
 */
import { withDefaults } from '../../model/withDefaults.ts';
import { resolveNetwork, type ActorNetworkOptions, type NetworkInput } from './actors.ts';
import { strongComponentIndex } from './scc.ts';
import { ratio } from './shared.ts';
import {
  computeCyclicity,
  DEFAULT_CYCLICITY_OPTIONS,
  type Cyclicity,
  type CyclicityOptions,
} from './spectralRadius.ts';

export interface StructuralOptions {
  readonly network?: Partial<ActorNetworkOptions>;
  readonly cyclicity?: Partial<CyclicityOptions>;
}

export interface StructuralMetrics {
  /** N */
  readonly actors: number;
  /** L */
  readonly links: number;
  readonly linkageDensity: number | null;
  readonly connectance: number | null;
  readonly prey: number;
  readonly predators: number;
  readonly preyPredatorRatio: number | null;
  readonly generalisation: number | null;
  readonly vulnerability: number | null;
  readonly specialisedPredatorShare: number | null;
  readonly cyclicity: Cyclicity;
}

export function computeStructuralMetrics(input: NetworkInput, options: StructuralOptions = {}): StructuralMetrics {
  const network = resolveNetwork(input, options.network);
  const n = network.actors.length;
  const L = network.links;
  let prey = 0;
  let predators = 0;
  let specialised = 0;
  for (let v = 0; v < n; v++) {
    const customers = network.out.start[v + 1]! - network.out.start[v]!;
    const providers = network.in.start[v + 1]! - network.in.start[v]!;
    if (customers > 0) prey++;
    if (providers > 0) predators++;
    if (providers === 1) specialised++;
  }
  const scc = strongComponentIndex(n, network.out);
  return {
    actors: n,
    links: L,
    linkageDensity: ratio(L, n),
    connectance: ratio(L, n * n),
    prey,
    predators,
    preyPredatorRatio: ratio(prey, predators),
    generalisation: ratio(L, predators),
    vulnerability: ratio(L, prey),
    specialisedPredatorShare: ratio(specialised, predators),
    cyclicity: computeCyclicity(network, scc, withDefaults(DEFAULT_CYCLICITY_OPTIONS, options.cyclicity)),
  };
}
