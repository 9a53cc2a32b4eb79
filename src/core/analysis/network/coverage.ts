/**
 * Which flows enter which metric, and why the others do not (issue "Findings
 * a park manager can trust", point 9: metrics explained).
 *
 * Two families of metrics read two different subsets of the model's flows:
 *
 *  - the structural metrics (cyclicity λmax, connectance, linkage density,
 *    providers and receivers, components, recycling loops, betweenness) read
 *    the binary actor adjacency F: every flow between two internal actors,
 *    whatever its material category and unit (a steam pipe and a truck of
 *    slag are both links). Boundary flows never enter F;
 *  - the flow-based metrics (total system throughflow, Finn cycling index,
 *    average path length) add quantities, so they read only flows whose
 *    material's unit converts to one commensurable unit (t/a by default);
 *    boundary flows enter as imports, exports and dissipation.
 *
 * A flow is left out for the first reason that applies, in the order of
 * `FLOW_EXCLUSIONS` (actors.ts): its status, its category, an end that is
 * not an internal actor, a boundary end where the metric has none, a
 * self-loop (off by default), its unit (flow-based metrics only). The
 * coverage lists the flows that entered and, for the rest, the reason and
 * the material category, with their ids, so a reader sees why "cyclicity
 * 2.7" and "Finn 0" can both be true: the cycles may run through water and
 * energy, which the flow-based metrics cannot add to tonnes.
 */
import { indexedModel, requireMaterial, type IndexedModel, type ModelInput } from '../../model/lookup.ts';
import { MATERIAL_CATEGORIES } from '../../model/schema.ts';
import type { MaterialCategory } from '../../model/types.ts';
import { FLOW_EXCLUSIONS, linkExclusion, type FlowExclusion } from './actors.ts';
import { convertsTo, matrixPlacement, type FlowMatrixOptions } from './flowMatrix.ts';
import { compareIds } from './shared.ts';

export interface CategoryCount {
  readonly category: MaterialCategory;
  readonly flows: number;
}

/** Flows left out of a metric for one reason, of one material category. */
export interface ExcludedFlowGroup {
  readonly reason: FlowExclusion;
  readonly category: MaterialCategory;
  readonly flows: number;
  /** Their ids, sorted. */
  readonly ids: readonly string[];
}

export interface MetricCoverage {
  /** Flows that entered the metric. */
  readonly included: number;
  /** The same by material category (categories with none left out), in the model's category order. */
  readonly includedByCategory: readonly CategoryCount[];
  /** Flows left out, by reason (in `FLOW_EXCLUSIONS` order) and category (in category order). */
  readonly excluded: readonly ExcludedFlowGroup[];
}

export interface NetworkCoverage {
  /** Every flow of the model; each one is either included or excluded in each coverage. */
  readonly flows: number;
  /** The flow-based metrics' unit. */
  readonly unit: string;
  readonly includeSelfLoops: boolean;
  /** Flows between internal actors: the links of F (structural metrics, components, loops, betweenness). */
  readonly structural: MetricCoverage;
  /** Flows of the extended flow matrix in `unit` (TST, Finn cycling index, average path length). */
  readonly flow: MetricCoverage;
}

/** Which flows enter the structural and the flow-based metrics under one set of options. */
export function networkCoverage(
  input: ModelInput,
  indexOf: ReadonlyMap<string, number>,
  options: FlowMatrixOptions,
): NetworkCoverage {
  const { model, index } = indexedModel(input);
  const structural = new CoverageTally();
  const flow = new CoverageTally();
  for (const f of model.flows) {
    const material = requireMaterial(index, f.material);
    structural.add(f.id, material.category, linkExclusion(f, material.category, indexOf, options));
    const place = matrixPlacement(f, material, indexOf, options);
    flow.add(f.id, material.category, typeof place === 'string' ? place : null);
  }
  return {
    flows: model.flows.length,
    unit: options.unit,
    includeSelfLoops: options.includeSelfLoops,
    structural: structural.result(),
    flow: flow.result(),
  };
}

/**
 * The model restricted to the flows whose material's unit converts to
 * `unit`: the structural metrics of this model are those of the links the
 * flow-based metrics can see (same statuses, categories and actors). The
 * index is the whole model's: only flows differ, and they are read from the model.
 */
export function commensurableModel(input: ModelInput, unit: string): IndexedModel {
  const { model, index } = indexedModel(input);
  return {
    model: { ...model, flows: model.flows.filter((f) => convertsTo(requireMaterial(index, f.material), unit)) },
    index,
  };
}

class CoverageTally {
  private included = new Map<MaterialCategory, number>();
  private excluded = new Map<string, string[]>(); // `${reason}\u0000${category}` → ids

  add(id: string, category: MaterialCategory, exclusion: FlowExclusion | null): void {
    if (exclusion === null) {
      this.included.set(category, (this.included.get(category) ?? 0) + 1);
      return;
    }
    const key = `${exclusion}\u0000${category}`;
    const ids = this.excluded.get(key);
    if (ids) ids.push(id);
    else this.excluded.set(key, [id]);
  }

  result(): MetricCoverage {
    const includedByCategory = MATERIAL_CATEGORIES.flatMap((category) => {
      const flows = this.included.get(category) ?? 0;
      return flows > 0 ? [{ category, flows }] : [];
    });
    const excluded = FLOW_EXCLUSIONS.flatMap((reason) =>
      MATERIAL_CATEGORIES.flatMap((category): ExcludedFlowGroup[] => {
        const ids = this.excluded.get(`${reason}\u0000${category}`);
        return ids ? [{ reason, category, flows: ids.length, ids: ids.sort(compareIds) }] : [];
      }),
    );
    return { included: includedByCategory.reduce((sum, c) => sum + c.flows, 0), includedByCategory, excluded };
  }
}

/** Flows left out for `reason`, summed over categories. */
export function excludedCount(coverage: MetricCoverage, reason: FlowExclusion): number {
  return coverage.excluded.reduce((sum, g) => (g.reason === reason ? sum + g.flows : sum), 0);
}
