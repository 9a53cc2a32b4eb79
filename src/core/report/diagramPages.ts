/**
 * Where a report diagram goes when printed, decided from its size alone so
 * Node can test it: a diagram prints no smaller than MIN_PRINT_SCALE of its
 * drawn size (its smallest text stays about 6.3 pt, still read on paper). One that
 * fits an A4 portrait page that way stays in the flow; a wider one gets a
 * landscape page of its own (CSS named pages); one that fits neither is
 * split into overlapping tiles, each on its own page, rather than shrunk
 * until its text cannot be read. On screen every diagram keeps its drawn
 * size and scrolls sideways.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A window onto the diagram, in its own units (the SVG's viewBox). */
export interface Tile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type PageOrientation = 'portrait' | 'landscape';

export interface DiagramPrint {
  readonly page: PageOrientation;
  /** Printed size over drawn size, at most 1. */
  readonly scale: number;
  /** One tile (the whole diagram) unless the diagram is split. */
  readonly tiles: readonly Tile[];
}

/** CSS pixels per millimetre (96 per inch). */
const PX_PER_MM = 96 / 25.4;

/** The page margins REPORT_CSS sets on every page. */
const PAGE_MARGIN_MM = { vertical: 16, horizontal: 14 } as const;

/** Room left for the tile's caption and rounding, so a full-page diagram never spills onto another page. */
const CAPTION_PX = 40;

/** The printable area of an A4 page, in CSS pixels. */
export const PRINTABLE: Readonly<Record<PageOrientation, Size>> = {
  portrait: printable(210, 297),
  landscape: printable(297, 210),
};

/** The smallest print scale: detail text drawn at 10.5 px prints at 8.4 px ≈ 6.3 pt, names (13 px) at 7.8 pt. */
export const MIN_PRINT_SCALE = 0.8;

/** Neighbouring tiles share this much of the diagram, so a box cut at a page edge is whole on one of them. */
export const TILE_OVERLAP = 60;

function printable(widthMm: number, heightMm: number): Size {
  return {
    width: Math.floor((widthMm - 2 * PAGE_MARGIN_MM.horizontal) * PX_PER_MM),
    height: Math.floor((heightMm - 2 * PAGE_MARGIN_MM.vertical) * PX_PER_MM) - CAPTION_PX,
  };
}

export function diagramPrint(size: Size): DiagramPrint {
  const whole: Tile = { x: 0, y: 0, width: size.width, height: size.height };
  for (const page of ['portrait', 'landscape'] as const) {
    const area = PRINTABLE[page];
    const scale = Math.min(1, area.width / size.width, area.height / size.height);
    if (scale >= MIN_PRINT_SCALE) return { page, scale, tiles: [whole] };
  }
  // Split on whichever orientation needs fewer pages at the smallest scale (landscape on a tie: most are wide).
  const plans = (['landscape', 'portrait'] as const).map((page) => {
    const area = PRINTABLE[page];
    const columns = tileCount(size.width, area.width / MIN_PRINT_SCALE);
    const rows = tileCount(size.height, area.height / MIN_PRINT_SCALE);
    return { page, area, columns, rows };
  });
  const plan = plans.reduce((best, p) => (p.columns * p.rows < best.columns * best.rows ? p : best));
  // As large as that many tiles allow: each tile must reach over its share of the diagram plus the overlaps.
  const span = (length: number, count: number) => (length + (count - 1) * TILE_OVERLAP) / count;
  const scale = Math.min(
    1,
    plan.area.width / span(size.width, plan.columns),
    plan.area.height / span(size.height, plan.rows),
  );
  const tileWidth = Math.min(size.width, plan.area.width / scale);
  const tileHeight = Math.min(size.height, plan.area.height / scale);
  const tiles: Tile[] = [];
  for (let row = 0; row < plan.rows; row++)
    for (let column = 0; column < plan.columns; column++)
      tiles.push({
        x: spread(column, plan.columns, size.width - tileWidth),
        y: spread(row, plan.rows, size.height - tileHeight),
        width: tileWidth,
        height: tileHeight,
      });
  return { page: plan.page, scale, tiles };
}

/**
 * Tables of this many columns or more print on a landscape page: at portrait
 * width their headers wrap a character a line, and a table wider than the
 * page makes Chromium shrink every page of the report to fit it.
 */
const LANDSCAPE_TABLE_COLUMNS = 10;

export function tablePage(columns: number): PageOrientation {
  return columns >= LANDSCAPE_TABLE_COLUMNS ? 'landscape' : 'portrait';
}

/** Tiles of `tile` needed to cover `length` with TILE_OVERLAP between neighbours. */
function tileCount(length: number, tile: number): number {
  return length <= tile ? 1 : Math.ceil((length - TILE_OVERLAP) / (tile - TILE_OVERLAP));
}

/** The i-th of `count` offsets spread evenly from 0 to `room` (the first tile at the start, the last at the end). */
function spread(i: number, count: number, room: number): number {
  return count <= 1 ? 0 : Math.round(((room * i) / (count - 1)) * 100) / 100;
}

/** The SVG's own size in CSS pixels, from the root's width and height (or its viewBox). */
export function svgSize(svg: string): Size | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) return null;
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  const width = Number.parseFloat(attribute('width') ?? '');
  const height = Number.parseFloat(attribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const box = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! };
  return null;
}

/** The SVG showing only `tile`: its root's viewBox set to the tile, its size to the tile's. */
export function svgTile(svg: string, tile: Tile): string {
  const round = (value: number) => String(Math.round(value * 100) / 100);
  return svg.replace(/<svg\b[^>]*>/, (root) => {
    const rest = root
      .replace(/^<svg\b/, '')
      .replace(/\s(?:width|height|viewBox)="[^"]*"/g, '')
      .replace(/>$/, '');
    return (
      `<svg width="${round(tile.width)}" height="${round(tile.height)}" ` +
      `viewBox="${round(tile.x)} ${round(tile.y)} ${round(tile.width)} ${round(tile.height)}"${rest}>`
    );
  });
}
