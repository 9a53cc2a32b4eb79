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
 */
import type { DisplayEdgeAttributes, DisplayNodeAttributes } from './displayGraph.ts';
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

/** An actor as sigma draws it: `look` over the position and border the graph gives. */
export function drawnNode(
  node: Pick<DisplayNodeAttributes, 'x' | 'y' | 'borderSize' | 'type'>,
  look: NodeLook,
): DrawnNode {
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
export function drawnEdge(edge: Pick<DisplayEdgeAttributes, 'type' | 'curvature'>, look: EdgeLook): DrawnEdge {
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
