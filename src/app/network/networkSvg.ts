/**
 * The exchange network as a standalone SVG: every visible actor and flow
 * with the colour and size the view's reducers give it (`nodeLook`,
 * `edgeLook`), placed by the coordinates the caller passes in (sigma's
 * `graphToViewport` for the current view, `fitToFrame` for the whole park),
 * framed by a title, a legend, the date and the data-source line. Every
 * label and attribute goes through core's `escapeXml`, so a hostile name
 * stays text.
 */
import { CJK_FONT_STACK } from '../../core/diagram/drawing.ts';
import { escapeXml } from '../../core/diagram/svgMarkup.ts';
import { localize } from '../../core/model/labels.ts';
import { languageTag } from '../../core/text/language.ts';
import { edgeLook, nodeLook, type DisplayContext } from './display.ts';
import type { DisplayGraph } from './displayGraph.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  /** The dot's ring (a hollow planned actor is a white dot with a dark ring). */
  readonly stroke?: string;
  /** A dot for actors, a line for flows. */
  readonly shape: 'dot' | 'line';
}

export interface LegendGroup {
  readonly title: string;
  readonly items: readonly LegendItem[];
  /** Sentences under the items (what size and width mean). */
  readonly notes?: readonly string[];
}

/** The frame around a `width` × `height` network: title above, legend right, date and source below. */
export interface NetworkFrame {
  /** The drawing area in pixels (the network container's size for the current view). */
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly subtitle?: string;
  readonly legend: readonly LegendGroup[];
  readonly dateLine: string;
  readonly sourceLine: string;
  readonly language: 'zh' | 'en';
}

export interface NetworkSvgOptions extends NetworkFrame {
  /** Graph coordinates to drawing-area pixels (sigma's `graphToViewport`, or `fitToFrame`). */
  readonly toViewport: (point: Point) => Point;
  /** Pixels per unit of node size (sigma's `scaleSize(1)`; 1 for the whole park). */
  readonly sizeScale: number;
  /** Leave out actors outside the drawing area (the current view). */
  readonly clip?: boolean;
}

const HEADER = 64;
/** Below the picture: the date line and one line of the source, then FOOT_LINE more for each wrapped line. */
const FOOTER = 48;
const FOOT_LINE = 16;
const FOOT_SIZE = 11;
const LEGEND_WIDTH = 260;
const MARGIN = 16;
const LABEL_SIZE = 11;
const LEGEND_TEXT_SIZE = 11;

/** Where the network's drawing area sits in the framed picture, in CSS pixels (the PNG draws sigma's canvas there). */
export const PICTURE_ORIGIN = { x: MARGIN, y: HEADER } as const;

/** A transform that fits every actor into `width` × `height` with `padding`, y pointing up as sigma draws it. */
export function fitToFrame(graph: DisplayGraph, width: number, height: number, padding = 40): (point: Point) => Point {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (!Number.isFinite(minX)) return () => ({ x: width / 2, y: height / 2 });
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return (p) => ({ x: offsetX + (p.x - minX) * scale, y: offsetY + (maxY - p.y) * scale });
}

