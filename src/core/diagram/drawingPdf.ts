/**
 * A drawing as a one-page vector PDF (pdf-lib): boxes and links are PDF
 * paths, text is real text in an embedded subset font (so it can be
 * searched and copied, Chinese included), the whole drawing scaled to fit a
 * landscape A4 or A3 page.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { roundedRectPath, type Drawing, type Shape, type ShapeStyle } from './drawing.ts';
import { parseHex } from './palette.ts';
import { embedSubsetFont, type FontSource } from './pdfFont.ts';
import { languageTag } from '../text/language.ts';

export type PageSize = 'a4' | 'a3';

/** Landscape page sizes in PostScript points (ISO 216: A4 297 × 210 mm, A3 420 × 297 mm). */
export const LANDSCAPE_PAGE_SIZES: Readonly<Record<PageSize, readonly [number, number]>> = {
  a4: [841.89, 595.28],
  a3: [1190.55, 841.89],
};

export interface PdfOptions {
  /** The font every text is set in; it must cover Chinese (e.g. Noto Sans CJK). */
  readonly font: FontSource;
  readonly page?: PageSize;
  /** Page margin in points. */
  readonly margin?: number;
  /** Small drawings are enlarged at most this much. */
  readonly maxScale?: number;
}

export async function drawingToPdf(drawing: Drawing, options: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(drawing.title);
  doc.setSubject(drawing.description);
  doc.setLanguage(languageTag(drawing.language));
  doc.setCreator('Symbiograph');
  const font = await embedSubsetFont(doc, options.font);
  const [pageWidth, pageHeight] = LANDSCAPE_PAGE_SIZES[options.page ?? 'a4'];
  const page = doc.addPage([pageWidth, pageHeight]);
  const margin = options.margin ?? 28;
  const scale = Math.min(
    (pageWidth - 2 * margin) / drawing.width,
    (pageHeight - 2 * margin) / drawing.height,
    options.maxScale ?? 1.5,
  );
  const canvas: Canvas = { page, font, scale, left: (pageWidth - drawing.width * scale) / 2, top: margin, pageHeight };
  drawShape(
    canvas,
    { type: 'rect', x: 0, y: 0, width: drawing.width, height: drawing.height, style: { fill: drawing.background } },
    0,
    0,
  );
  for (const shape of drawing.shapes) drawShape(canvas, shape, 0, 0);
  return doc.save();
}

interface Canvas {
  readonly page: PDFPage;
  readonly font: PDFFont;
  readonly scale: number;
  readonly left: number;
  readonly top: number;
  readonly pageHeight: number;
}

function drawShape(canvas: Canvas, shape: Shape, dx: number, dy: number): void {
  const { page, font, scale } = canvas;
  // pdf-lib draws SVG paths y-down from an origin at the drawing's top left, scaled.
  const origin = { x: canvas.left + dx * scale, y: canvas.pageHeight - (canvas.top + dy * scale), scale };
  switch (shape.type) {
    case 'group':
      for (const child of shape.children) drawShape(canvas, child, dx + (shape.dx ?? 0), dy + (shape.dy ?? 0));
      return;
    case 'rect': {
      const style = pathStyle(shape.style);
      if (style)
        page.drawSvgPath(roundedRectPath(shape.x, shape.y, shape.width, shape.height, shape.radius), {
          ...origin,
          ...style,
        });
      return;
    }
    case 'path': {
      const style = pathStyle(shape.style);
      if (style) page.drawSvgPath(shape.d, { ...origin, ...style });
      return;
    }
    case 'text': {
      if (shape.text.trim() === '') return;
      const size = shape.size * scale;
      const width = font.widthOfTextAtSize(shape.text, size);
      const shift = shape.anchor === 'middle' ? width / 2 : shape.anchor === 'end' ? width : 0;
      page.drawText(shape.text, {
        x: canvas.left + (dx + shape.x) * scale - shift,
        y: canvas.pageHeight - (canvas.top + (dy + shape.y) * scale),
        size,
        font,
        color: colour(shape.fill),
      });
      return;
    }
  }
}

/** pdf-lib path options for a style; undefined when there is nothing to paint. */
function pathStyle(style: ShapeStyle): Parameters<PDFPage['drawSvgPath']>[1] | undefined {
  const fill = style.fill && style.fill !== 'none' ? colour(style.fill) : undefined;
  const stroke = style.stroke ? colour(style.stroke) : undefined;
  if (!fill && !stroke) return undefined;
  return {
    ...(fill ? { color: fill } : {}),
    ...(stroke ? { borderColor: stroke, borderWidth: style.strokeWidth ?? 1 } : {}),
    ...(stroke && style.dash ? { borderDashArray: [...style.dash] } : {}),
    ...(style.opacity !== undefined ? { opacity: style.opacity, borderOpacity: style.opacity } : {}),
  };
}

function colour(hex: string): ReturnType<typeof rgb> {
  const [r, g, b] = parseHex(hex) ?? [0, 0, 0];
  return rgb(r / 255, g / 255, b / 255);
}
