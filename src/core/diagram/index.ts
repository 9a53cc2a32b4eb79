/**
 * Chain diagrams and sankeys, and their SVG and PDF exports. Pure and
 * browser-safe: fonts come in as bytes, rasterising (PNG) is the caller's.
 *
 *   const selection = selectChain(model, 'copper-chain', { language: 'zh' });
 *   if (selection.ok) {
 *     const layout = await layoutDiagram(selection.diagram);
 *     const svg = renderChainSvg(layout, { date: '2025-03-01' });
 *     const pdf = await renderChainPdf(layout, { date: '2025-03-01', font: { bytes }, page: 'a3' });
 *   }
 */
export type * from './types.ts';
export { selectChain } from './chainSelection.ts';
export {
  selectEnterprise,
  selectMaterial,
  DEFAULT_ENTERPRISE_DEPTH,
  type NeighbourhoodOptions,
} from './neighbourhoodSelection.ts';
export { selectDiagram, type DiagramTarget } from './selectDiagram.ts';
export type { SelectionOptions, DiagramSelection } from './selectionSetup.ts';
export { overlayProject, type ProjectOverlay, type ProjectOverlayResult } from './projectOverlay.ts';
export {
  layoutDiagram,
  DEFAULT_LAYOUT_STYLE,
  type DiagramLayout,
  type LayoutOptions,
  type LayoutStyle,
  type PositionedNode,
  type PositionedLink,
  type PositionedColumn,
  type Point,
} from './layeredLayout.ts';
export { renderChainSvg, type ChainSvgOptions } from './chainSvg.ts';
export { renderChainPdf, type ChainPdfOptions } from './chainPdf.ts';
export { composeChainDrawing, type ChainDrawingOptions } from './chainDrawing.ts';
export {
  buildSankeyData,
  layoutSankey,
  SANKEY_UNIT,
  type SankeyData,
  type SankeyLayout,
  type SankeyOptions,
  type SankeyGrouping,
} from './sankey.ts';
export { renderSankeySvg, renderSankeyPdf, composeSankeyDrawing, type SankeyDrawingOptions } from './sankeySvg.ts';
export { drawingToSvg } from './drawingSvg.ts';
export { drawingToPdf, LANDSCAPE_PAGE_SIZES, type PageSize, type PdfOptions } from './drawingPdf.ts';
export type { FontSource } from './pdfFont.ts';
export { CJK_FONT_STACK, type Drawing, type Shape } from './drawing.ts';
export { escapeXml } from './svgMarkup.ts';
