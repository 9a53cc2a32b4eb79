/**
 * One row of an exchange list → the exchange it states, or located errors
 * (file, row, the column's header as the file shows it). Only what a single
 * row can tell is checked here; what rows say together (a material's
 * category, its unit, near-duplicate names) is flowsCsv.ts's.
 */
import { BOUNDARY_IDS, FLOW_STATUSES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../model/schema.ts';
import type { FlowStatus, MaterialCategory } from '../model/types.ts';
import { problem, quote, type BilingualMessage, type Problem, type ProblemLocation } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import { findUnit } from '../model/units.ts';
import type { CsvRow } from './csvTable.ts';
import { columnLabel } from './csvHeaders.ts';
import { COLUMN, parseCategory, parseStatus } from './flowsCsvColumns.ts';
import { attributeValue, type AttributeValue } from './flowsCsvAttributes.ts';

/** What a row's category cell says: `unclassified` is the row's own word for "not known". */
export type CategoryCell =
  | { readonly kind: 'given'; readonly value: MaterialCategory }
  | { readonly kind: 'unclassified' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'unknown'; readonly text: string };

export interface ExchangeRow {
  readonly row: number;
  /** Names, aliases applied; a boundary id for the park's outside. */
  readonly from: string;
  readonly to: string;
  readonly material: string;
  readonly category: CategoryCell;
  readonly quantity?: number;
  readonly unit?: string;
  readonly status: FlowStatus;
  readonly startYear?: number;
  readonly endYear?: number;
  readonly citation?: string;
  readonly note?: string;
  readonly attributes: ReadonlyMap<string, AttributeValue>;
}

export interface RowContext {
  readonly file: string;
  /** Each known column's header in this file, by canonical name. */
  readonly headers: ReadonlyMap<string, string>;
  /** The attribute key of each extra column, by its header; headers not here are not kept. */
  readonly attributeKeys: ReadonlyMap<string, string>;
  /** The alias table's name for a name (itself when none). */
  readonly resolve: (name: string) => string;
}

/** Years a flow may carry (schema.ts flowSchema). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/** Undefined when the row has an error: every error is in `problems`, each at its cell. */
export function parseExchangeRow(row: CsvRow, ctx: RowContext, problems: Problem[]): ExchangeRow | undefined {
  const before = problems.length;
  const at = (column: string): ProblemLocation => ({
    file: ctx.file,
    row: row.row,
    column: ctx.headers.get(column) ?? column,
  });
  const fail = (column: string, text: BilingualMessage) =>
    problems.push(problem('error', 'csv-cell', [], text, at(column)));
  const text = (column: string, max: number): string | undefined => {
    const value = row.cells.get(column);
    if (value !== undefined && value.length > max) fail(column, bilingual('io:tooLong', { length: value.length, max }));
    return value;
  };
  const name = (column: string): string | undefined => {
    const value = text(column, MAX_NAME_LENGTH);
    if (value === undefined) fail(column, bilingual('io:requiredMissing'));
    return value === undefined ? undefined : ctx.resolve(value);
  };

  const from = name(COLUMN.from);
  const to = name(COLUMN.to);
  const material = name(COLUMN.material);
  checkEnds(from, to, fail);

  const quantityText = row.cells.get(COLUMN.quantity);
  const quantity = quantityText === undefined ? undefined : parseQuantity(quantityText);
  if (quantityText !== undefined && quantity === undefined)
    fail(COLUMN.quantity, bilingual('io:quantityNotNumber', { value: quote(quantityText) }));
  else if (quantity !== undefined && quantity < 0)
    fail(COLUMN.quantity, bilingual('io:quantityNegative', { value: quantityText as string }));
  const unitText = row.cells.get(COLUMN.unit);
  const unit = unitText === undefined ? undefined : findUnit(unitText)?.id;
  if (unitText !== undefined && unit === undefined)
    fail(COLUMN.unit, bilingual('io:unknownUnit', { unit: quote(unitText) }));
  if (quantity !== undefined && unitText === undefined) fail(COLUMN.unit, bilingual('io:quantityWithoutUnit'));

  const statusText = row.cells.get(COLUMN.status);
  const status = statusText === undefined ? 'existing' : parseStatus(statusText);
  if (status === undefined)
    fail(COLUMN.status, bilingual('io:invalidStatus', { value: quote(statusText), allowed: FLOW_STATUSES.join(', ') }));

  const startYear = year(COLUMN.startYear, row, fail);
  const endYear = year(COLUMN.endYear, row, fail);
  if (startYear !== undefined && endYear !== undefined && endYear < startYear)
    fail(COLUMN.endYear, bilingual('io:endBeforeStart', { end: endYear, start: startYear }));

  const citation = text(COLUMN.citation, MAX_TEXT_LENGTH);
  const note = text(COLUMN.note, MAX_TEXT_LENGTH);
  let attributes: Map<string, AttributeValue> | undefined;
  for (const [header, raw] of row.extra) {
    const key = ctx.attributeKeys.get(header);
    if (key === undefined) continue;
    const value = attributeValue(raw);
    if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) {
      problems.push(
        problem('error', 'csv-cell', [], bilingual('io:tooLong', { length: value.length, max: MAX_TEXT_LENGTH }), {
          file: ctx.file,
          row: row.row,
          column: columnLabel(header),
        }),
      );
    } else (attributes ??= new Map()).set(key, value);
  }

  if (problems.length > before || from === undefined || to === undefined || material === undefined || !status)
    return undefined;
  return {
    row: row.row,
    from,
    to,
    material,
    category: categoryCell(row.cells.get(COLUMN.category)),
    ...(quantity === undefined ? {} : { quantity }),
    ...(unit === undefined ? {} : { unit }),
    status,
    ...(startYear === undefined ? {} : { startYear }),
    ...(endYear === undefined ? {} : { endYear }),
    ...(citation === undefined ? {} : { citation }),
    ...(note === undefined ? {} : { note }),
    attributes: attributes ?? NO_ATTRIBUTES,
  };
}

