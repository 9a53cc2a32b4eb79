/**
 * The names the material and process views print beside their nodes, and
 * the room each takes. Layout runs before any font is loaded, so widths are
 * the estimates of core's text metrics (CJK one em, Latin about half); the
 * drawer prints at most that wide. Pure.
 */
import { textWidth, wrapText } from '../../core/diagram/textMetrics.ts';
import { localize } from '../../core/model/labels.ts';
import type { Language, LocalizedText } from '../../core/model/types.ts';

/** Label font size in layout units: at the fit zoom one unit is about one pixel or less. */
export const VIEW_LABEL_FONT = 12;
/** Between a disc and its name, in layout units. */
export const LABEL_GAP = 3;
/** A label line's height, as a multiple of the font size (canvas text plus its halo). */
export const VIEW_LABEL_LINE = 1.25;
/**
 * Widest label line, in ems, and most lines: a name is wrapped into at most
 * two narrow lines and cut with "…" after (the hover tooltip has it whole).
 * A layer is as wide as its widest name, and a park's chains make a dozen
 * layers or more: names on one long line would shrink the fitted picture
 * below legibility.
 */
const MAX_LINE_EMS = 6.5;
const MAX_LINES = 2;

/**
 * The printed name, in lines: the full name without its parenthesised
 * asides ("soda ash (sodium carbonate)" → "soda ash", "再生水(中水)" →
 * "再生水"), which the tooltip keeps, wrapped and cut to the label's room.
 */
export function viewLabel(name: LocalizedText, language: Language): readonly string[] {
  const full = localize(name, language).trim();
  const bare = full
    .replace(/\s*[(（][^()（）]*[)）]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const maxWidth = MAX_LINE_EMS * VIEW_LABEL_FONT;
  // All the lines, then cut here: wrapText's own cut joins the cut-off words without their space.
  const lines = wrapText(bare === '' ? full : bare, maxWidth, VIEW_LABEL_FONT, Number.MAX_SAFE_INTEGER);
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = withEllipsis(kept[MAX_LINES - 1]!, maxWidth);
  return kept;
}

/** The line with "…" after it, shortened until both fit. */
function withEllipsis(line: string, maxWidth: number): string {
  const chars = [...line];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, VIEW_LABEL_FONT) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** A label's estimated size in layout units (at `VIEW_LABEL_FONT`). */
export function labelSize(lines: readonly string[]): { width: number; height: number } {
  const width = Math.max(0, ...lines.map((line) => textWidth(line, VIEW_LABEL_FONT)));
  return { width: Math.ceil(width), height: Math.ceil(lines.length * VIEW_LABEL_FONT * VIEW_LABEL_LINE) };
}
