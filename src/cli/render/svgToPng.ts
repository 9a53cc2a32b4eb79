/**
 * Rasterises an SVG export with resvg (a native Node module, hence here in
 * the CLI and not in core; the app rasterises through a canvas instead).
 * Only the CJK font is loaded, never the system's fonts, so the picture
 * is the same on every machine that has that font.
 */
import { renderAsync } from '@resvg/resvg-js';
import { findCjkFont, type CjkFont } from './findCjkFont.ts';

export type PngScale = 1 | 2 | 4;
export const PNG_SCALES: readonly PngScale[] = [1, 2, 4];

export async function svgToPng(svg: string, scale: PngScale = 1, font?: CjkFont): Promise<Uint8Array> {
  const cjk = font ?? (await findCjkFont());
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [cjk.path], loadSystemFonts: false, defaultFontFamily: cjk.family, sansSerifFamily: cjk.family },
    background: '#FFFFFF',
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
}
