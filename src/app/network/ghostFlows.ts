/**
 * Dashed arrows for a proposed project's flows, drawn on a 2D canvas layer
 * sigma keeps between its edges and its nodes, and a cross on each park flow
 * the project retires (its planned flow replaces it whole). Sigma's WebGL
 * edge programs have no dash pattern, and a proposal has only a handful of
 * flows, so stroking them on a canvas after every render is cheap and exact.
 *
 * Sigma picks only the edges it draws, so the pointer over a dashed flow
 * would find the park flow underneath: `plannedFlowAt` hit-tests the dashed
 * segments themselves, with the same geometry they are drawn with.
 */
import type { Flow } from '../../core/model/types.ts';
import type { Renderer } from './createRenderer.ts';
import { overlayLayer } from './overlayLayer.ts';
import { dashedArrow, segmentBetween, type ArrowSegment, type ViewportPoint } from './dashedArrow.ts';

const LAYER = 'proposal-flows';
/** How close (px) the pointer must be to a dashed flow to be over it: a little wider than the 2 px stroke. */
const HIT_TOLERANCE = 6;
const CROSS = 5;
/** Segments this close (px) to each other under the pointer are drawn on top of each other. */
const COINCIDENT = 0.5;

type Point = ViewportPoint;
/** A planned flow as drawn: its id and its dashed segment. */
export type PlannedSegment = ArrowSegment;

/** What the layer draws: the plant's planned flows and the park flows they retire. */
export interface GhostFlows {
  readonly flows: readonly Flow[];
  readonly retired: readonly string[];
}

/** Adds the layer and redraws it after each sigma render; returns the function that removes both. */
export function attachGhostFlows(sigma: Renderer, ghost: () => GhostFlows | null, colour: string): () => void {
  const layer = overlayLayer(sigma, LAYER);
  const draw = () => {
    const context = layer.begin();
    const shown = ghost();
    if (!context || !shown) return;
    context.strokeStyle = colour;
    context.fillStyle = colour;
    context.lineWidth = 2;
    for (const segment of plannedSegments(sigma, shown.flows)) dashedArrow(context, segment);
    for (const point of retiredMarks(sigma, shown.retired)) cross(context, point);
  };
  sigma.on('afterRender', draw);
  sigma.scheduleRender();
  return () => {
    sigma.off('afterRender', draw);
    layer.remove();
  };
}

/** The planned flows as drawn, in viewport pixels; a flow with an end not drawn (a hidden boundary actor) is left out. */
export function plannedSegments(sigma: Renderer, flows: readonly Flow[]): PlannedSegment[] {
  const graph = sigma.getGraph();
  const drawn = (id: string) => graph.hasNode(id) && sigma.getNodeDisplayData(id)?.hidden !== true;
  return flows.flatMap((flow) => {
    if (!drawn(flow.from) || !drawn(flow.to)) return [];
    const from = sigma.graphToViewport(graph.getNodeAttributes(flow.from));
    const to = sigma.graphToViewport(graph.getNodeAttributes(flow.to));
    const radius = (id: string) => sigma.scaleSize(graph.getNodeAttribute(id, 'size'));
    const segment = segmentBetween(flow.id, from, to, radius(flow.to), radius(flow.from));
    return segment ? [segment] : [];
  });
}

/**
 * The planned flows under the pointer: the nearest within the tolerance, with
 * any drawn on top of it (a plant buying several materials from outside has
 * one dashed line to the supply for them all); none when nothing is that near.
 */
export function plannedFlowsAt(segments: readonly PlannedSegment[], point: Point, tolerance = HIT_TOLERANCE): string[] {
  const near = segments
    .map((s) => ({ id: s.id, distance: distanceToSegment(point, s.from, s.tip) }))
    .filter((s) => s.distance <= tolerance);
  const best = Math.min(...near.map((s) => s.distance));
  return near.filter((s) => s.distance - best < COINCIDENT).map((s) => s.id);
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const squared = dx * dx + dy * dy;
  const t = squared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / squared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The middle of a flow as sigma draws it: the chord's middle for a straight
 * arrow; for a curved one (@sigma/edge-curve, a quadratic Bézier whose control
 * point sits `curvature` × length off the chord's middle, to the left of the
 * direction of travel on screen) half that offset.
 */
export function flowMiddle(from: Point, to: Point, curvature: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  return { x: (from.x + to.x) / 2 + (dy * curvature) / 2, y: (from.y + to.y) / 2 - (dx * curvature) / 2 };
}

function retiredMarks(sigma: Renderer, retired: readonly string[]): Point[] {
  const graph = sigma.getGraph();
  const shown = (edge: string) => sigma.getEdgeDisplayData(edge)?.hidden === false;
  return retired.flatMap((edge) => {
    if (!graph.hasEdge(edge)) return [];
    const [source, target] = graph.extremities(edge);
    // Bundled with other flows of its pair (bundles.ts): the mark goes on the line that carries it.
    const line = shown(edge) ? edge : graph.edges(source, target).find(shown);
    const data = line === undefined ? undefined : sigma.getEdgeDisplayData(line);
    if (!data) return [];
    const from = sigma.graphToViewport(graph.getNodeAttributes(source));
    const to = sigma.graphToViewport(graph.getNodeAttributes(target));
    const curvature = (data as { curvature?: number }).curvature ?? 0;
    return [flowMiddle(from, to, data.type === 'curved' ? curvature : 0)];
  });
}

/** A retired flow: an × on it, in the proposal's colour (a white halo keeps it legible over the flow). */
function cross(context: CanvasRenderingContext2D, at: Point): void {
  const stroke = (width: number, colour: string | CanvasGradient | CanvasPattern) => {
    context.lineWidth = width;
    context.strokeStyle = colour;
    context.beginPath();
    context.moveTo(at.x - CROSS, at.y - CROSS);
    context.lineTo(at.x + CROSS, at.y + CROSS);
    context.moveTo(at.x + CROSS, at.y - CROSS);
    context.lineTo(at.x - CROSS, at.y + CROSS);
    context.stroke();
  };
  const colour = context.strokeStyle;
  stroke(5, '#FFFFFF');
  stroke(2, colour);
}