/** Shared by every row without attributes (most of a 500 000-row list): one empty map, not one each. */
const NO_ATTRIBUTES: ReadonlyMap<string, AttributeValue> = new Map();

const BLANK: CategoryCell = { kind: 'blank' };
const UNCLASSIFIED: CategoryCell = { kind: 'unclassified' };
/** One cell object per category, shared by the rows that give it. */
const GIVEN = new Map<MaterialCategory, CategoryCell>();

function categoryCell(text: string | undefined): CategoryCell {
  if (text === undefined) return BLANK;
  const value = parseCategory(text);
  if (value === undefined) return { kind: 'unknown', text };
  if (value === 'unclassified') return UNCLASSIFIED;
  let cell = GIVEN.get(value);
  if (!cell) GIVEN.set(value, (cell = { kind: 'given', value }));
  return cell;
}

/** `@supply` only sends, `@market` and `@disposal` only receive; other `@` names are reserved. */
function checkEnds(
  from: string | undefined,
  to: string | undefined,
  fail: (column: string, text: BilingualMessage) => void,
): void {
  const boundaries = BOUNDARY_IDS.join(', ');
  for (const [column, end, allowed] of [
    [COLUMN.from, from, ['@supply']],
    [COLUMN.to, to, ['@market', '@disposal']],
  ] as const) {
    if (end === undefined || !end.startsWith('@') || (allowed as readonly string[]).includes(end)) continue;
    if ((BOUNDARY_IDS as readonly string[]).includes(end))
      fail(column, bilingual('io:boundaryNotHere', { boundary: quote(end), boundaries }));
    else fail(column, bilingual('io:reservedName', { boundaries, name: quote(end) }));
  }
  if (from !== undefined && from === to && from.startsWith('@')) fail(COLUMN.to, bilingual('io:bothBoundaries'));
}

/** `2019`, `2019.0` (a spreadsheet's number) or `2019年`, between 1900 and 2200. */
function year(column: string, row: CsvRow, fail: (column: string, text: BilingualMessage) => void): number | undefined {
  const text = row.cells.get(column);
  if (text === undefined) return undefined;
  const match = /^(\d{4})(\.0+)?\s*年?$/.exec(text.normalize('NFKC'));
  const value = match ? Number(match[1]) : undefined;
  if (value !== undefined && value >= FIRST_YEAR && value <= LAST_YEAR) return value;
  fail(column, bilingual('io:invalidYear', { value: quote(text), first: FIRST_YEAR, last: LAST_YEAR }));
  return undefined;
}

/** Accepts "1234.5", "1.2e3" and "1,234.5" (thousands separators); anything else is rejected, not guessed. */
function parseQuantity(text: string): number | undefined {
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}
