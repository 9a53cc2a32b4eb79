/**
 * PDF of a diagram through the browser's own print path: a print-only page
 * holding the SVG, sized with `@page { size: A4 landscape }` (or A3), which
 * the user saves as PDF from the print dialog. The output stays vector and
 * uses the system's CJK fonts; core's `renderChainPdf` (pdf-lib) would need
 * a ~20 MB CJK font shipped to the browser to embed, which the CLI can
 * afford and the app cannot.
 */
import { escapeXml } from '../../core/diagram/svgMarkup.ts';

export type PrintPage = 'a4' | 'a3';
export const PRINT_PAGES: readonly PrintPage[] = ['a4', 'a3'];

/** The print document: one landscape page, the SVG scaled to fit inside the margins. */
export function printDocument(svg: string, page: PrintPage, title: string): string {
  const size = page === 'a4' ? 'A4' : 'A3';
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeXml(title)}</title>
<style>
@page { size: ${size} landscape; margin: 10mm; }
html, body { margin: 0; height: 100%; }
body { display: flex; align-items: center; justify-content: center; }
body > svg { width: 100%; height: 100%; max-height: 100vh; }
</style></head>
<body>${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`;
}

/** Opens the print dialog for the SVG in a hidden frame, removed once printing is over. */
export function printSvg(svg: string, page: PrintPage, title: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  frame.srcdoc = printDocument(svg, page, title);
  frame.addEventListener('load', () => {
    const view = frame.contentWindow;
    if (!view) return frame.remove();
    view.addEventListener('afterprint', () => frame.remove());
    view.focus();
    view.print();
  });
  document.body.append(frame);
}