export function renderNetworkSvg(graph: DisplayGraph, context: DisplayContext, options: NetworkSvgOptions): string {
  const { width, height } = options;
  const placed = new Map<string, { at: Point; radius: number }>();
  const nodes: { id: string; at: Point; radius: number; z: number; svg: string }[] = [];
  graph.forEachNode((id, attributes) => {
    const look = nodeLook(id, attributes, context);
    if (look.hidden) return;
    const at = options.toViewport(attributes);
    const radius = Math.max(1.5, look.size * options.sizeScale);
    if (options.clip && (at.x < -radius || at.y < -radius || at.x > width + radius || at.y > height + radius)) return;
    placed.set(id, { at, radius });
    const name = localize(attributes.actor.name, context.language) || id;
    const stroke = Math.max(1, attributes.borderSize * radius);
    const label =
      look.label === null
        ? ''
        : `<text x="${n(at.x + radius + 3)}" y="${n(at.y + LABEL_SIZE / 3)}">${escapeXml(look.label)}</text>`;
    nodes.push({
      id,
      at,
      radius,
      z: look.zIndex,
      svg:
        `<g class="actor" data-id="${escapeXml(id)}"><title>${escapeXml(name)}</title>` +
        `<circle cx="${n(at.x)}" cy="${n(at.y)}" r="${n(radius)}" fill="${escapeXml(look.color)}" ` +
        `stroke="${escapeXml(look.borderColor)}" stroke-width="${n(stroke)}"/>${label}</g>`,
    });
  });

  const edges: { z: number; svg: string }[] = [];
  graph.forEachEdge((id, attributes, source, target) => {
    const from = placed.get(source);
    const to = placed.get(target);
    if (!from || !to || source === target) return;
    const look = edgeLook(id, attributes, { source, target }, context);
    if (look.hidden) return;
    edges.push({
      z: look.zIndex,
      svg: edgeSvg(id, from, to, attributes.type === 'curved' ? attributes.curvature : 0, look),
    });
  });

  const stable = (items: readonly { z: number; svg: string }[]) =>
    items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => a.item.z - b.item.z || a.i - b.i)
      .map((x) => x.item.svg);
  return framedNetworkSvg(
    options,
    [
      `<g class="network" transform="translate(${MARGIN} ${HEADER})">`,
      `<rect width="${n(width)}" height="${n(height)}" fill="none" stroke="#dddddd"/>`,
      `<g class="flows">${stable(edges).join('')}</g>`,
      `<g class="actors">${stable(nodes).join('')}</g>`,
      '</g>',
    ].join('\n'),
  );
}

/**
 * The frame with `network` (markup placed at PICTURE_ORIGIN) inside it.
 * The PNG export passes no network and draws sigma's own canvas into the
 * hole, so the SVG and the PNG carry the same title, legend and footer.
 */
