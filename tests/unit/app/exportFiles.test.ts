import { describe, expect, it } from 'vitest';
import { exportFileName, localDate, safeFilePart } from '../../../src/app/outputs/fileNames.ts';
import { printDocument } from '../../../src/app/outputs/printSvg.ts';
import { canvasSize, svgSize } from '../../../src/app/outputs/rasterise.ts';

describe('file names', () => {
  it('keep letters, digits, _ and -, and replace every other run by one -', () => {
    expect(safeFilePart('scrap-steel_chain2')).toBe('scrap-steel_chain2');
    expect(safeFilePart('a / b : c')).toBe('a-b-c');
    expect(safeFilePart('..\\..\\etc')).toBe('etc');
    expect(safeFilePart('临沂经开区')).toBe('临沂经开区');
    expect(safeFilePart('???')).toBe('untitled');
    expect(safeFilePart('x'.repeat(200))).toHaveLength(80);
  });

  it('mark a PNG scale above 1 and drop odd characters from the extension', () => {
    expect(exportFileName(['p', 'sankey'], 'png', 1)).toBe('p-sankey.png');
    expect(exportFileName(['p', 'sankey'], 'png', 4)).toBe('p-sankey@4x.png');
    expect(exportFileName(['p'], '.s/vg')).toBe('p.svg');
  });

  it('date diagrams in the local calendar', () => {
    expect(localDate(new Date(2025, 2, 1, 23, 59))).toBe('2025-03-01');
  });
});

describe('SVG size and PNG canvas', () => {
  it('reads width and height, or the viewBox', () => {
    expect(svgSize('<?xml version="1.0"?>\n<svg xmlns="x" width="640" height="480.5">')).toEqual({
      width: 640,
      height: 480.5,
    });
    expect(svgSize('<svg viewBox="0 0 300 200">')).toEqual({ width: 300, height: 200 });
    expect(svgSize('<div/>')).toBeNull();
  });

  it('scales the canvas, within what browsers allocate', () => {
    expect(canvasSize({ width: 640, height: 480 }, 2)).toEqual({ width: 1280, height: 960 });
    const big = canvasSize({ width: 8000, height: 1000 }, 4);
    expect(big.width).toBeLessThanOrEqual(16384);
    expect(big.width / big.height).toBeCloseTo(8, 2);
  });
});

describe('printDocument', () => {
  it('is one landscape page of the chosen size holding the SVG, with the title escaped', () => {
    const svg =
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    const a3 = printDocument(svg, 'a3', '<b>链</b>');
    expect(a3).toContain('@page { size: A3 landscape');
    expect(a3).toContain('<title>&lt;b&gt;链&lt;/b&gt;</title>');
    expect(a3).not.toContain('<?xml');
    expect(printDocument(svg, 'a4', 't')).toContain('size: A4 landscape');
    expect(a3).toContain('<body><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/></body>');
  });
});
