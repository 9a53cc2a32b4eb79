/**
 * The material graph (domain.md §3): materials as nodes, an edge m1 → m2
 * wherever an enterprise (or a catalogue technology) consumes m1 and
 * produces m2, labelled with who performs it. Chains such as ammonia →
 * nitric acid → ammonium nitrate live here.
 */
import { DirectedGraph } from 'graphology';
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import type { EnterpriseStatus, MaterialCategory, ParkModel } from '../model/types.ts';
import type {
  MaterialGraph,
  MaterialNodeAttributes,
  ParkGraphAttributes,
  TransformationEdgeAttributes,
} from './types.ts';

export interface MaterialGraphOptions {
  /** Adds the catalogue's technologies as performers, and its materials the model lacks as nodes. */
  readonly catalogue?: TechnologyCatalogue;
  /** Enterprises with these statuses count as performers. */
  readonly statuses?: readonly EnterpriseStatus[];
  /**
   * Inputs of these categories do not make a transformation edge. Utilities
   * (steam, electricity, water) are consumed by nearly every plant; linking
   * them to every product would bury the chains.
   */
  readonly ignoreInputCategories?: readonly MaterialCategory[];
}

/**
 * The defaults of `buildMaterialGraph`, for the options the caller leaves out.
 * @public
 */
export const DEFAULT_MATERIAL_GRAPH_OPTIONS = {
  statuses: ['operating', 'planned', 'candidate', 'closed'],
  ignoreInputCategories: [],
} as const satisfies MaterialGraphOptions;

function transformationKey(from: string, to: string): string {
  return `${from}->${to}`;
}

export function buildMaterialGraph(model: ParkModel, options: MaterialGraphOptions = {}): MaterialGraph {
  const statuses = new Set(options.statuses ?? DEFAULT_MATERIAL_GRAPH_OPTIONS.statuses);
  const ignored = new Set(options.ignoreInputCategories ?? DEFAULT_MATERIAL_GRAPH_OPTIONS.ignoreInputCategories);
  const graph = new DirectedGraph<MaterialNodeAttributes, TransformationEdgeAttributes, ParkGraphAttributes>();
  graph.replaceAttributes({ park: model.park.id });

  for (const m of model.materials) {
    graph.addNode(m.id, { name: m.name, category: m.category, unit: m.unit, origin: 'model' });
  }
  for (const m of options.catalogue?.materials ?? []) {
    if (!graph.hasNode(m.id))
      graph.addNode(m.id, { name: m.name, category: m.category, unit: m.unit, origin: 'catalogue' });
  }

  const link = (from: string, to: string, performer: { enterprise?: string; technology?: string }) => {
    if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return;
    if (ignored.has(graph.getNodeAttribute(from, 'category'))) return;
    const key = transformationKey(from, to);
    const current = graph.hasEdge(key) ? graph.getEdgeAttributes(key) : { enterprises: [], technologies: [] };
    const next: TransformationEdgeAttributes = {
      enterprises: addOnce(current.enterprises, performer.enterprise),
      technologies: addOnce(current.technologies, performer.technology),
    };
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, next);
    else graph.addDirectedEdgeWithKey(key, from, to, next);
  };

  for (const enterprise of model.enterprises) {
    if (!statuses.has(enterprise.status)) continue;
    for (const input of enterprise.inputs) {
      for (const output of enterprise.outputs) link(input.material, output.material, { enterprise: enterprise.id });
    }
  }
  for (const technology of options.catalogue?.technologies ?? []) {
    for (const input of technology.inputs) {
      for (const output of technology.outputs) link(input.material, output.material, { technology: technology.id });
    }
  }
  return graph;
}

function addOnce(list: readonly string[], item: string | undefined): readonly string[] {
  return item === undefined || list.includes(item) ? list : [...list, item];
}
