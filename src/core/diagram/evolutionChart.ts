/**
 * The park's evolution as a chart (a renderer-neutral drawing, then SVG like
 * every other report figure): years on a linear x axis shared by two stacked
 * panels — links L and enterprises N above, cyclicity λmax below (its own
 * scale: a count and an eigenvalue on one axis would flatten the second).
 *
 * Step lines, not slopes: the park changes only in the change years and
 * stays as it is in between, so a value holds until the next change, and
 * after the last one. A sloped line would draw years that never existed.
 * The same drawing serves the HTML report and the app (which marks the year
 * its slider shows).
 */
import type { EvolutionYear, ParkEvolution } from '../analysis/evolution.ts';
import { evolutionWord } from '../analysis/evolutionText.ts';
import { networkNumberFormat } from '../analysis/network/explain.ts';
import type { Language } from '../model/types.ts';
import { message } from '../text/message.ts';
import { polylinePath, textShape, type Drawing, type Shape } from './drawing.ts';
import { drawingToSvg } from './drawingSvg.ts';
import { DIAGRAM_COLOURS } from './palette.ts';
import { textWidth } from './textMetrics.ts';

export interface EvolutionChartOptions {
  readonly language: Language;
  /** The drawing's width in px (the app's side panel is narrower than a report page). */
  readonly width?: number;
  /** A year to mark with a vertical line (the app's year slider); nothing is marked when absent. */
  readonly markYear?: number;
  /** The document title (SVG <title>); the section title by default. */
  readonly title?: string;
}

/** Okabe & Ito colours, told apart by colour-blind readers; the legend names them too. */
const EVOLUTION_SERIES_COLOURS = { links: '#0072B2', actors: '#009E73', cyclicity: '#D55E00' } as const;

const FONT = 11;
const TICK_FONT = 10;
const LEFT = 44;
const RIGHT = 16;
const LEGEND_HEIGHT = 36;
const COUNT_PANEL = 150;
const GAP = 32;
const CYCLE_PANEL = 76;
const AXIS_HEIGHT = 26;
const GRID = '#E6E6E6';

interface Scale {
  (value: number): number;
}

export function composeEvolutionChart(evolution: ParkEvolution, options: EvolutionChartOptions): Drawing {
  const { language } = options;
  const width = Math.max(320, options.width ?? 720);
  const years = evolution.years;
  const title = options.title ?? evolutionWord('title', language);
  const height = LEGEND_HEIGHT + COUNT_PANEL + GAP + CYCLE_PANEL + AXIS_HEIGHT;
  const base = { width, height, background: DIAGRAM_COLOURS.background, title, language };
  if (years.length === 0) {
    const none = evolutionWord('none', language);
    return {
      ...base,
      height: 40,
      description: none,
      shapes: [textShape(LEFT, 24, none, FONT, DIAGRAM_COLOURS.mutedText)],
    };
  }
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  // Room after the last change: its values hold on, and its marker is not on the edge.
  const pad = Math.max(1, Math.round((last - first) * 0.04));
  const x0 = first - (years.length === 1 ? pad : 0);
  const x1 = last + pad;
  const plotWidth = width - LEFT - RIGHT;
  const x: Scale = (year) => LEFT + ((year - x0) / (x1 - x0)) * plotWidth;

  const countTop = LEGEND_HEIGHT;
  const cycleTop = countTop + COUNT_PANEL + GAP;
  const countMax = Math.max(1, ...years.map((y) => Math.max(y.metrics.links, y.metrics.actors)));
  const countTicks = niceTicks(countMax, 4, true);
  const countScale = panelScale(countTop, COUNT_PANEL, countTicks[countTicks.length - 1]!);
  const cycleMax = Math.max(1, ...years.map((y) => y.metrics.cyclicity));
  const cycleTicks = niceTicks(cycleMax, 2, false);
  const cycleScale = panelScale(cycleTop, CYCLE_PANEL, cycleTicks[cycleTicks.length - 1]!);
  const { decimal } = networkNumberFormat(language);

  const shapes: Shape[] = [
    ...legend(language, width),
    ...yAxis(countTicks, countScale, width, (v) => String(v)),
    ...yAxis(cycleTicks, cycleScale, width, (v) => decimal(v, cycleTicks.some((t) => !Number.isInteger(t)) ? 1 : 0)),
    ...xAxis(first, last, x, cycleTop + CYCLE_PANEL, countTop),
    series('links', years, (y) => y.metrics.links, x, countScale, x1),
    // Dashed and drawn over the links: where L = N both lines still show.
    series('actors', years, (y) => y.metrics.actors, x, countScale, x1, [6, 4]),
    series('cyclicity', years, (y) => y.metrics.cyclicity, x, cycleScale, x1),
    ...years.map((y) => yearTarget(y, x, countTop, cycleTop + CYCLE_PANEL, language)),
  ];
  if (options.markYear !== undefined && options.markYear >= x0 && options.markYear <= x1)
    shapes.push(yearMark(options.markYear, x, countTop, cycleTop + CYCLE_PANEL, width, language));
  return { ...base, description: describe(evolution, language), shapes };
}

