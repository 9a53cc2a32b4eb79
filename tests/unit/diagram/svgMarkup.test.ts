import { describe, expect, it } from 'vitest';
import { drawingToSvg } from '../../../src/core/diagram/drawingSvg.ts';
import { textShape } from '../../../src/core/diagram/drawing.ts';
import { element, escapeXml, formatNumber, text } from '../../../src/core/diagram/svgMarkup.ts';
import { readableTextColour } from '../../../src/core/diagram/palette.ts';
import { HOSTILE_NAME } from './parks.ts';
import { allElements, parseSvg, visibleTexts } from './svgTree.ts';

describe('svgMarkup', () => {
  it('escapes the five XML specials and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('bell\u0007 nul\u0000 ok\ttab')).toBe('bell nul ok\ttab');
    expect(escapeXml('lone \ud800 surrogate, pair 😀')).toBe('lone  surrogate, pair 😀');
  });

  it('builds elements with escaped attributes, leaving out undefined ones', () => {
    expect(element('text', { x: 1.234, y: -0.001, class: undefined, 'font-size': 12 }, [text('a<b')])).toBe(
      '<text x="1.23" y="0" font-size="12">a&lt;b</text>',
    );
    expect(element('rect', { fill: '"/><script>' })).toBe('<rect fill="&quot;/&gt;&lt;script&gt;"/>');
    expect(() => element('bad name', {})).toThrow();
    expect(() => element('g', { 'on click': 'x' })).toThrow();
    expect(formatNumber(Number.NaN)).toBe('0');
  });

  it('keeps a hostile text a text node through a whole drawing', () => {
    const svg = drawingToSvg({
      width: 100,
      height: 50,
      background: '#FFFFFF',
      title: HOSTILE_NAME,
      description: '</desc><script>alert(1)</script>',
      language: 'en',
      shapes: [textShape(10, 20, `${HOSTILE_NAME}\u0001`, 12, '#000000', 'start', { tooltip: HOSTILE_NAME })],
    });
    const root = parseSvg(svg);
    expect(allElements(root).map((e) => e.name)).toEqual(['svg', 'title', 'desc', 'rect', 'text', 'title']);
    expect(visibleTexts(root)).toEqual([HOSTILE_NAME]);
  });

  it('picks black or white text, whichever reads better on the box colour', () => {
    expect(readableTextColour('#F0E442')).toBe('#000000'); // Okabe–Ito yellow
    expect(readableTextColour('#0072B2')).toBe('#FFFFFF'); // Okabe–Ito blue
    expect(readableTextColour('#000000')).toBe('#FFFFFF');
    expect(readableTextColour('not a colour')).toBe('#000000');
  });
});
