/**
 * What sigma keeps of each item between frames: the look the reducers work
 * out (display.ts) and the few attributes its programs and label drawers
 * read, in one object literal of a fixed shape.
 *
 * Sigma hands a reducer a shallow copy of the item's attributes and keeps
 * whatever it returns; writing the look into that copy kept every attribute
 * (the actor, the flow, its tonnes, the parallel indexes) a second time and
 * grew each copy property by property past its in-object room. At 100 000
 * flows that was an out-of-object property array and a boxed number or two
 * per flow, and thousands of copies with a hidden class of their own, all
 * marked again by every garbage collection. A fresh literal of these fields
 * has them in the object itself; the copy dies young.
 *
 * And one object per item for the renderer's life (`keptDrawings`): a
 * repaint fills the object sigma already keeps for the item instead of
 * handing it a new one. Sigma keeps its objects until the next repaint of
 * the item, long enough to be moved to V8's old generation; replacing all
 * of them (a new widest flow rescales every line, a filter hides a cluster)
 * left 100 000 dead objects there each time, and the old generation filling
 * up is what sets off a full collection of the whole heap.
 */
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from './displayGraph.ts';
import type { EdgeLook, NodeLook } from './display.ts';

export interface DrawnNode extends NodeLook {
  x: number;
  y: number;
  borderSize: number;
  type: DisplayNodeAttributes['type'];
}

export interface DrawnEdge {
  size: number;
  color: string;
  type: DisplayEdgeAttributes['type'];
  curvature: number;
  scaledQuantity: number | null;
  hidden: boolean;
  zIndex: number;
  label: string | null;
  forceLabel: boolean;
}

type NodeBase = Pick<DisplayNodeAttributes, 'x' | 'y' | 'borderSize' | 'type'>;
type EdgeBase = Pick<DisplayEdgeAttributes, 'type' | 'curvature'>;

/** An actor as sigma draws it: `look` over the position and border the graph gives. */
export function drawnNode(node: NodeBase, look: NodeLook): DrawnNode {
  return {
    x: node.x,
    y: node.y,
    size: look.size,
    color: look.color,
    borderColor: look.borderColor,
    borderSize: node.borderSize,
    type: node.type,
    label: look.label,
    hidden: look.hidden,
    highlighted: look.highlighted,
    forceLabel: look.forceLabel,
    zIndex: look.zIndex,
  };
}

/** A flow's line as sigma draws it: `look` over the line's own type and curvature, which a bundle may replace. */
export function drawnEdge(edge: EdgeBase, look: EdgeLook): DrawnEdge {
  return {
    size: look.size,
    color: look.color,
    type: look.type ?? edge.type,
    curvature: look.curvature ?? edge.curvature,
    scaledQuantity: look.scaledQuantity,
    hidden: look.hidden,
    zIndex: look.zIndex,
    label: look.label ?? null,
    forceLabel: look.forceLabel ?? false,
  };
}

export interface KeptDrawings {
  /** What sigma draws of the actor `key` of `graph`: the object given for it before, filled anew, else a new one. */
  node(graph: DisplayGraph, key: string, node: NodeBase, look: NodeLook): DrawnNode;
  edge(graph: DisplayGraph, key: string, edge: EdgeBase, look: EdgeLook): DrawnEdge;
}

/**
 * One renderer's drawn objects by item. They belong to the graph the renderer shows: another graph swapped in
 * starts afresh (sigma processes all of it anew), and an item dropped from the graph is forgotten with it.
 * One store per renderer, never shared: each renderer keeps its own looks (an export draws its own).
 */
export function keptDrawings(): KeptDrawings {
  const nodes = new Map<string, DrawnNode>();
  const edges = new Map<string, DrawnEdge>();
  let shown: DisplayGraph | null = null;
  const forgetNode = ({ key }: { key: string }) => nodes.delete(key);
  const forgetEdge = ({ key }: { key: string }) => edges.delete(key);
  const forgetAll = () => {
    nodes.clear();
    edges.clear();
  };
  const forgetEdges = () => edges.clear();
  const listen = (graph: DisplayGraph, method: 'on' | 'off') => {
    graph[method]('nodeDropped', forgetNode);
    graph[method]('edgeDropped', forgetEdge);
    graph[method]('cleared', forgetAll);
    graph[method]('edgesCleared', forgetEdges);
  };
  const follow = (graph: DisplayGraph) => {
    if (graph === shown) return;
    if (shown) listen(shown, 'off');
    forgetAll();
    shown = graph;
    listen(graph, 'on');
  };
  return {
    node(graph, key, node, look) {
      follow(graph);
      return keptOrMade(nodes, key, () => drawnNode(node, look));
    },
    edge(graph, key, edge, look) {
      follow(graph);
      return keptOrMade(edges, key, () => drawnEdge(edge, look));
    },
  };
}

/**
 * The object kept for `key` with the fields of a fresh one written into it (the same fields, so its shape stays;
 * the fresh one dies young), else the fresh one, kept. Sigma rewrites some of what it keeps (an actor's position
 * into its own frame, its defaults): every field is written again.
 */
function keptOrMade<T extends object>(kept: Map<string, T>, key: string, fresh: () => T): T {
  const made = fresh();
  const found = kept.get(key);
  if (found) return Object.assign(found, made);
  kept.set(key, made);
  return made;
}
