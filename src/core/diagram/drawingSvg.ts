/**
 * A drawing as a self-contained SVG document: no external references, no
 * scripts, no ids (so several can sit inline in one HTML page), the CJK
 * font stack on the root, and every text escaped by `svgMarkup`.
 */
import { CJK_FONT_STACK, type Drawing, type Shape, type ShapeStyle } from './drawing.ts';
import { element, formatNumber, text, type AttributeValue } from './svgMarkup.ts';
import { languageTag } from '../text/language.ts';

export function drawingToSvg(drawing: Drawing): string {
  const root = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: drawing.width,
      height: drawing.height,
      viewBox: `0 0 ${formatNumber(drawing.width)} ${formatNumber(drawing.height)}`,
      'font-family': CJK_FONT_STACK,
      'xml:lang': languageTag(drawing.language),
      role: 'img',
    },
    [
      element('title', {}, [text(drawing.title)]),
      element('desc', {}, [text(drawing.description)]),
      element('rect', { x: 0, y: 0, width: drawing.width, height: drawing.height, fill: drawing.background }),
      ...drawing.shapes.map(shapeToSvg),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

function shapeToSvg(shape: Shape): string {
  const tooltip = shape.tooltip ? [element('title', {}, [text(shape.tooltip)])] : [];
  switch (shape.type) {
    case 'group':
      return element(
        'g',
        {
          class: shape.className,
          transform:
            shape.dx || shape.dy
              ? `translate(${formatNumber(shape.dx ?? 0)} ${formatNumber(shape.dy ?? 0)})`
              : undefined,
        },
        [...tooltip, ...shape.children.map(shapeToSvg)],
      );
    case 'rect':
      return element(
        'rect',
        {
          class: shape.className,
          x: shape.x,
          y: shape.y,
          width: shape.width,
          height: shape.height,
          rx: shape.radius,
          ...styleAttributes(shape.style),
        },
        tooltip,
      );
    case 'path':
      return element('path', { class: shape.className, d: shape.d, ...styleAttributes(shape.style) }, tooltip);
    case 'text':
      return element(
        'text',
        {
          class: shape.className,
          x: shape.x,
          y: shape.y,
          'font-size': shape.size,
          fill: shape.fill,
          'text-anchor': shape.anchor === 'start' ? undefined : shape.anchor,
        },
        [...tooltip, text(shape.text)],
      );
  }
}

function styleAttributes(style: ShapeStyle): Record<string, AttributeValue> {
  return {
    fill: style.fill ?? 'none',
    stroke: style.stroke,
    'stroke-width': style.stroke ? (style.strokeWidth ?? 1) : undefined,
    'stroke-dasharray': style.dash && style.dash.length > 0 ? style.dash.map(formatNumber).join(' ') : undefined,
    'stroke-linejoin': style.stroke ? 'round' : undefined,
    opacity: style.opacity,
  };
}
