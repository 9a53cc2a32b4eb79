/**
 * The network view as files, from its sigma renderer: a PNG of what is on
 * screen at 1×, 2× or 4×, framed like the SVG (title, legend, date, source),
 * and an SVG of the current view or of the whole park (see networkSvg.ts).
 */
import type { Renderer } from './createRenderer.ts';
import type { DisplayContext } from './display.ts';
import type { DisplayGraph } from './displayGraph.ts';
import { drawNetworkAtScale, NO_OVERLAYS, type PictureOverlays } from './networkPicture.ts';
import { fitToFrame, framedNetworkSvg, PICTURE_ORIGIN, renderNetworkSvg, type NetworkFrame } from './networkSvg.ts';
import { canvasToPng, svgSize, svgToCanvas } from '../outputs/rasterise.ts';

export type NetworkScope = 'view' | 'park';

/** Size of the whole-park drawing area, in pixels. */
const PARK_FRAME = { width: 1600, height: 1100 } as const;

/**
 * The frame (rasterised from the same SVG frame the SVG export uses) with
 * sigma's own picture of the view drawn into its hole at the same scale.
 */
export async function networkPng(
  sigma: Renderer,
  context: { readonly current: DisplayContext },
  scale: number,
  frame: Omit<NetworkFrame, 'width' | 'height'>,
  overlays: PictureOverlays = NO_OVERLAYS,
): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const svg = framedNetworkSvg({ ...frame, width, height });
  const canvas = await svgToCanvas(svg, scale);
  // What the frame was drawn at: less than `scale` where the browser's canvas limit made it shrink.
  const drawn = canvas.width / (svgSize(svg)?.width ?? canvas.width);
  const picture = drawNetworkAtScale(sigma, context, drawn, overlays);
  const target = canvas.getContext('2d');
  if (!target) throw new Error('no 2D canvas context');
  target.drawImage(picture, PICTURE_ORIGIN.x * drawn, PICTURE_ORIGIN.y * drawn);
  return canvasToPng(canvas);
}

export function networkSvg(
  sigma: Renderer,
  graph: DisplayGraph,
  context: DisplayContext,
  scope: NetworkScope,
  frame: Omit<NetworkFrame, 'width' | 'height'>,
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