export function renderEvolutionChartSvg(evolution: ParkEvolution, options: EvolutionChartOptions): string {
  return drawingToSvg(composeEvolutionChart(evolution, options));
}

/** Ticks 0, step, 2·step … covering max with about `count` intervals; whole numbers for counts. */
export function niceTicks(max: number, count: number, integers: boolean): number[] {
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  if (integers) step = Math.max(1, Math.ceil(step));
  const ticks: number[] = [];
  for (let k = 0; ; k++) {
    const value = Math.round(k * step * 1e9) / 1e9;
    ticks.push(value);
    if (value >= max) break;
  }
  return ticks;
}

function panelScale(top: number, height: number, max: number): Scale {
  return (value) => top + height - (value / max) * height;
}

function legend(language: Language, width: number): Shape[] {
  const items: [keyof typeof EVOLUTION_SERIES_COLOURS, string, (readonly number[])?][] = [
    ['links', `${evolutionWord('links', language)} L`],
    ['actors', `${evolutionWord('actors', language)} N`, [6, 4]],
    ['cyclicity', message(language, 'diagram:evolutionLegendCyclicity')],
  ];
  const shapes: Shape[] = [];
  let left = LEFT;
  for (const [key, label, dash] of items) {
    if (left + 25 + textWidth(label, FONT) > width) break;
    shapes.push({
      type: 'path',
      className: `evo-legend ${key}`,
      d: polylinePath([
        { x: left, y: 12 },
        { x: left + 20, y: 12 },
      ]),
      style: { stroke: EVOLUTION_SERIES_COLOURS[key], strokeWidth: 2.5, ...(dash ? { dash } : {}) },
    });
    shapes.push(textShape(left + 25, 16, label, FONT, DIAGRAM_COLOURS.text));
    left += 25 + textWidth(label, FONT) + 18;
  }
  return shapes;
}

function yAxis(ticks: readonly number[], scale: Scale, width: number, label: (v: number) => string): Shape[] {
  return ticks.flatMap((t): Shape[] => [
    {
      type: 'path',
      className: 'evo-grid',
      d: polylinePath([
        { x: LEFT, y: scale(t) },
        { x: width - RIGHT, y: scale(t) },
      ]),
      style: { stroke: t === 0 ? DIAGRAM_COLOURS.mutedText : GRID, strokeWidth: 1 },
    },
    textShape(LEFT - 6, scale(t) + 3.5, label(t), TICK_FONT, DIAGRAM_COLOURS.mutedText, 'end'),
  ]);
}

