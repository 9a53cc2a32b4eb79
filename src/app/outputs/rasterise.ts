/**
 * PNG from an SVG string, in the browser: the SVG as an Image (from a Blob
 * URL), drawn on a canvas at 1×, 2× or 4× and encoded with `toBlob`. The
 * SVG carries its fonts as a CSS stack, so the canvas uses the system's
 * CJK fonts just as the on-screen preview does.
 */
import { svgSize } from '../../core/report/diagramPages.ts';

// One reading of an SVG's size for the PNG export and the report's print layout.
export { svgSize };

export const PNG_SCALES = [1, 2, 4] as const;

/** Browsers refuse canvases much beyond this many pixels a side; larger exports are scaled down to fit. */
const MAX_CANVAS_SIDE = 16384;

/** The canvas size for an export at `scale`, kept within what browsers can allocate. */
export function canvasSize(size: { width: number; height: number }, scale: number): { width: number; height: number } {
  const fit = Math.min(1, MAX_CANVAS_SIDE / (size.width * scale), MAX_CANVAS_SIDE / (size.height * scale));
  return { width: Math.round(size.width * scale * fit), height: Math.round(size.height * scale * fit) };
}

export async function svgToPng(svg: string, scale: number, background = '#ffffff'): Promise<Blob> {
  return canvasToPng(await svgToCanvas(svg, scale, background));
}

/** The SVG drawn on a new canvas at `scale` (less where `canvasSize` had to shrink it: see the canvas's width). */
export async function svgToCanvas(svg: string, scale: number, background = '#ffffff'): Promise<HTMLCanvasElement> {
  const size = svgSize(svg);
  if (!size) throw new Error('the SVG has no size');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const target = canvasSize(size, scale);
    const canvas = document.createElement('canvas');
    canvas.width = target.width;
    canvas.height = target.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))), 'image/png'),
  );
}
