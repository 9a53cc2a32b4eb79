/**
 * Text width estimates for layout. Layout runs before any font is loaded
 * (and in the browser, in Node and in a worker alike), so widths are
 * estimated per character: CJK ideographs, kana, hangul and full-width
 * forms take one em; Latin letters about half an em (a little generous, so
 * the real text never overflows its box).
 */

const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ .,:;!|'`iljfrtI()[\]{}·]/;
const WIDE = /[mwMW@%&]/;
const UPPER_OR_DIGIT = /[A-Z0-9#$?]/;

/** Estimated advance of one character, in ems. */
function charWidth(char: string): number {
  if (FULL_WIDTH.test(char)) return 1;
  if (NARROW.test(char)) return 0.32;
  if (WIDE.test(char)) return 0.86;
  if (UPPER_OR_DIGIT.test(char)) return 0.64;
  return char.codePointAt(0)! > 0x2000 ? 1 : 0.56;
}

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/**
 * Greedy line breaking at `maxWidth`: between words for Latin text, between
 * any two characters for CJK. At most `maxLines` lines; the last one ends
 * with "…" when the text does not fit.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const tokens = tokenize(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line === '' ? token.trimStart() : line + token;
    if (textWidth(candidate, fontSize) <= maxWidth || line === '') {
      line = candidate;
      // A single token wider than the line is cut by characters.
      while (textWidth(line, fontSize) > maxWidth && [...line].length > 1) {
        const [head, rest] = splitAtWidth(line, maxWidth, fontSize);
        lines.push(head);
        line = rest;
      }
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
  }
  if (line !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]!}${lines[maxLines]!}`, maxWidth, fontSize);
  return kept;
}

function ellipsize(text: string, maxWidth: number, fontSize: number): string {
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function splitAtWidth(text: string, maxWidth: number, fontSize: number): [string, string] {
  const chars = [...text];
  let width = 0;
  let i = 0;
  while (i < chars.length && width + charWidth(chars[i]!) * fontSize <= maxWidth)
    width += charWidth(chars[i++]!) * fontSize;
  const cut = Math.max(1, i);
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}

/** Words with their leading space; every full-width character is a token of its own. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (const char of text) {
    if (FULL_WIDTH.test(char)) {
      if (current !== '') tokens.push(current);
      tokens.push(char);
      current = '';
    } else if (char === ' ') {
      if (current !== '') tokens.push(current);
      current = ' ';
    } else {
      current += char;
      if (char === '/' || char === '-') {
        tokens.push(current);
        current = '';
      }
    }
  }
  if (current !== '') tokens.push(current);
  return tokens;
}
