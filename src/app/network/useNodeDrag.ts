/**
 * Dragging actors with the mouse: the camera holds still while a node is
 * held, the node follows the pointer in graph coordinates, and `onDrop`
 * runs once when it is released (to save the positions). A press that
 * `claimed` says belongs to another gesture (drawing a flow) is left alone.
 */
import { useEffect, type RefObject } from 'react';
import type { MouseCoords, SigmaNodeEventPayload, SigmaStageEventPayload } from 'sigma/types';
import type { Renderer } from './createRenderer.ts';
import { frameOf } from './camera.ts';

export function useNodeDrag(
  renderer: RefObject<Renderer | null>,
  graphKey: unknown,
  onDrop: () => void,
  claimed: (event: MouseCoords) => boolean = () => false,
): void {
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    const graph = sigma.getGraph();
    let dragged: string | null = null;
    let moved = false;
    const release = () => {
      if (dragged === null) return;
      dragged = null;
      sigma.setSetting('enableCameraPanning', true);
      if (moved) onDrop();
      moved = false;
    };
    const down = ({ node, event }: SigmaNodeEventPayload) => {
      if (claimed(event)) return;
      dragged = node;
      moved = false;
      sigma.setSetting('enableCameraPanning', false);
      // Keep the frame fixed: otherwise sigma re-fits the view to the moving node's new extent.
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(frameOf(graph));
    };
    const move = ({ event, preventSigmaDefault }: SigmaStageEventPayload) => {
      if (dragged === null) return;
      const point = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: point.x, y: point.y });
      moved = true;
      preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    };
    sigma.on('downNode', down);
    sigma.on('moveBody', move);
    sigma.on('upNode', release);
    sigma.on('upStage', release);
    return () => {
      sigma.off('downNode', down);
      sigma.off('moveBody', move);
      sigma.off('upNode', release);
      sigma.off('upStage', release);
    };
  }, [renderer, graphKey, onDrop, claimed]);
}
