/**
 * The material and process views laid out left to right in layers by ELK,
 * like the chain diagrams (core's layered layout shares its ELK and base
 * options): each node is a box holding its disc and, right of it, its
 * name, so ELK spaces the nodes by their names and no two names can meet.
 * Coordinates are layout units, y growing downwards as on screen; the
 * view scales the whole picture (names included) to fit. ELK is seeded:
 * same graph and language, same picture.
 */
import type { ELK as ElkApi, ElkNode } from 'elkjs/lib/elk-api.js';
import { layeredElk, LAYERED_LEFT_TO_RIGHT } from '../../core/diagram/layeredLayout.ts';
import type { Language } from '../../core/model/types.ts';
import type { Box } from './labelPlacement.ts';
import { LABEL_GAP, labelSize, viewLabel } from './viewLabels.ts';
import type { ViewGraph } from './viewGraphs.ts';

export interface PlacedViewNode {
  /** The disc's centre. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly label: readonly string[];
  /** Where the name goes (its lines): right of the disc, centred on it. */
  readonly labelBox: Box;
}

export interface ViewLayout {
  readonly nodes: ReadonlyMap<string, PlacedViewNode>;
  /** Everything drawn, names included: what "zoom to fit" shows. */
  readonly bounds: Box;
}

/**
 * ELK's options for a view: sigma draws each edge as one straight line, so
 * ELK is asked for polylines with no room kept between edges (orthogonal
 * routing would spread the nodes for lanes that are never drawn); layers
 * and rows sit as close as the names allow.
 */
const VIEW_OPTIONS: Readonly<Record<string, string>> = {
  ...LAYERED_LEFT_TO_RIGHT,
  'elk.edgeRouting': 'POLYLINE',
  // Each layer's nodes stacked as given by crossing minimisation: the other placements straighten
  // edges by spreading layers apart, which doubles the picture's size and halves its names at the fit.
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.spacing.nodeNode': '4',
  'elk.layered.spacing.nodeNodeBetweenLayers': '24',
  'elk.spacing.edgeNode': '0',
  'elk.spacing.edgeEdge': '0',
  'elk.layered.spacing.edgeNodeBetweenLayers': '0',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '0',
  'elk.spacing.componentComponent': '16',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

/**
 * A big park's chains make many more layers than a layer has rows: ELK then
 * cuts the chain of layers where the picture gets wider than the canvas
 * (about square) and stacks the parts, so the whole fits the canvas with
 * readable names. A small view fits unfolded, and reads better so. The
 * ratio asked for is a little under the canvas's: ELK's estimate of the
 * folded picture comes out wider than the result (on the reference park,
 * 0.8 gives the English material view 11.6 px names at the fit, 1 gives 10.5).
 */
const FOLD_MIN_NODES = 40;
const FOLDED: Readonly<Record<string, string>> = {
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.aspectRatio': '0.8',
};

interface NodeBox {
  readonly radius: number;
  readonly label: readonly string[];
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly labelHeight: number;
}

function measure(radius: number, label: readonly string[]): NodeBox {
  const text = labelSize(label);
  return {
    radius,
    label,
    width: 2 * radius + LABEL_GAP + text.width,
    height: Math.max(2 * radius, text.height),
    labelWidth: text.width,
    labelHeight: text.height,
  };
}

/** Lays the view out in the names of `language`; an empty view needs no ELK. */
export async function layoutView(graph: ViewGraph, language: Language, elk?: ElkApi): Promise<ViewLayout> {
  const boxes = new Map(graph.mapNodes((id, n) => [id, measure(n.radius, viewLabel(n.name, language))] as const));
  if (boxes.size === 0) return { nodes: new Map(), bounds: { x: 0, y: 0, width: 0, height: 0 } };
  const graphIn: ElkNode = {
    id: 'root',
    layoutOptions: { ...VIEW_OPTIONS, ...(boxes.size >= FOLD_MIN_NODES ? FOLDED : {}) },
    children: [...boxes].map(([id, box]) => ({ id, width: box.width, height: box.height })),
    edges: graph.mapEdges((id, _a, source, target) => ({ id, sources: [source], targets: [target] })),
  };
  const result = await (elk ?? layeredElk()).layout(graphIn);
  const placed = new Map((result.children ?? []).map((c) => [c.id, c]));
  const nodes = new Map([...boxes].map(([id, box]) => [id, place(box, placed.get(id))] as const));
  return { nodes, bounds: { x: 0, y: 0, width: result.width ?? 0, height: result.height ?? 0 } };
}

function place(box: NodeBox, at: ElkNode | undefined): PlacedViewNode {
  const left = at?.x ?? 0;
  const middle = (at?.y ?? 0) + box.height / 2;
  return {
    x: left + box.radius,
    y: middle,
    radius: box.radius,
    label: box.label,
    labelBox: {
      x: left + 2 * box.radius + LABEL_GAP,
      y: middle - box.labelHeight / 2,
      width: box.labelWidth,
      height: box.labelHeight,
    },
  };
}

/** A view as sigma draws it: a copy of the view at the layout's places (sigma's y grows upwards). */
export interface DrawnView {
  readonly graph: ViewGraph;
  readonly layout: ViewLayout;
  /** The layout's bounds in sigma's coordinates, names included: the frame "zoom to fit" shows. */
  readonly frame: { readonly x: [number, number]; readonly y: [number, number] };
}

export function drawnView(graph: ViewGraph, layout: ViewLayout): DrawnView {
  const drawn = graph.copy();
  drawn.updateEachNodeAttributes((id, attributes) => {
    const at = layout.nodes.get(id);
    return { ...attributes, x: at?.x ?? 0, y: -(at?.y ?? 0), lines: at?.label ?? [] };
  });
  const { x, y, width, height } = layout.bounds;
  return { graph: drawn, layout, frame: { x: [x, x + width], y: [-(y + height), -y] } };
}
