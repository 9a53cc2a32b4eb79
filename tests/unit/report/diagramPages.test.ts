/** Where a report diagram prints, decided from its drawn size alone. */
import { describe, expect, it } from 'vitest';
import {
  diagramPrint,
  MIN_PRINT_SCALE,
  PRINTABLE,
  svgSize,
  svgTile,
  tablePage,
  TILE_OVERLAP,
  type Size,
  type Tile,
} from '../../../src/core/report/diagramPages.ts';

/** Whether the tiles together show every point of a diagram of `size`. */
function covers(tiles: readonly Tile[], size: Size): boolean {
  for (let x = 0; x <= size.width; x += 10)
    for (let y = 0; y <= size.height; y += 10)
      if (!tiles.some((t) => x >= t.x && x <= t.x + t.width && y >= t.y && y <= t.y + t.height)) return false;
  return true;
}

describe('diagramPrint', () => {
  it('keeps a diagram that fits a portrait page in the flow, at its drawn size or a little smaller', () => {
    expect(diagramPrint({ width: 600, height: 400 })).toEqual({
      page: 'portrait',
      scale: 1,
      tiles: [{ x: 0, y: 0, width: 600, height: 400 }],
    });
    const slightlyWide = diagramPrint({ width: 830, height: 434 });
    expect(slightlyWide.page).toBe('portrait');
    expect(slightlyWide.scale).toBeCloseTo(PRINTABLE.portrait.width / 830);
  });

  it('gives a diagram too wide for portrait a landscape page instead of shrinking it below the readable scale', () => {
    const wide = diagramPrint({ width: 1110, height: 561 });
    expect(wide.page).toBe('landscape');
    expect(wide.tiles).toHaveLength(1);
    expect(wide.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(1110 * wide.scale).toBeLessThanOrEqual(PRINTABLE.landscape.width);
  });

  it('splits one too big for any page into overlapping tiles that cover it, each printed at a readable scale', () => {
    for (const size of [
      { width: 2183, height: 1247 },
      { width: 1874, height: 525 },
      { width: 959, height: 1208 },
      { width: 600, height: 2400 },
    ]) {
      const print = diagramPrint(size);
      expect(print.tiles.length).toBeGreaterThan(1);
      expect(print.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
      expect(covers(print.tiles, size)).toBe(true);
      for (const tile of print.tiles) {
        expect(tile.width * print.scale).toBeLessThanOrEqual(PRINTABLE[print.page].width + 0.01);
        expect(tile.height * print.scale).toBeLessThanOrEqual(PRINTABLE[print.page].height + 0.01);
      }
    }
    // A long strip goes onto landscape pages side by side, overlapping.
    const strip = diagramPrint({ width: 1874, height: 525 });
    expect(strip.page).toBe('landscape');
    expect(strip.tiles).toHaveLength(2);
    expect(strip.tiles[0]!.x + strip.tiles[0]!.width - strip.tiles[1]!.x).toBeGreaterThanOrEqual(TILE_OVERLAP);
    // A tall narrow one onto portrait pages, one above the other.
    const tower = diagramPrint({ width: 600, height: 2400 });
    expect(tower.page).toBe('portrait');
    expect(new Set(tower.tiles.map((t) => t.x))).toEqual(new Set([0]));
  });
});

describe('svgSize and svgTile', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="800" viewBox="0 0 2000 800" role="img"><rect/></svg>';

  it('reads the drawn size from the root', () => {
    expect(svgSize(svg)).toEqual({ width: 2000, height: 800 });
    expect(svgSize('<svg viewBox="0 0 30 20"></svg>')).toEqual({ width: 30, height: 20 });
    expect(svgSize('<p>no svg</p>')).toBeNull();
  });

  it('shows one window of the diagram by its viewBox, keeping the other attributes', () => {
    const tile = svgTile(svg, { x: 940, y: 0, width: 1060, height: 700 });
    expect(tile).toBe(
      '<svg width="1060" height="700" viewBox="940 0 1060 700" xmlns="http://www.w3.org/2000/svg" role="img"><rect/></svg>',
    );
  });
});

describe('tablePage', () => {
  it('puts tables of many columns on a landscape page', () => {
    expect(tablePage(6)).toBe('portrait');
    expect(tablePage(14)).toBe('landscape');
  });
});
