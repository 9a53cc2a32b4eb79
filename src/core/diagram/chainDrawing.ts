/**
 * A laid-out chain (or material, or enterprise) diagram as a drawing:
 * column bands and headers, links with arrowheads and labels, boxes with
 * their badges, framed by title, legend, notes, source and date. The SVG
 * and PDF exports both render this drawing.
 */
import { chainLegend, linkStyle, nodeLook } from './chainStyles.ts';
import { message } from '../text/message.ts';
import { baselineOffset, polylinePath, textShape, type Drawing, type Shape } from './drawing.ts';
import { composeFrame } from './frame.ts';
import type { DiagramLayout, Point, PositionedLink, PositionedNode } from './layeredLayout.ts';
import { DIAGRAM_COLOURS } from './palette.ts';
import { textWidth } from './textMetrics.ts';

export interface ChainDrawingOptions {
  /** The date printed in the footer, e.g. "2025-03-01" (passed in so output is reproducible). */
  readonly date: string;
  /** Replaces the diagram's own data-source line. */
  readonly source?: string;
}

export function composeChainDrawing(layout: DiagramLayout, options: ChainDrawingOptions): Drawing {
  const { diagram } = layout;
  const colours = new Map(diagram.clusters.map((c) => [c.id, c.colour]));
  const body: Shape[] = [
    ...columnShapes(layout),
    ...layout.links.map(linkShape),
    ...layout.nodes.map((n) => nodeShape(n, layout, colours)),
    ...layout.links.flatMap((l) => linkLabelShape(l, layout)),
  ];
  return composeFrame({
    language: diagram.language,
    title: diagram.title,
    ...(diagram.subtitle ? { subtitle: diagram.subtitle } : {}),
    parkName: diagram.parkName,
    date: options.date,
    source: options.source ?? diagram.source,
    notes: diagram.notes,
    legend: chainLegend(diagram, diagram.language),
    body: { width: layout.width, height: layout.height, shapes: body },
  });
}

/** Light bands behind alternate columns, with the stage each column performs on top. */
function columnShapes(layout: DiagramLayout): Shape[] {
  const { columnFontSize, lineHeight } = layout.style;
  return layout.columns.map((c, i) => ({
    type: 'group',
    className: 'column',
    children: [
      ...(i % 2 === 1
        ? [
            {
              type: 'rect' as const,
              x: c.x - 12,
              y: 0,
              width: c.width + 24,
              height: layout.height,
              radius: 4,
              style: { fill: '#F3F5F8' },
            },
          ]
        : []),
      ...c.lines.map((line, k) =>
        textShape(
          c.x + c.width / 2,
          k * columnFontSize * lineHeight + baselineOffset(columnFontSize, lineHeight),
          line,
          columnFontSize,
          DIAGRAM_COLOURS.mutedText,
          'middle',
          { className: 'column-header' },
        ),
      ),
    ],
  }));
}

const ARROW_LENGTH = 8;
const ARROW_HALF_WIDTH = 4;

function linkShape(positioned: PositionedLink): Shape {
  const { link, points } = positioned;
  const style = linkStyle(link.kind, link.focus === true);
  const tooltip = [link.label, link.quantity].filter(Boolean).join(' · ');
  if (points.length < 2) return { type: 'group', className: `link ${link.kind}`, children: [] };
  const end = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const { base, head } = arrowhead(before, end);
  return {
    type: 'group',
    className: `link ${link.kind}`,
    tooltip,
    children: [
      { type: 'path', d: polylinePath([...points.slice(0, -1), base]), style },
      { type: 'path', d: `${head} Z`, style: { fill: style.stroke ?? DIAGRAM_COLOURS.link } },
    ],
  };
}

