/**
 * The material and process views as graphs sigma can draw: core graphs with
 * colours from the palettes. Names stay localized text; the reducers pick
 * the language. Positions depend on the language (names are measured) and
 * come from the asynchronous layout (viewLayouts.ts): here every node is at 0, 0.
 */
import { DirectedGraph } from 'graphology';
import { buildMaterialGraph } from '../../core/graph/materialGraph.ts';
import { buildProcessGraph } from '../../core/graph/processGraph.ts';
import type { LocalizedText, MaterialCategory, ParkModel } from '../../core/model/types.ts';
import { CATEGORY_COLOURS, clusterColour } from './palette.ts';

export interface ViewNodeAttributes {
  x: number;
  y: number;
  size: number;
  /** The disc's radius in layout units: sigma's `size` while the view draws sizes in layout units. */
  readonly radius: number;
  color: string;
  readonly name: LocalizedText;
  readonly kind: 'material' | 'enterprise';
  /** Set on materials, for the category filter. */
  readonly category?: MaterialCategory;
  /** Set on enterprises, for the cluster filter. */
  readonly cluster?: string;
  /** The name as printed, in lines: set on the laid-out copy the view draws (viewLayouts.ts `drawnView`). */
  readonly lines?: readonly string[];
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
/** Disc radii in layout units (a name is 15 units tall). */
const MATERIAL_RADIUS = 4;
const ENTERPRISE_RADIUS = 5.5;
/** Edge thickness in layout units. */
const EDGE_SIZE = 1;

/** Materials as nodes coloured by category; utilities are not inputs of a transformation. */
export function buildMaterialView(model: ParkModel): ViewGraph {
  const core = buildMaterialGraph(model, { ignoreInputCategories: ['energy', 'water', 'service'] });
  const names = new Map(model.enterprises.map((e) => [e.id, e.name]));
  const clusters = new Map(model.enterprises.map((e) => [e.id, e.cluster]));
  const graph: ViewGraph = new DirectedGraph();
  core.forEachNode((id, m) => {
    graph.addNode(id, {
      x: 0,
      y: 0,
      size: MATERIAL_RADIUS,
      radius: MATERIAL_RADIUS,
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
      size: EDGE_SIZE,
      color: EDGE_COLOUR,
      type: 'arrow',
      performers,
      performerClusters,
    });
  });
  return graph;
}

/**
 * Enterprises (cluster colours, bigger discs) and materials (category colours):
 * enterprise → material for what it makes, material → enterprise for what it uses,
 * so laid out in layers a material sits right of its suppliers and left of its users.
 */
export function buildProcessView(model: ParkModel): ViewGraph {
  const core = buildProcessGraph(model);
  const colours = new Map(model.clusters.map((c, i) => [c.id, clusterColour(c.colour, i)]));
  const graph: ViewGraph = new DirectedGraph();
  core.forEachNode((id, n) => {
    const color =
      n.kind === 'material' ? CATEGORY_COLOURS[n.category] : (colours.get(n.cluster) ?? clusterColour(undefined, 0));
    const radius = n.kind === 'material' ? MATERIAL_RADIUS : ENTERPRISE_RADIUS;
    graph.addNode(id, {
      x: 0,
      y: 0,
      size: radius,
      radius,
      color,
      name: n.name,
      ...(n.kind === 'material'
        ? { kind: 'material', category: n.category }
        : { kind: 'enterprise', cluster: n.cluster }),
    });
  });
  core.forEachEdge((id, _edge, source, target) => {
    graph.addDirectedEdgeWithKey(id, source, target, {
      size: EDGE_SIZE,
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