export function framedNetworkSvg(frame: NetworkFrame, network = ''): string {
  const { width, height } = frame;
  const totalWidth = width + LEGEND_WIDTH + 2 * MARGIN;
  const legend = legendSvg(frame.legend, width + 2 * MARGIN, HEADER);
  // A long citation wraps rather than running off the picture's right edge.
  const sourceLines = wrapText(frame.sourceLine, totalWidth - 2 * MARGIN, FOOT_SIZE);
  const footer = FOOTER + (sourceLines.length - 1) * FOOT_LINE;
  const totalHeight = Math.max(HEADER + height + footer, HEADER + legend.height + footer);
  const titleLines = [
    `<text class="title" x="${MARGIN}" y="28">${escapeXml(frame.title)}</text>`,
    frame.subtitle ? `<text class="subtitle" x="${MARGIN}" y="50">${escapeXml(frame.subtitle)}</text>` : '',
  ].join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${languageTag(frame.language)}" ` +
      `width="${n(totalWidth)}" height="${n(totalHeight)}" viewBox="0 0 ${n(totalWidth)} ${n(totalHeight)}" ` +
      `font-family="${escapeXml(CJK_FONT_STACK)}">`,
    `<style>.title{font-size:18px;font-weight:bold}.subtitle,.foot{font-size:${FOOT_SIZE}px;fill:#555}` +
      `.actor text{font-size:${LABEL_SIZE}px;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px}` +
      `.legend text{font-size:${LEGEND_TEXT_SIZE}px;fill:#222}.legend .head{font-weight:bold}.legend .note{fill:#555}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    titleLines,
    network,
    legend.svg,
    `<text class="foot" x="${MARGIN}" y="${n(totalHeight - footer + 20)}">${escapeXml(frame.dateLine)}</text>`,
    ...sourceLines.map(
      (line, i) =>
        `<text class="foot" x="${MARGIN}" y="${n(totalHeight - footer + 36 + i * FOOT_LINE)}">${escapeXml(line)}</text>`,
    ),
    '</svg>',
    '',
  ].join('\n');
}

function edgeSvg(
  id: string,
  from: { at: Point; radius: number },
  to: { at: Point; radius: number },
  curvature: number,
  look: { color: string; size: number },
): string {
  const dx = to.at.x - from.at.x;
  const dy = to.at.y - from.at.y;
  const length = Math.hypot(dx, dy) || 1;
  // A quadratic curve bent sideways by `curvature` of its length, as @sigma/edge-curve bends parallel flows.
  const control = {
    x: from.at.x + dx / 2 - (dy / length) * curvature * length,
    y: from.at.y + dy / 2 + (dx / length) * curvature * length,
  };
  const width = Math.max(0.5, look.size);
  const head = Math.max(5, width * 2.5);
  // The arrow ends on the target's rim, pointing along the curve's last tangent.
  const tx = to.at.x - control.x;
  const ty = to.at.y - control.y;
  const tangent = Math.hypot(tx, ty) || 1;
  const ux = tx / tangent;
  const uy = ty / tangent;
  const tip = { x: to.at.x - ux * to.radius, y: to.at.y - uy * to.radius };
  const base = { x: tip.x - ux * head, y: tip.y - uy * head };
  const left = { x: base.x - uy * head * 0.45, y: base.y + ux * head * 0.45 };
  const right = { x: base.x + uy * head * 0.45, y: base.y - ux * head * 0.45 };
  const colour = escapeXml(look.color);
  const d =
    curvature === 0
      ? `M${n(from.at.x)} ${n(from.at.y)}L${n(base.x)} ${n(base.y)}`
      : `M${n(from.at.x)} ${n(from.at.y)}Q${n(control.x)} ${n(control.y)} ${n(base.x)} ${n(base.y)}`;
  return (
    `<g class="flow" data-id="${escapeXml(id)}"><path d="${d}" fill="none" stroke="${colour}" stroke-width="${n(width)}" stroke-opacity="0.8"/>` +
    `<path d="M${n(tip.x)} ${n(tip.y)}L${n(left.x)} ${n(left.y)}L${n(right.x)} ${n(right.y)}Z" fill="${colour}"/></g>`
  );
}

function legendSvg(groups: readonly LegendGroup[], x: number, y: number): { svg: string; height: number } {
  const parts: string[] = [];
  // Top of the next row, in pixels; a row holds one line of text, a wrapped line adds LINE.
  let top = 0;
  const ROW = 18;
  const LINE = 14;
  const textWidth = LEGEND_WIDTH - MARGIN - 20;
  for (const group of groups) {
    parts.push(`<text class="head" x="0" y="${n(top + 12)}">${escapeXml(group.title)}</text>`);
    top += ROW;
    for (const item of group.items) {
      const cy = top + 8;
      const colour = escapeXml(item.colour);
      parts.push(
        item.shape === 'dot'
          ? `<circle cx="6" cy="${n(cy)}" r="5" fill="${colour}" stroke="${escapeXml(item.stroke ?? '#555555')}" ` +
              `stroke-width="${item.stroke ? 1.5 : 0.5}"/>`
          : `<line x1="0" y1="${n(cy)}" x2="14" y2="${n(cy)}" stroke="${colour}" stroke-width="3"/>`,
      );
      const lines = wrapText(item.label, textWidth, LEGEND_TEXT_SIZE);
      for (const [i, text] of lines.entries())
        parts.push(`<text x="20" y="${n(cy + 4 + i * LINE)}">${escapeXml(text)}</text>`);
      top += ROW + (lines.length - 1) * LINE;
    }
    for (const note of group.notes ?? [])
      for (const text of wrapText(note, textWidth + 20, LEGEND_TEXT_SIZE)) {
        parts.push(`<text class="note" x="0" y="${n(top + 12)}">${escapeXml(text)}</text>`);
        top += LINE + 2;
      }
    top += ROW / 2;
  }
  return { svg: `<g class="legend" transform="translate(${n(x)} ${n(y)})">${parts.join('')}</g>`, height: top };
}

/**
 * Lines of at most about `width` pixels at `size` px: SVG text does not
 * wrap by itself. Widths are estimated (a CJK character one em, anything
 * else about half), enough to keep a legend entry inside its column; Latin
 * text breaks between words, CJK between any two characters.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const em = (ch: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.56);
  const tokens =
    text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let current = '';
  let used = 0;
  for (const token of tokens) {
    const tokenWidth = [...token].reduce((sum, ch) => sum + em(ch), 0) * size;
    if (used + tokenWidth > width && current.trim() !== '' && !/^\s+$/.test(token)) {
      lines.push(current.trimEnd());
      current = '';
      used = 0;
    }
    if (current === '' && /^\s+$/.test(token)) continue;
    current += token;
    used += tokenWidth;
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/** Two decimals are plenty for pixels and keep the file small. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}
