/**
 * A laid-out sankey as a drawing, then SVG (or PDF): bands coloured by
 * material category, nodes by cluster (boundary actors grey), each node
 * labelled with its throughput in t/a; framed like the chain diagrams, with
 * a legend and notes saying what was left out and why.
 */
import { formatQuantity } from '../analysis/text.ts';
import { CATEGORY_LABELS, localize } from '../model/labels.ts';
import { MATERIAL_CATEGORIES } from '../model/schema.ts';
import { message } from '../text/message.ts';
import { textShape, type Drawing, type Shape } from './drawing.ts';
import { drawingToPdf, type PdfOptions } from './drawingPdf.ts';
import { drawingToSvg } from './drawingSvg.ts';
import { composeFrame, type LegendSection } from './frame.ts';
import { CATEGORY_COLOURS, DIAGRAM_COLOURS } from './palette.ts';
import { SANKEY_UNIT, type SankeyLayout } from './sankey.ts';

export interface SankeyDrawingOptions {
  /** The date printed in the footer (passed in so output is reproducible). */
  readonly date: string;
  readonly source?: string;
}

export function composeSankeyDrawing(layout: SankeyLayout, options: SankeyDrawingOptions): Drawing {
  const { data } = layout;
  const language = data.language;
  const body: Shape[] = [
    ...layout.links.map((l): Shape => ({
      type: 'path',
      className: `band ${l.link.category}`,
      tooltip: `${nameOf(layout, l.link.source)} → ${nameOf(layout, l.link.target)}: ${localize(CATEGORY_LABELS[l.link.category], language)} ${formatQuantity(l.link.value, SANKEY_UNIT, language)}`,
      d: l.path,
      style: { stroke: CATEGORY_COLOURS[l.link.category], strokeWidth: l.width, opacity: 0.5 },
    })),
    ...layout.nodes.map((n): Shape => {
      const leftHalf = n.x0 < layout.width / 2;
      const label = `${n.node.label} · ${formatQuantity(n.value, SANKEY_UNIT, language)}`;
      return {
        type: 'group',
        className: `node ${n.node.kind}`,
        tooltip: label,
        children: [
          {
            type: 'rect',
            x: n.x0,
            y: n.y0,
            width: n.x1 - n.x0,
            height: Math.max(1, n.y1 - n.y0),
            style: { fill: n.node.colour, stroke: '#333333', strokeWidth: 0.5 },
          },
          textShape(
            leftHalf ? n.x1 + 6 : n.x0 - 6,
            (n.y0 + n.y1) / 2 + 4,
            label,
            11,
            DIAGRAM_COLOURS.text,
            leftHalf ? 'start' : 'end',
            { className: 'label' },
          ),
        ],
      };
    }),
  ];
  return composeFrame({
    language,
    title: data.title,
    subtitle: data.subtitle,
    parkName: data.parkName,
    date: options.date,
    source: options.source ?? data.source,
    notes: data.notes,
    legend: sankeyLegend(layout),
    body: { width: layout.width, height: layout.height, shapes: body },
  });
}

export function renderSankeySvg(layout: SankeyLayout, options: SankeyDrawingOptions): string {
  return drawingToSvg(composeSankeyDrawing(layout, options));
}

export function renderSankeyPdf(layout: SankeyLayout, options: SankeyDrawingOptions & PdfOptions): Promise<Uint8Array> {
  return drawingToPdf(composeSankeyDrawing(layout, options), options);
}

function nameOf(layout: SankeyLayout, id: string): string {
  return layout.data.nodes.find((n) => n.id === id)?.label ?? id;
}

function sankeyLegend(layout: SankeyLayout): LegendSection[] {
  const { data } = layout;
  const language = data.language;
  const shownCategories = new Set(data.links.map((l) => l.category));
  const hasBoundary = data.nodes.some((n) => n.kind === 'boundary');
  return [
    {
      heading: message(language, 'diagram:legendClusters'),
      items: [
        ...data.clusters.map((c) => ({ kind: 'box' as const, label: c.name, fill: c.colour })),
        ...(hasBoundary
          ? [
              {
                kind: 'box' as const,
                label: message(language, 'diagram:nodeBoundary'),
                fill: DIAGRAM_COLOURS.boundaryFill,
                stroke: DIAGRAM_COLOURS.boundaryBorder,
              },
            ]
          : []),
      ],
    },
    {
      heading: message(language, 'diagram:legendCategories'),
      items: MATERIAL_CATEGORIES.filter((c) => shownCategories.has(c)).map((c) => ({
        kind: 'line' as const,
        label: localize(CATEGORY_LABELS[c], language),
        stroke: CATEGORY_COLOURS[c],
        width: 6,
      })),
    },
  ];
}
