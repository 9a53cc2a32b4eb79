/**
 * A chain (or material, or enterprise) diagram as a vector PDF: the same
 * drawing as the SVG export, on one landscape A4 or A3 page, its text set
 * in the subset CJK font the caller passes as bytes (core reads no files).
 */
import { composeChainDrawing, type ChainDrawingOptions } from './chainDrawing.ts';
import { drawingToPdf, type PdfOptions } from './drawingPdf.ts';
import type { DiagramLayout } from './layeredLayout.ts';

export interface ChainPdfOptions extends ChainDrawingOptions, PdfOptions {}

export function renderChainPdf(layout: DiagramLayout, options: ChainPdfOptions): Promise<Uint8Array> {
  return drawingToPdf(composeChainDrawing(layout, options), options);
}
