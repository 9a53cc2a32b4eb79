/**
 * A ranked project drawn over the network "as if built": the new plant as a
 * ghost enterprise and its flows dashed. The plant and flows are what
 * core's scenario produces from the candidate's change set — nothing is
 * re-derived here — and the ghost is added to, and later removed from, the
 * display graph without touching anything else in it.
 */
import { SCOPE_STATUSES } from '../../core/analysis/context.ts';
import { buildFlowMatrix } from '../../core/analysis/network/flowMatrix.ts';
import { throughflowOf } from '../../core/analysis/network/flowMetrics.ts';
import type { ProjectEconomics } from '../../core/analysis/projectEconomics.ts';
import type { ProjectCandidate } from '../../core/analysis/projects.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { Enterprise, Flow, LocalizedText, ParkModel } from '../../core/model/types.ts';
import { applyScenario } from '../../core/scenario/applyScenario.ts';
import type { DisplayGraph } from './displayGraph.ts';
import { PROPOSAL_COLOUR } from './palette.ts';

export interface ProjectOverlay {
  readonly technology: string;
  /** The catalogue technology's name. */
  readonly technologyName: LocalizedText;
  readonly enterprise: Enterprise;
  /** The new plant's flows; ends are existing actors or the plant itself. */
  readonly flows: readonly Flow[];
  /** Existing actors the plant would exchange with. */
  readonly partners: readonly string[];
  /** Park flows the plant's flows replace whole: they stop counting once it is built (core's `flowChange`). */
  readonly retired: readonly string[];
  /**
   * The plant's throughflow T_i in t/a: core's flow-matrix figure (inflows and imports) on the park with the
   * project built, as the analysis gives it for every enterprise.
   */
  readonly throughflow: number;
  readonly economics?: ProjectEconomics;
  /** The park with the project built: what names the catalogue materials its flows bring in. */
  readonly scenario: ParkModel;
}

/** Null when the candidate's scenario no longer applies to this model (it was ranked on another version). */
export function projectOverlay(
  model: ParkModel,
  catalogue: TechnologyCatalogue,
  candidate: ProjectCandidate,
): ProjectOverlay | null {
  const result = applyScenario(model, candidate.changeSet, catalogue, { validation: 'changes' });
  if (!result.ok) return null;
  const added = result.applied.flatMap((a) => a.added);
  const enterpriseId = added.find((r) => r.type === 'enterprise')?.id;
  const enterprise = result.model.enterprises.find((e) => e.id === enterpriseId);
  if (!enterprise) return null;
  const flowIds = new Set(added.filter((r) => r.type === 'flow').map((r) => r.id));
  // The plant's own flows; the parts of boundary flows split off for it to replace are not its flows.
  const flows = result.model.flows.filter(
    (f) => flowIds.has(f.id) && (f.from === enterprise.id || f.to === enterprise.id),
  );
  const partners = [...new Set(flows.flatMap((f) => [f.from, f.to]).filter((id) => id !== enterprise.id))];
  return {
    technology: candidate.technology,
    technologyName: candidate.name,
    enterprise,
    flows,
    partners,
    retired: candidate.flowChange.retired,
    throughflow: plannedThroughflow(result.model, enterprise.id),
    ...(candidate.economics ? { economics: candidate.economics } : {}),
    scenario: result.model,
  };
}

/** T_i of a planned enterprise: the flow matrix of the `with-planned` scope, where the plant and its flows count. */
function plannedThroughflow(scenario: ParkModel, id: string): number {
  const statuses = SCOPE_STATUSES['with-planned'];
  const matrix = buildFlowMatrix(scenario, { enterpriseStatuses: statuses.enterprises, flowStatuses: statuses.flows });
  const i = matrix.actors.indexOf(id);
  return i < 0 ? 0 : (throughflowOf(matrix)[i] ?? 0);
}

/**
 * Adds the ghost plant beside its partners (their centroid, nudged so it
 * does not sit on top of one). Returns the node id to remove it with.
 */
export function addGhost(graph: DisplayGraph, overlay: ProjectOverlay): string {
  const id = overlay.enterprise.id;
  const points = overlay.partners.filter((p) => graph.hasNode(p)).map((p) => graph.getNodeAttributes(p));
  const x = points.length ? points.reduce((s, p) => s + p.x, 0) / points.length : 0;
  const y = points.length ? points.reduce((s, p) => s + p.y, 0) / points.length : 0;
  const size = Math.max(6, ...points.map((p) => p.size * 0.8));
  if (graph.hasNode(id)) graph.dropNode(id);
  graph.addNode(id, {
    x: x + size,
    y: y + size,
    size,
    color: '#FFFFFF',
    borderColor: PROPOSAL_COLOUR,
    borderSize: 0.35,
    type: 'bordered',
    throughflow: overlay.throughflow,
    ghost: true,
    actor: {
      kind: 'enterprise',
      name: overlay.enterprise.name,
      cluster: overlay.enterprise.cluster,
      role: overlay.enterprise.role,
      status: 'candidate',
    },
  });
  return id;
}

export function removeGhost(graph: DisplayGraph, id: string): void {
  if (graph.hasNode(id) && graph.getNodeAttribute(id, 'ghost')) graph.dropNode(id);
}

/** What the highlight shows while a project is displayed: the ghost and its partners. */
export function overlayNodes(overlay: ProjectOverlay): string[] {
  return [overlay.enterprise.id, ...overlay.partners];
}
