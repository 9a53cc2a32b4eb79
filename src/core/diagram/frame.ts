/**
 * The frame every exported diagram shares: title, park name and subtitle
 * above; the diagram body; the legend, notes, data-source line and date
 * below. Chain diagrams and sankeys only compose their bodies and legends.
 */
import { message } from '../text/message.ts';
import { baselineOffset, textShape, type Drawing, type Shape } from './drawing.ts';
import { DIAGRAM_COLOURS } from './palette.ts';
import { textWidth, wrapText } from './textMetrics.ts';

/** A legend sample: a box (swatch) or a line. */
export type LegendItem =
  | {
      readonly kind: 'box';
      readonly label: string;
      readonly fill: string;
      readonly stroke?: string;
      readonly dash?: readonly number[];
      readonly rounded?: boolean;
      readonly className?: string;
    }
  | {
      readonly kind: 'line';
      readonly label: string;
      readonly stroke: string;
      readonly width: number;
      readonly dash?: readonly number[];
      readonly className?: string;
    };

export interface LegendSection {
  readonly heading: string;
  readonly items: readonly LegendItem[];
}

export interface FrameContent {
  readonly language: 'zh' | 'en';
  readonly title: string;
  readonly subtitle?: string;
  readonly parkName: string;
  /** Printed as given (the caller decides the date, so output is reproducible). */
  readonly date: string;
  readonly source: string;
  readonly notes: readonly string[];
  readonly legend: readonly LegendSection[];
  readonly body: { readonly width: number; readonly height: number; readonly shapes: readonly Shape[] };
}

const MARGIN = 24;
const MIN_CONTENT_WIDTH = 560;
const LINE = 1.35;

export function composeFrame(content: FrameContent): Drawing {
  const inner = Math.max(content.body.width, MIN_CONTENT_WIDTH);
  const shapes: Shape[] = [];
  let y = MARGIN;
  const line = (value: string, size: number, fill: string, className: string) => {
    for (const part of wrapText(value, inner, size, 6)) {
      shapes.push(textShape(MARGIN, y + baselineOffset(size, LINE), part, size, fill, 'start', { className }));
      y += size * LINE;
    }
  };
  line(content.title, 20, DIAGRAM_COLOURS.text, 'title');
  line(content.parkName, 12.5, DIAGRAM_COLOURS.mutedText, 'park-name');
  if (content.subtitle) line(content.subtitle, 12, DIAGRAM_COLOURS.mutedText, 'subtitle');
  y += 12;
  shapes.push({ type: 'group', className: 'diagram-body', dx: MARGIN, dy: y, children: content.body.shapes });
  y += content.body.height + 16;

  const legend = composeLegend(content.legend, inner);
  shapes.push({ type: 'group', className: 'legend', dx: MARGIN, dy: y, children: legend.shapes });
  y += legend.height;

  if (content.notes.length > 0) {
    y += 6;
    line(message(content.language, 'diagram:notesHeading'), 11.5, DIAGRAM_COLOURS.text, 'notes-heading');
    for (const note of content.notes) line(`• ${note}`, 11, DIAGRAM_COLOURS.text, 'note');
  }
  y += 8;
  line(content.source, 10, DIAGRAM_COLOURS.mutedText, 'source');
  const madeWith = message(content.language, 'diagram:madeWith');
  line(
    `${message(content.language, 'diagram:date', { date: content.date })} · ${madeWith}`,
    10,
    DIAGRAM_COLOURS.mutedText,
    'date',
  );
  y += MARGIN - 6;

  return {
    width: Math.ceil(inner + 2 * MARGIN),
    height: Math.ceil(y),
    background: DIAGRAM_COLOURS.background,
    title: content.title,
    description: content.source,
    language: content.language,
    shapes,
  };
}

const SAMPLE_WIDTH = 26;
const SAMPLE_HEIGHT = 14;
const ITEM_GAP = 18;
const ROW_HEIGHT = 20;
const LEGEND_TEXT = 11;

/** Legend sections, one after the other; the items of a section flow left to right and wrap. */
function composeLegend(sections: readonly LegendSection[], width: number): { shapes: Shape[]; height: number } {
  const shapes: Shape[] = [];
  let y = 0;
  for (const section of sections) {
    if (section.items.length === 0) continue;
    const headingWidth = textWidth(section.heading, LEGEND_TEXT) + 12;
    shapes.push(
      textShape(0, y + 14, section.heading, LEGEND_TEXT, DIAGRAM_COLOURS.text, 'start', {
        className: 'legend-heading',
      }),
    );
    let x = Math.max(headingWidth, 64);
    for (const item of section.items) {
      const itemWidth = SAMPLE_WIDTH + 6 + textWidth(item.label, LEGEND_TEXT);
      if (x + itemWidth > width && x > 64) {
        x = 64;
        y += ROW_HEIGHT;
      }
      shapes.push({
        type: 'group',
        className: `legend-item${item.className ? ` ${item.className}` : ''}`,
        children: [
          sample(item, x, y),
          textShape(x + SAMPLE_WIDTH + 6, y + 14, item.label, LEGEND_TEXT, DIAGRAM_COLOURS.text),
        ],
      });
      x += itemWidth + ITEM_GAP;
    }
    y += ROW_HEIGHT + 4;
  }
  return { shapes, height: y };
}

function sample(item: LegendItem, x: number, y: number): Shape {
  if (item.kind === 'box') {
    return {
      type: 'rect',
      x,
      y: y + 3,
      width: SAMPLE_WIDTH,
      height: SAMPLE_HEIGHT,
      radius: item.rounded ? SAMPLE_HEIGHT / 2 : 3,
      style: {
        fill: item.fill,
        stroke: item.stroke ?? '#333333',
        strokeWidth: item.dash ? 1.6 : 0.8,
        ...(item.dash ? { dash: item.dash } : {}),
      },
    };
  }
  const mid = y + 3 + SAMPLE_HEIGHT / 2;
  return {
    type: 'path',
    d: `M${x} ${mid} L${x + SAMPLE_WIDTH} ${mid}`,
    style: { stroke: item.stroke, strokeWidth: item.width, ...(item.dash ? { dash: item.dash } : {}) },
  };
}
