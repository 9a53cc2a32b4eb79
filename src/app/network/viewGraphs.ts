/**
 * The material and process views as graphs sigma can draw: core graphs with
 * positions from the deterministic layouts and colours from the palettes.
 * Names stay localized text; the reducers pick the language.
 */
import { DirectedGraph } from 'graphology';
import { buildMaterialGraph } from '../../core/graph/materialGraph.ts';
import { buildProcessGraph } from '../../core/graph/processGraph.ts';
import type { LocalizedText, MaterialCategory, ParkModel } from '../../core/model/types.ts';
import { CATEGORY_COLOURS, clusterColour } from './palette.ts';
import { layeredLayout, twoColumnLayout } from './viewLayouts.ts';

export interface ViewNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  readonly name: LocalizedText;
  readonly kind: 'material' | 'enterprise';
  /** Set on materials, for the category filter. */
  readonly category?: MaterialCategory;
  /** Set on enterprises, for the cluster filter. */
  readonly cluster?: string;
}

export interface ViewEdgeAttributes {
  size: number;
  color: string;
  type: 'arrow';
  /** Who performs the transformation (material view); empty in the process view. */
  readonly performers: readonly LocalizedText[];
  /** The performers' clusters (material view): the edge is hidden when all of them are. */
  readonly performerClusters: readonly string[];
}

export type ViewGraph = DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>;

const EDGE_COLOUR = '#B0B0B0';

/** Materials as nodes coloured by category; utilities are not inputs of a transformation. */
export function buildMaterialView(model: ParkModel): ViewGraph {
  const core = buildMaterialGraph(model, { ignoreInputCategories: ['energy', 'water', 'service'] });
  const names = new Map(model.enterprises.map((e) => [e.id, e.name]));
  const clusters = new Map(model.enterprises.map((e) => [e.id, e.cluster]));
  const positions = layeredLayout(
    core.nodes(),
    core.mapEdges((_e, _a, source, target) => [source, target] as const),
  );
  const graph: ViewGraph = new DirectedGraph();
  core.forEachNode((id, m) => {
    const at = positions.get(id) ?? { x: 0, y: 0 };
    graph.addNode(id, {
      ...at,
      size: 7,
      color: CATEGORY_COLOURS[m.category],
      name: m.name,
      kind: 'material',
      category: m.category,
    });
  });
  core.forEachEdge((id, edge, source, target) => {
    const performers = edge.enterprises.map((e) => names.get(e) ?? { en: e });
    const performerClusters = edge.enterprises.flatMap((e) => clusters.get(e) ?? []);
    graph.addDirectedEdgeWithKey(id, source, target, {
      size: 1.5,
      color: EDGE_COLOUR,
      type: 'arrow',
      performers,
      performerClusters,
    });
  });
  return graph;
}

/** Enterprises (left, cluster colours) and materials (right, category colours). */
export function buildProcessView(model: ParkModel): ViewGraph {
  const core = buildProcessGraph(model);
  const colours = new Map(model.clusters.map((c, i) => [c.id, clusterColour(c.colour, i)]));
  const enterprises = core.filterNodes((_id, n) => n.kind === 'enterprise');
  const materials = core.filterNodes((_id, n) => n.kind === 'material');
  const positions = twoColumnLayout(enterprises, materials);
  const graph: ViewGraph = new DirectedGraph();
  core.forEachNode((id, n) => {
    const at = positions.get(id) ?? { x: 0, y: 0 };
    const color =
      n.kind === 'material' ? CATEGORY_COLOURS[n.category] : (colours.get(n.cluster) ?? clusterColour(undefined, 0));
    graph.addNode(id, {
      ...at,
      size: n.kind === 'material' ? 5 : 8,
      color,
      name: n.name,
      ...(n.kind === 'material'
        ? { kind: 'material', category: n.category }
        : { kind: 'enterprise', cluster: n.cluster }),
    });
  });
  core.forEachEdge((id, _edge, source, target) => {
    graph.addDirectedEdgeWithKey(id, source, target, {
      size: 1,
      color: EDGE_COLOUR,
      type: 'arrow',
      performers: [],
      performerClusters: [],
    });
  });
  return graph;
}

/** The material and process views of one model, each built the first time it is asked for. */
export function lazyViewGraphs(model: ParkModel): { get(view: 'material' | 'process'): ViewGraph } {
  const built = new Map<'material' | 'process', ViewGraph>();
  return {
    get(view) {
      let graph = built.get(view);
      if (!graph) {
        graph = view === 'material' ? buildMaterialView(model) : buildProcessView(model);
        built.set(view, graph);
      }
      return graph;
    },
  };
}
