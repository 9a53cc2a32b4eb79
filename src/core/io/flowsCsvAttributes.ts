/**
 * Columns an exchange list has that the importer does not know become
 * custom attributes of each flow, under their header text (domain.md §5a:
 * kept, never dropped). Import and export agree on how a value is written,
 * so a model's attributes come back exactly:
 * - a number is written plainly and read back as a number when the text is
 *   exactly how JavaScript writes that number (`24`, `0.5`, `1e+21`; not
 *   `007` or `1,000`, which stay text);
 * - `true` / `false` are booleans;
 * - text that would read as something else, or starts with a formula
 *   character, gets a leading apostrophe, the spreadsheet convention for
 *   "this is text" (formulaEscape.ts).
 * A header that the importer would read as one of its own columns (an
 * attribute named `year`) is written as `attribute:year`; `attribute:` (or
 * `属性:`) in front of any header makes it an attribute. Headers are trimmed
 * like every cell, so a key's own leading or trailing spaces do not survive.
 */
import { normalizeHeader } from './csvHeaders.ts';
import { escapeFormula, unescapeFormula } from './formulaEscape.ts';
import { FLOWS_CSV_COLUMNS } from './flowsCsvColumns.ts';

export type AttributeValue = string | number | boolean;

const PREFIX = 'attribute:';
const PREFIXES = [PREFIX, '属性:'];

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A cell as the file holds it (trimmed, apostrophe not yet removed) → the attribute's value. */
export function attributeValue(raw: string): AttributeValue {
  if (raw.startsWith("'")) return unescapeFormula(raw);
  if (NUMBER.test(raw)) {
    const value = Number(raw);
    if (Number.isFinite(value) && String(value) === raw) return value;
  }
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  return raw;
}

/** A header (already trimmed and unescaped) → the attribute key: the header, less one `attribute:` prefix. */
export function attributeKey(header: string): string {
  const folded = header.normalize('NFKC').toLowerCase();
  const prefix = PREFIXES.find((p) => folded.startsWith(p));
  // NFKC keeps the length of these ASCII and CJK prefixes, and a full-width colon folds to one character too.
  return prefix === undefined ? header : header.slice(prefix.length);
}

const KNOWN_HEADERS = new Set(FLOWS_CSV_COLUMNS.flatMap((c) => [c.name, ...c.aliases]).map(normalizeHeader));

/** The header cell an attribute is written under, so that `attributeKey` of it read back is `key`. */
export function attributeHeader(key: string): string {
  const folded = key.normalize('NFKC').toLowerCase();
  const plain =
    key !== '' &&
    key === key.trim() &&
    !KNOWN_HEADERS.has(normalizeHeader(key)) &&
    !PREFIXES.some((p) => folded.startsWith(p));
  return escapeFormula(plain ? key : `${PREFIX}${key}`);
}

/** The cell an attribute value is written as, so that `attributeValue` of it read back is `value`. */
export function attributeCell(value: AttributeValue): string {
  if (typeof value !== 'string') return String(value);
  // An empty cell is no value at all: empty text is written as a lone apostrophe.
  const readsBack =
    value !== '' && value === value.trim() && attributeValue(value) === value && escapeFormula(value) === value;
  return readsBack ? value : `'${value}`;
}
