/**
 * Drawing a flow on the network: in draw mode (or with Shift held) pressing
 * an actor and dragging shows a dashed line from it to the pointer, on a 2D
 * canvas layer like the proposal arrows; releasing over another actor calls
 * `onDrawn(from, to)`, releasing elsewhere or Esc cancels. Outside draw mode
 * and without Shift the press is left to node dragging (see `claims`).
 */
import { useEffect, type RefObject } from 'react';
import type { SigmaNodeEventPayload, SigmaStageEventPayload } from 'sigma/types';
import type { Renderer } from './createRenderer.ts';
import { overlayLayer } from './overlayLayer.ts';

const LAYER = 'drawn-flow';
const COLOUR = '#0072b2';

/** Whether a press on an actor starts a drawing (and so is not a node drag). */
export function claims(drawMode: boolean, event: { readonly original: MouseEvent | TouchEvent }): boolean {
  return drawMode || event.original.shiftKey;
}

export function useFlowDrawing(
  renderer: RefObject<Renderer | null>,
  graphKey: unknown,
  drawMode: () => boolean,
  onDrawn: (from: string, to: string) => void,
): void {
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    const layer = overlayLayer(sigma, LAYER);
    let from: string | null = null;
    let pointer: { x: number; y: number } | null = null;

    const draw = () => {
      const context = layer.begin();
      if (!context) return;
      const graph = sigma.getGraph();
      if (from === null || pointer === null || !graph.hasNode(from)) return;
      const start = sigma.graphToViewport(graph.getNodeAttributes(from));
      context.strokeStyle = COLOUR;
      context.lineWidth = 2;
      context.setLineDash([7, 5]);
      context.beginPath();
      context.moveTo(start.x, start.y);
      context.lineTo(pointer.x, pointer.y);
      context.stroke();
      context.setLineDash([]);
    };
    const end = () => {
      if (from === null) return;
      from = null;
      pointer = null;
      sigma.setSetting('enableCameraPanning', true);
      draw();
    };
    const down = ({ node, event }: SigmaNodeEventPayload) => {
      if (!claims(drawMode(), event)) return;
      from = node;
      pointer = { x: event.x, y: event.y };
      sigma.setSetting('enableCameraPanning', false);
      draw();
    };
    const move = ({ event, preventSigmaDefault }: SigmaStageEventPayload) => {
      if (from === null) return;
      pointer = { x: event.x, y: event.y };
      preventSigmaDefault();
      event.original.preventDefault();
      draw();
    };
    const upNode = ({ node }: SigmaNodeEventPayload) => {
      const source = from;
      end();
      if (source !== null && node !== source) onDrawn(source, node);
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && from !== null) {
        event.preventDefault();
        end();
      }
    };
    sigma.on('downNode', down);
    sigma.on('moveBody', move);
    sigma.on('upNode', upNode);
    sigma.on('upStage', end);
    sigma.on('afterRender', draw);
    window.addEventListener('keydown', key);
    return () => {
      sigma.off('downNode', down);
      sigma.off('moveBody', move);
      sigma.off('upNode', upNode);
      sigma.off('upStage', end);
      sigma.off('afterRender', draw);
      window.removeEventListener('keydown', key);
      layer.remove();
    };
  }, [renderer, graphKey, drawMode, onDrawn]);
}
