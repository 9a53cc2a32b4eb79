import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../src/core/io/formulaEscape.ts';

describe('formula escaping', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")']) {
      expect(escapeFormula(text)).toBe(`'${text}`);
    }
    expect(escapeFormula('steam')).toBe('steam');
    expect(escapeFormula('a=b')).toBe('a=b');
    expect(escapeFormula('')).toBe('');
  });

  it('escapes a leading apostrophe too, so that unescaping is unambiguous', () => {
    expect(escapeFormula("'quoted")).toBe("''quoted");
    expect(unescapeFormula("''quoted")).toBe("'quoted");
    expect(unescapeFormula("'=1")).toBe('=1');
    expect(unescapeFormula('plain')).toBe('plain');
  });

  it('round-trips any text, and escaped text never starts with a trigger', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeFormula(text);
        expect(unescapeFormula(escaped)).toBe(text);
        expect(/^[=+\-@\t\r]/.test(escaped)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
