/**
 * The network view as files, from its sigma renderer: a PNG of exactly what
 * is on screen (every canvas layer composited in stacking order) and an SVG
 * of the current view or of the whole park (see networkSvg.ts).
 */
import type { Renderer } from './createRenderer.ts';
import type { DisplayContext } from './display.ts';
import type { DisplayGraph } from './displayGraph.ts';
import { fitToFrame, renderNetworkSvg, type NetworkSvgOptions } from './networkSvg.ts';
import { canvasToPng } from '../outputs/rasterise.ts';

export type NetworkScope = 'view' | 'park';

/** Size of the whole-park drawing area, in pixels. */
const PARK_FRAME = { width: 1600, height: 1100 } as const;

export async function networkPng(sigma: Renderer): Promise<Blob> {
  // A synchronous render, then every layer is read in the same task: WebGL canvases
  // (no preserveDrawingBuffer) still hold this frame until the browser composites.
  sigma.refresh();
  const layers = [...sigma.getContainer().querySelectorAll('canvas')];
  const pixelWidth = Math.max(1, ...layers.map((c) => c.width));
  const pixelHeight = Math.max(1, ...layers.map((c) => c.height));
  const canvas = document.createElement('canvas');
  canvas.width = pixelWidth;
  canvas.height = pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, pixelWidth, pixelHeight);
  // DOM order is sigma's stacking order (edges, nodes, labels, hovers, mouse).
  for (const layer of layers)
    if (layer.width > 0 && layer.height > 0) context.drawImage(layer, 0, 0, pixelWidth, pixelHeight);
  return canvasToPng(canvas);
}

export function networkSvg(
  sigma: Renderer,
  graph: DisplayGraph,
  context: DisplayContext,
  scope: NetworkScope,
  frame: Omit<NetworkSvgOptions, 'width' | 'height' | 'toViewport' | 'sizeScale' | 'clip'>,
): string {
  if (scope === 'park') {
    return renderNetworkSvg(graph, context, {
      ...frame,
      ...PARK_FRAME,
      toViewport: fitToFrame(graph, PARK_FRAME.width, PARK_FRAME.height),
      sizeScale: 1,
    });
  }
  const { width, height } = sigma.getDimensions();
  return renderNetworkSvg(graph, context, {
    ...frame,
    width,
    height,
    toViewport: (point) => sigma.graphToViewport(point),
    sizeScale: sigma.scaleSize(1),
    clip: true,
  });
}
