/**
 * Sizing a gap-filling project to the park: which technology scale, which
 * suppliers and customers, expressed as a change set that `applyScenario`
 * can build.
 */
import type { Technology, TechnologyCatalogue } from '../catalogue/schema.ts';
import { convertQuantity } from '../model/units.ts';
import type { ChangeSet } from '../scenario/changeSet.ts';
import { isCurrent, type AnalysisContext } from './context.ts';
import { materialDemands, materialSurpluses } from './couplingGaps.ts';

export interface ProjectPlan {
  readonly enterpriseId: string;
  readonly scale: number;
  readonly unit: string;
  readonly changeSet: ChangeSet;
  readonly partners: readonly string[];
}

/** Sizes a plant to the park: all the surplus of its reference input (up to one typical plant), or else the demand for its outputs. */
export function planProject(
  context: AnalysisContext,
  catalogue: TechnologyCatalogue,
  technology: Technology,
): ProjectPlan | undefined {
  const catalogueUnit = (id: string) => catalogue.materials.find((m) => m.id === id)?.unit;
  const inModelUnit = (id: string) => context.index.materials.get(id);
  const toCatalogueUnit = (id: string, quantity: number) => {
    const material = inModelUnit(id);
    const unit = catalogueUnit(id);
    return material && unit ? (convertQuantity(quantity, material.unit, unit, material) ?? 0) : 0;
  };
  const surplusOf = (id: string) => (context.index.materials.has(id) ? materialSurpluses(context, id) : []);
  const demandOf = (id: string) => (context.index.materials.has(id) ? materialDemands(context, id) : []);

  const referenceSurplus = surplusOf(technology.reference).reduce(
    (s, a) => s + toCatalogueUnit(technology.reference, a.quantity),
    0,
  );
  const outputScales = technology.outputs.map(
    (o) => demandOf(o.material).reduce((s, a) => s + toCatalogueUnit(o.material, a.quantity), 0) / o.ratio,
  );
  const demandScale = Math.max(0, ...outputScales);
  const wanted = referenceSurplus > 0 ? referenceSurplus : demandScale;
  if (!(wanted > 0)) return undefined;
  const scale = Math.min(wanted, technology.typicalCapacity);

  const enterpriseId = `project-${technology.id}`.slice(0, 120);
  // Name only the partners needed to fill the plant (largest first): a partner whose share would be 0 is no link.
  const supplies = technology.inputs.flatMap((input) =>
    takeUntil(surplusOf(input.material), input.ratio * scale, (a) => toCatalogueUnit(input.material, a.quantity)).map(
      (a) => ({
        from: a.enterprise,
        material: input.material,
      }),
    ),
  );
  const deliveries = technology.outputs.flatMap((output) =>
    takeUntil(
      demandOf(output.material).filter((a) => context.inputs.get(a.enterprise)?.has(output.material)),
      output.ratio * scale,
      (a) => toCatalogueUnit(output.material, a.quantity),
    ).map((a) => ({ to: a.enterprise, material: output.material })),
  );
  const cluster = mostConnectedCluster(context, [...supplies.map((s) => s.from), ...deliveries.map((d) => d.to)]);
  const changeSet: ChangeSet = {
    id: `p-${technology.id}`.slice(0, 96),
    name: technology.name,
    changes: [
      {
        kind: 'build-project',
        technology: technology.id,
        enterprise: { id: enterpriseId, cluster },
        scale,
        supplies,
        deliveries,
      },
    ],
  };
  return {
    enterpriseId,
    scale,
    unit: catalogueUnit(technology.reference) ?? '',
    changeSet,
    partners: [...new Set([...supplies.map((s) => s.from), ...deliveries.map((d) => d.to)])].sort(),
  };
}

/** Current flows to `@disposal` per material, in the material's unit. */
export function disposalByMaterial(context: AnalysisContext): Map<string, number> {
  const totals = new Map<string, number>();
  for (const f of context.flows) {
    if (f.flow.to === '@disposal' && isCurrent(f))
      totals.set(f.material.id, (totals.get(f.material.id) ?? 0) + f.quantity);
  }
  return totals;
}

/** The largest amounts first, as many as it takes to reach `total`. */
function takeUntil<T extends { enterprise: string; quantity: number }>(
  amounts: readonly T[],
  total: number,
  size: (a: T) => number,
): T[] {
  const sorted = [...amounts].sort((a, b) => b.quantity - a.quantity || (a.enterprise < b.enterprise ? -1 : 1));
  const taken: T[] = [];
  let covered = 0;
  for (const a of sorted) {
    if (covered >= total) break;
    taken.push(a);
    covered += size(a);
  }
  return taken;
}

/** The cluster most of the plant's partners belong to (the first cluster when it has none). */
function mostConnectedCluster(context: AnalysisContext, partners: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const p of partners) {
    const cluster = context.index.enterprises.get(p)?.cluster;
    if (cluster) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? context.model.clusters[0]?.id ?? 'projects';
}
