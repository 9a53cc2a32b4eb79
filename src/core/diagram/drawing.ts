/**
 * A renderer-neutral drawing: rectangles, paths and text in one coordinate
 * system (y down, units = CSS px = PDF points before scaling). Diagrams are
 * composed once into a drawing; SVG and PDF each only translate it, so the
 * two exports cannot drift apart.
 */
import { printable } from './svgMarkup.ts';

export const CJK_FONT_STACK =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export interface ShapeStyle {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  /** Dash and gap lengths; absent = solid. */
  readonly dash?: readonly number[];
  readonly opacity?: number;
}

/** What SVG keeps and PDF ignores: a class for styling and tests, a tooltip. */
export interface ShapeMeta {
  readonly className?: string;
  readonly tooltip?: string;
}

export interface RectShape extends ShapeMeta {
  readonly type: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius?: number;
  readonly style: ShapeStyle;
}

/** An SVG path in absolute commands only (M, L, C, Q, Z), which pdf-lib draws as well. */
export interface PathShape extends ShapeMeta {
  readonly type: 'path';
  readonly d: string;
  readonly style: ShapeStyle;
}

export interface TextShape extends ShapeMeta {
  readonly type: 'text';
  /** The anchor point on the baseline. */
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly fill: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface GroupShape extends ShapeMeta {
  readonly type: 'group';
  /** Moves the children by (dx, dy). */
  readonly dx?: number;
  readonly dy?: number;
  readonly children: readonly Shape[];
}

export type Shape = RectShape | PathShape | TextShape | GroupShape;

export interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** The document title (SVG <title>, PDF metadata). */
  readonly title: string;
  /** A one-line description (SVG <desc>, PDF subject). */
  readonly description: string;
  readonly language: 'zh' | 'en';
  readonly shapes: readonly Shape[];
}

/** A text shape with characters no output format can carry removed. */
export function textShape(
  x: number,
  y: number,
  value: string,
  size: number,
  fill: string,
  anchor: TextShape['anchor'] = 'start',
  meta: ShapeMeta = {},
): TextShape {
  return { type: 'text', x, y, text: printable(value), size, fill, anchor, ...meta };
}

/** Distance from the top of a line box to its baseline, for a CJK sans face (ascent ≈ 0.88 em). */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight * size - size) / 2 + 0.88 * size;
}

/** A polyline as an absolute SVG path. */
export function polylinePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** A rounded rectangle as a path (quadratic corners), for renderers without rounded rectangles. */
export function roundedRectPath(x: number, y: number, width: number, height: number, radius = 0): string {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  if (r === 0)
    return `M${round(x)} ${round(y)} L${round(x + width)} ${round(y)} L${round(x + width)} ${round(y + height)} L${round(x)} ${round(y + height)} Z`;
  const [x0, y0, x1, y1] = [x, y, x + width, y + height].map(round) as [number, number, number, number];
  const q = (cx: number, cy: number, ex: number, ey: number) => `Q${cx} ${cy} ${round(ex)} ${round(ey)}`;
  return [
    `M${round(x + r)} ${y0}`,
    `L${round(x1 - r)} ${y0}`,
    q(x1, y0, x1, y + r),
    `L${x1} ${round(y1 - r)}`,
    q(x1, y1, x1 - r, y1),
    `L${round(x + r)} ${y1}`,
    q(x0, y1, x0, y1 - r),
    `L${x0} ${round(y + r)}`,
    q(x0, y0, x + r, y0),
    'Z',
  ].join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
