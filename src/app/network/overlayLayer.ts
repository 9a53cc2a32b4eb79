/**
 * A 2D canvas layer drawn over sigma's edges (a project's ghost flows, a
 * flow being drawn): sized to the renderer and its pixel ratio before each
 * drawing, and removed again without failing when the view killed sigma
 * (and every layer with it) first.
 */
import type { Renderer } from './createRenderer.ts';

export interface OverlayLayer {
  /** The cleared layer's context in viewport pixels, or null where the browser gives none. */
  begin(): CanvasRenderingContext2D | null;
  remove(): void;
}

export function overlayLayer(sigma: Renderer, name: string): OverlayLayer {
  const canvas = sigma.createCanvas(name, { afterLayer: 'edges' });
  canvas.style.pointerEvents = 'none';
  return {
    begin() {
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
      const context = canvas.getContext('2d');
      if (!context) return null;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      return context;
    },
    remove() {
      if (sigma.getCanvases()[name]) sigma.killLayer(name);
    },
  };
}
