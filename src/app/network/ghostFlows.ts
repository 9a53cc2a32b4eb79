/**
 * Dashed arrows for a proposed project's flows, drawn on a 2D canvas layer
 * sigma keeps between its edges and its nodes. Sigma's WebGL edge programs
 * have no dash pattern, and a proposal has only a handful of flows, so
 * stroking them on a canvas after every render is cheap and exact.
 */
import type { Flow } from '../../core/model/types.ts';
import type { Renderer } from './createRenderer.ts';
import { overlayLayer } from './overlayLayer.ts';

const LAYER = 'proposal-flows';

/** Adds the layer and redraws it after each sigma render; returns the function that removes both. */
export function attachGhostFlows(sigma: Renderer, flows: () => readonly Flow[], colour: string): () => void {
  const layer = overlayLayer(sigma, LAYER);
  const draw = () => {
    const context = layer.begin();
    if (!context) return;
    const graph = sigma.getGraph();
    context.strokeStyle = colour;
    context.fillStyle = colour;
    context.lineWidth = 2;
    for (const flow of flows()) {
      if (!graph.hasNode(flow.from) || !graph.hasNode(flow.to)) continue;
      const from = sigma.graphToViewport(graph.getNodeAttributes(flow.from));
      const to = sigma.graphToViewport(graph.getNodeAttributes(flow.to));
      dashedArrow(context, from, to, sigma.scaleSize(graph.getNodeAttribute(flow.to, 'size')));
    }
  };
  sigma.on('afterRender', draw);
  sigma.scheduleRender();
  return () => {
    sigma.off('afterRender', draw);
    layer.remove();
  };
}

function dashedArrow(
  context: CanvasRenderingContext2D,
  from: { x: number; y: number },
  to: { x: number; y: number },
  targetRadius: number,
): void {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1) return;
  const ux = dx / length;
  const uy = dy / length;
  // Stop at the target's rim so the head stays visible.
  const tip = { x: to.x - ux * targetRadius, y: to.y - uy * targetRadius };
  context.setLineDash([7, 5]);
  context.beginPath();
  context.moveTo(from.x, from.y);
  context.lineTo(tip.x, tip.y);
  context.stroke();
  context.setLineDash([]);
  const head = 9;
  context.beginPath();
  context.moveTo(tip.x, tip.y);
  context.lineTo(tip.x - ux * head - uy * head * 0.5, tip.y - uy * head + ux * head * 0.5);
  context.lineTo(tip.x - ux * head + uy * head * 0.5, tip.y - uy * head - ux * head * 0.5);
  context.closePath();
  context.fill();
}
