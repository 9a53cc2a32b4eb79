/**
 * A chain (or material, or enterprise) diagram as a self-contained SVG
 * string: boxes coloured by cluster, links with material and quantity,
 * missing stages dashed red, proposals dashed; title, legend, park name,
 * date and data source. Embeddable inline in HTML (no ids, no scripts).
 */
import { composeChainDrawing, type ChainDrawingOptions } from './chainDrawing.ts';
import { drawingToSvg } from './drawingSvg.ts';
import type { DiagramLayout } from './layeredLayout.ts';

export type ChainSvgOptions = ChainDrawingOptions;

export function renderChainSvg(layout: DiagramLayout, options: ChainSvgOptions): string {
  return drawingToSvg(composeChainDrawing(layout, options));
}
