/**
 * What a highlighted finding adds to the network that the model does not
 * hold. A broken link's missing stage: a dashed red ring between the
 * enterprises putting out the stage before the gap and those taking in the
 * stage after it, named, with dashed arrows in and out — the placeholder
 * the chain diagram draws, so the picture and the diagram agree. A proposed
 * exchange (a surplus another enterprise buys in): a dashed arrow from
 * supplier to taker. Drawn on a canvas layer after every render: neither is
 * an actor or a flow of the model, so neither belongs in the display graph.
 */
import { DIAGRAM_COLOURS } from '../../core/diagram/palette.ts';
import { frameOf } from './camera.ts';
import type { Renderer } from './createRenderer.ts';
import { dashedArrowTo, type ViewportPoint } from './dashedArrow.ts';
import type { Point } from './layout.ts';
import { overlayLayer } from './overlayLayer.ts';

const LAYER = 'finding-overlay';
const RADIUS = 16;
const LABEL_SIZE = 13;

export interface MissingStageDrawing {
  readonly upstream: readonly string[];
  readonly downstream: readonly string[];
  /** Where it goes when nobody in the park is on either side: beside these actors (the finding's others). */
  readonly near: readonly string[];
  /** "缺失环节:阳极铜 → 阴极铜" in the UI's language. */
  readonly label: string;
}

export interface FindingDrawing {
  readonly missingStage: MissingStageDrawing | null;
  readonly proposedLinks: readonly { readonly from: string; readonly to: string }[];
}

/**
 * Where the placeholder goes, in graph coordinates: halfway between the
 * centre of the upstream enterprises and that of the downstream ones; beside
 * the one side that exists when the other has nobody in the park.
 */
export function placeholderPoint(
  upstream: readonly Point[],
  downstream: readonly Point[],
  offset: number,
): Point | null {
  const centre = (points: readonly Point[]) =>
    points.length === 0
      ? null
      : {
          x: points.reduce((s, p) => s + p.x, 0) / points.length,
          y: points.reduce((s, p) => s + p.y, 0) / points.length,
        };
  const before = centre(upstream);
  const after = centre(downstream);
  if (before && after) return { x: (before.x + after.x) / 2, y: (before.y + after.y) / 2 };
  if (before) return { x: before.x + offset, y: before.y };
  if (after) return { x: after.x - offset, y: after.y };
  return null;
}

/** Adds the layer and redraws it after each render; returns the function that removes both. */
export function attachFindingLayer(sigma: Renderer, drawing: () => FindingDrawing | null): () => void {
  const layer = overlayLayer(sigma, LAYER);
  const draw = () => {
    const context = layer.begin();
    const shown = drawing();
    if (!context || !shown) return;
    const graph = sigma.getGraph();
    const point = (id: string) => graph.getNodeAttributes(id) as Point;
    const radius = (id: string) => sigma.scaleSize(graph.getNodeAttribute(id, 'size'));
    context.strokeStyle = DIAGRAM_COLOURS.proposal;
    context.fillStyle = DIAGRAM_COLOURS.proposal;
    context.lineWidth = 2;
    for (const link of shown.proposedLinks) {
      if (!graph.hasNode(link.from) || !graph.hasNode(link.to)) continue;
      dashedArrowTo(
        context,
        sigma.graphToViewport(point(link.from)),
        sigma.graphToViewport(point(link.to)),
        radius(link.to),
      );
    }
    const stage = shown.missingStage;
    if (!stage) return;
    const drawn = (ids: readonly string[]) => ids.filter((id) => graph.hasNode(id));
    const up = drawn(stage.upstream);
    const down = drawn(stage.downstream);
    // The offset beside a lone side is a share of the park's width: read from every actor, so only when needed.
    const frame = up.length > 0 && down.length > 0 ? null : frameOf(graph);
    const offset = frame ? (frame.x[1] - frame.x[0]) * 0.08 : 0;
    const at =
      placeholderPoint(up.map(point), down.map(point), offset) ??
      placeholderPoint(drawn(stage.near).map(point), [], offset);
    if (!at) return;
    const centre = sigma.graphToViewport(at);
    context.strokeStyle = DIAGRAM_COLOURS.missing;
    context.fillStyle = DIAGRAM_COLOURS.missing;
    context.lineWidth = 1.8;
    for (const id of up) dashedArrowTo(context, sigma.graphToViewport(point(id)), centre, RADIUS);
    for (const id of down) dashedArrowTo(context, centre, sigma.graphToViewport(point(id)), radius(id));
    ring(context, centre);
    label(context, centre, stage.label);
  };
  sigma.on('afterRender', draw);
  sigma.scheduleRender();
  return () => {
    sigma.off('afterRender', draw);
    layer.remove();
  };
}

function ring(context: CanvasRenderingContext2D, centre: ViewportPoint): void {
  context.beginPath();
  context.arc(centre.x, centre.y, RADIUS, 0, Math.PI * 2);
  context.fillStyle = DIAGRAM_COLOURS.missingFill;
  context.fill();
  context.setLineDash([6, 4]);
  context.lineWidth = 2;
  context.strokeStyle = DIAGRAM_COLOURS.missing;
  context.stroke();
  context.setLineDash([]);
  context.fillStyle = DIAGRAM_COLOURS.missing;
  context.font = `bold ${LABEL_SIZE + 3}px sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText('?', centre.x, centre.y + 1);
}

function label(context: CanvasRenderingContext2D, centre: ViewportPoint, text: string): void {
  context.font = `bold ${LABEL_SIZE}px sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  const y = centre.y + RADIUS + 4;
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255, 255, 255, 0.95)';
  context.strokeText(text, centre.x, y);
  context.fillStyle = DIAGRAM_COLOURS.missing;
  context.fillText(text, centre.x, y);
  context.textAlign = 'start';
  context.textBaseline = 'alphabetic';
}