/** A filled triangle whose tip is the route's end; the line stops at its base. */
function arrowhead(from: Point, tip: Point): { base: Point; head: string } {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const size = Math.min(ARROW_LENGTH, length);
  const base = { x: tip.x - ux * size, y: tip.y - uy * size };
  const left = { x: base.x - uy * ARROW_HALF_WIDTH, y: base.y + ux * ARROW_HALF_WIDTH };
  const right = { x: base.x + uy * ARROW_HALF_WIDTH, y: base.y - ux * ARROW_HALF_WIDTH };
  return { base, head: polylinePath([tip, left, right]) };
}

function linkLabelShape(positioned: PositionedLink, layout: DiagramLayout): Shape[] {
  const { label, link } = positioned;
  if (!label) return [];
  const { linkFontSize, lineHeight } = layout.style;
  const colour = linkStyle(link.kind, false).stroke ?? DIAGRAM_COLOURS.text;
  return [
    {
      type: 'group',
      className: `link-label ${link.kind}`,
      children: [
        {
          type: 'rect',
          x: label.x,
          y: label.y,
          width: label.width,
          height: label.height,
          radius: 3,
          style: { fill: DIAGRAM_COLOURS.labelBackground, opacity: 0.88 },
        },
        ...label.lines.map((line, k) =>
          textShape(
            label.x + label.width / 2,
            label.y + 2 + k * linkFontSize * lineHeight + baselineOffset(linkFontSize, lineHeight),
            line,
            linkFontSize,
            link.quantity && k === label.lines.length - 1 ? DIAGRAM_COLOURS.mutedText : colour,
            'middle',
          ),
        ),
      ],
    },
  ];
}

function nodeShape(positioned: PositionedNode, layout: DiagramLayout, colours: ReadonlyMap<string, string>): Shape {
  const { node, x, y, width, height, lines, detailLines } = positioned;
  const { fontSize, detailFontSize, lineHeight, boxPadding } = layout.style;
  const look = nodeLook(node, colours);
  const centre = x + width / 2;
  let top = y + boxPadding;
  const texts: Shape[] = [];
  for (const line of lines) {
    texts.push(
      textShape(centre, top + baselineOffset(fontSize, lineHeight), line, fontSize, look.text, 'middle', {
        className: 'label',
      }),
    );
    top += fontSize * lineHeight;
  }
  for (const line of detailLines) {
    texts.push(
      textShape(centre, top + baselineOffset(detailFontSize, lineHeight), line, detailFontSize, look.detail, 'middle', {
        className: 'detail',
      }),
    );
    top += detailFontSize * lineHeight;
  }
  const badges: Shape[] = [];
  const language = layout.diagram.language;
  if (node.singlePerformer)
    badges.push(
      badge(message(language, 'diagram:singleBadge'), x + width, y, 'end', DIAGRAM_COLOURS.singleBadge, 'badge single'),
    );
  if (node.kind === 'proposal')
    badges.push(
      badge(message(language, 'diagram:proposalBadge'), x, y, 'start', DIAGRAM_COLOURS.proposal, 'badge proposal'),
    );
  return {
    type: 'group',
    className: look.className,
    tooltip: [node.label, node.detail].filter(Boolean).join(' — '),
    children: [
      {
        type: 'rect',
        x,
        y,
        width,
        height,
        radius: look.radius === 'pill' ? height / 2 : look.radius,
        style: look.box,
      },
      ...texts,
      ...badges,
    ],
  };
}

/** A small pill on a box's top edge, anchored at its left or right corner. */
function badge(
  label: string,
  cornerX: number,
  topY: number,
  side: 'start' | 'end',
  colour: string,
  className: string,
): Shape {
  const size = 9;
  const width = textWidth(label, size) + 10;
  const x = side === 'end' ? cornerX - width + 6 : cornerX - 6;
  return {
    type: 'group',
    className,
    children: [
      { type: 'rect', x, y: topY - 8, width, height: 15, radius: 7.5, style: { fill: colour } },
      textShape(x + width / 2, topY - 8 + 11, label, size, '#FFFFFF', 'middle'),
    ],
  };
}
