/**
 * The network as sigma draws it, at `scale` times its on-screen resolution:
 * the idea of @sigma/export-image — a second renderer on the same graph, in
 * an off-screen container of the view's size, with the view's camera and
 * settings, its layers composited onto one canvas — with the pixel ratio
 * raised to `scale`. Sigma (v3) sizes every canvas and WebGL viewport by
 * `window.devicePixelRatio` and draws its labels in CSS pixels on a context
 * scaled by it, so at ratio 4 the actors, flows and names are drawn with 4×
 * the pixels (not an upscaled 1× picture), at the positions and sizes of the
 * view. Enlarging the container instead would spread the actors apart
 * and shrink the labels relative to the picture.
 */
import { createRenderer, type Renderer } from './createRenderer.ts';
import type { DisplayContext } from './display.ts';
import { attachFindingLayer, type FindingDrawing } from './findingLayer.ts';
import { attachGhostFlows, type GhostFlows } from './ghostFlows.ts';
import { PROPOSAL_COLOUR } from './palette.ts';

/** What the view draws over sigma's picture: a shown project's flows, a highlighted finding's additions. */
export interface PictureOverlays {
  readonly ghost: GhostFlows | null;
  readonly finding: FindingDrawing | null;
}

export const NO_OVERLAYS: PictureOverlays = { ghost: null, finding: null };

export function drawNetworkAtScale(
  sigma: Renderer,
  context: { readonly current: DisplayContext },
  scale: number,
  overlays: PictureOverlays = NO_OVERLAYS,
): HTMLCanvasElement {
  const { width, height } = sigma.getDimensions();
  const root = document.createElement('div');
  // Off screen but laid out: sigma reads the container's offsetWidth and offsetHeight.
  Object.assign(root.style, {
    position: 'absolute',
    right: '101%',
    bottom: '101%',
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.append(root);
  let copy: Renderer | null = null;
  try {
    // Everything sigma does with the ratio happens in its constructor and a synchronous refresh.
    copy = withPixelRatio(scale, () => {
      const renderer = createRenderer(sigma.getGraph(), root, context, { edgeEvents: false });
      renderer.getCamera().setState(sigma.getCamera().getState());
      renderer.setCustomBBox(sigma.getCustomBBox());
      const { ghost, finding } = overlays;
      if (ghost) attachGhostFlows(renderer, () => ghost, PROPOSAL_COLOUR);
      if (finding) attachFindingLayer(renderer, () => finding);
      renderer.refresh();
      return renderer;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const target = canvas.getContext('2d');
    if (!target) throw new Error('no 2D canvas context');
    // Read in the same task as the render: WebGL layers (no preserveDrawingBuffer) still hold the frame.
    // DOM order is sigma's stacking order (edges, proposal flows, nodes, labels …).
    for (const layer of root.querySelectorAll('canvas'))
      if (layer.width > 0 && layer.height > 0) target.drawImage(layer, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    copy?.kill();
    root.remove();
  }
}

/** Runs `draw` with `window.devicePixelRatio` reading `ratio`, then puts the browser's own property back. */
function withPixelRatio<T>(ratio: number, draw: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else Reflect.deleteProperty(window, 'devicePixelRatio');
  }
}