/** Year ticks every 1, 2, 5, 10 … years, as dense as their labels allow. */
function xAxis(first: number, last: number, x: Scale, bottom: number, top: number): Shape[] {
  const perYear = x(first + 1) - x(first);
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200].find((s) => s * perYear >= 40) ?? 500;
  const shapes: Shape[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    shapes.push({
      type: 'path',
      className: 'evo-grid',
      d: polylinePath([
        { x: x(year), y: top },
        { x: x(year), y: bottom + 4 },
      ]),
      style: { stroke: GRID, strokeWidth: 1 },
    });
    shapes.push(textShape(x(year), bottom + 17, String(year), TICK_FONT, DIAGRAM_COLOURS.mutedText, 'middle'));
  }
  return shapes;
}

/** A step line through the change years, held after the last one, with a dot at each change. */
function series(
  key: keyof typeof EVOLUTION_SERIES_COLOURS,
  years: readonly EvolutionYear[],
  value: (y: EvolutionYear) => number,
  x: Scale,
  y: Scale,
  end: number,
  dash?: readonly number[],
): Shape {
  const points: { x: number; y: number }[] = [];
  years.forEach((row, i) => {
    const level = y(value(row));
    if (i > 0) points.push({ x: x(row.year), y: points[points.length - 1]!.y });
    points.push({ x: x(row.year), y: level });
  });
  points.push({ x: x(end), y: points[points.length - 1]!.y });
  const colour = EVOLUTION_SERIES_COLOURS[key];
  return {
    type: 'group',
    className: `evo-series ${key}`,
    children: [
      { type: 'path', d: polylinePath(points), style: { stroke: colour, strokeWidth: 2, ...(dash ? { dash } : {}) } },
      ...years.map((row): Shape => ({
        type: 'rect',
        className: 'evo-dot',
        x: x(row.year) - 3,
        y: y(value(row)) - 3,
        width: 6,
        height: 6,
        radius: 3,
        style: { fill: colour, stroke: DIAGRAM_COLOURS.background, strokeWidth: 1 },
      })),
    ],
  };
}

/**
 * An invisible column over each change year whose tooltip gives that year's
 * figures; its class names the year (`year-1985`), so the app can tell which
 * year was clicked. Class names start with `evo-` so a page's own styles
 * (an app's `.dot`, `.legend`) cannot reach into the chart.
 */
function yearTarget(row: EvolutionYear, x: Scale, top: number, bottom: number, language: Language): Shape {
  const { integer, decimal } = networkNumberFormat(language);
  const m = row.metrics;
  const tooltip = message(language, 'diagram:evolutionYearTooltip', {
    year: row.year,
    began: row.began.length,
    ended: row.ended.length,
    actors: integer(m.actors),
    links: integer(m.links),
    density: decimal(m.linkageDensity),
    connectance: decimal(m.connectance),
    cyclicity: decimal(m.cyclicity),
  });
  return {
    type: 'rect',
    className: `evo-year year-${row.year}`,
    tooltip,
    x: x(row.year) - 5,
    y: top,
    width: 10,
    height: bottom - top,
    style: { fill: '#FFFFFF', opacity: 0 },
  };
}

function yearMark(year: number, x: Scale, top: number, bottom: number, width: number, language: Language): Shape {
  const label = evolutionWord('yearValue', language, { year });
  // The label sits right of the line, or left of it where it would run off the chart.
  const right = x(year) + 4 + textWidth(label, TICK_FONT) <= width - 2;
  return {
    type: 'group',
    className: 'evo-mark',
    children: [
      {
        type: 'path',
        d: polylinePath([
          { x: x(year), y: top - 14 },
          { x: x(year), y: bottom },
        ]),
        style: { stroke: DIAGRAM_COLOURS.text, strokeWidth: 1.2, dash: [4, 3] },
      },
      textShape(
        right ? x(year) + 4 : x(year) - 4,
        top - 5,
        label,
        TICK_FONT,
        DIAGRAM_COLOURS.text,
        right ? 'start' : 'end',
      ),
    ],
  };
}

function describe(evolution: ParkEvolution, language: Language): string {
  const years = evolution.years;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return message(language, 'diagram:evolutionDescription', { first: first.year, last: last.year, n: years.length });
}
