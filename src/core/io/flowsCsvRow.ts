/**
 * One row of an exchange list → the exchange it states, or located errors
 * (file, row, the column's header as the file shows it). Only what a single
 * row can tell is checked here; what rows say together (a material's
 * category, its unit, near-duplicate names) is flowsCsv.ts's.
 */
import { BOUNDARY_IDS, FLOW_STATUSES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../model/schema.ts';
import type { FlowStatus, MaterialCategory } from '../model/types.ts';
import { problem, quote, type Problem, type ProblemLocation } from '../model/problems.ts';
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
  const fail = (column: string, zh: string, en: string) =>
    problems.push(problem('error', 'csv-cell', [], { zh, en }, at(column)));
  const text = (column: string, max: number): string | undefined => {
    const value = row.cells.get(column);
    if (value !== undefined && value.length > max)
      fail(
        column,
        `内容过长(${value.length} 个字符,最多 ${max} 个)`,
        `too long (${value.length} characters; at most ${max})`,
      );
    return value;
  };
  const name = (column: string): string | undefined => {
    const value = text(column, MAX_NAME_LENGTH);
    if (value === undefined) fail(column, '缺少必填值', 'required value is missing');
    return value === undefined ? undefined : ctx.resolve(value);
  };

  const from = name(COLUMN.from);
  const to = name(COLUMN.to);
  const material = name(COLUMN.material);
  checkEnds(from, to, fail);

  const quantityText = row.cells.get(COLUMN.quantity);
  const quantity = quantityText === undefined ? undefined : parseQuantity(quantityText);
  if (quantityText !== undefined && quantity === undefined)
    fail(
      COLUMN.quantity,
      `数量 ${quote(quantityText)} 不是有效数字`,
      `quantity ${quote(quantityText)} is not a number`,
    );
  else if (quantity !== undefined && quantity < 0)
    fail(COLUMN.quantity, `数量不能为负(${quantityText})`, `quantity must not be negative (got ${quantityText})`);
  const unitText = row.cells.get(COLUMN.unit);
  const unit = unitText === undefined ? undefined : findUnit(unitText)?.id;
  if (unitText !== undefined && unit === undefined)
    fail(COLUMN.unit, `未知单位 ${quote(unitText)}`, `unknown unit ${quote(unitText)}`);
  if (quantity !== undefined && unitText === undefined)
    fail(
      COLUMN.unit,
      '有数量而没有单位:请填写单位(如 t/a),或把数量也留空(结构性交换)',
      'a quantity without a unit: give the unit (e.g. t/a), or leave the quantity out too (a structural exchange)',
    );

  const statusText = row.cells.get(COLUMN.status);
  const status = statusText === undefined ? 'existing' : parseStatus(statusText);
  if (status === undefined)
    fail(
      COLUMN.status,
      `无效状态 ${quote(statusText)},可选:${FLOW_STATUSES.join(', ')}`,
      `invalid status ${quote(statusText)}; expected one of ${FLOW_STATUSES.join(', ')}`,
    );

  const startYear = year(COLUMN.startYear, row, fail);
  const endYear = year(COLUMN.endYear, row, fail);
  if (startYear !== undefined && endYear !== undefined && endYear < startYear)
    fail(
      COLUMN.endYear,
      `终止年份 ${endYear} 早于起始年份 ${startYear}`,
      `the end year ${endYear} is before the start year ${startYear}`,
    );

  const citation = text(COLUMN.citation, MAX_TEXT_LENGTH);
  const note = text(COLUMN.note, MAX_TEXT_LENGTH);
  const attributes = new Map<string, AttributeValue>();
  for (const [header, raw] of row.extra) {
    const key = ctx.attributeKeys.get(header);
    if (key === undefined) continue;
    const value = attributeValue(raw);
    if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) {
      problems.push(
        problem(
          'error',
          'csv-cell',
          [],
          {
            zh: `内容过长(${value.length} 个字符,最多 ${MAX_TEXT_LENGTH} 个)`,
            en: `too long (${value.length} characters; at most ${MAX_TEXT_LENGTH})`,
          },
          { file: ctx.file, row: row.row, column: columnLabel(header) },
        ),
      );
    } else attributes.set(key, value);
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
    attributes,
  };
}

function categoryCell(text: string | undefined): CategoryCell {
  if (text === undefined) return { kind: 'blank' };
  const value = parseCategory(text);
  if (value === undefined) return { kind: 'unknown', text };
  return value === 'unclassified' ? { kind: 'unclassified' } : { kind: 'given', value };
}

/** `@supply` only sends, `@market` and `@disposal` only receive; other `@` names are reserved. */
function checkEnds(
  from: string | undefined,
  to: string | undefined,
  fail: (column: string, zh: string, en: string) => void,
): void {
  const boundaries = BOUNDARY_IDS.join(', ');
  for (const [column, end, allowed] of [
    [COLUMN.from, from, ['@supply']],
    [COLUMN.to, to, ['@market', '@disposal']],
  ] as const) {
    if (end === undefined || !end.startsWith('@') || (allowed as readonly string[]).includes(end)) continue;
    if ((BOUNDARY_IDS as readonly string[]).includes(end))
      fail(
        column,
        `园区边界 ${quote(end)} 不能用在此列`,
        `boundary ${quote(end)} cannot be used in this column (${boundaries})`,
      );
    else
      fail(
        column,
        `以 @ 开头的名称留给园区边界(${boundaries}),${quote(end)} 不是其中之一`,
        `names starting with @ are reserved for the park boundary (${boundaries}); ${quote(end)} is not one of them`,
      );
  }
  if (from !== undefined && from === to && from.startsWith('@'))
    fail(COLUMN.to, '两端不能都是园区边界', 'both ends cannot be boundary actors');
}

/** `2019`, `2019.0` (a spreadsheet's number) or `2019年`, between 1900 and 2200. */
function year(column: string, row: CsvRow, fail: (column: string, zh: string, en: string) => void): number | undefined {
  const text = row.cells.get(column);
  if (text === undefined) return undefined;
  const match = /^(\d{4})(\.0+)?\s*年?$/.exec(text.normalize('NFKC'));
  const value = match ? Number(match[1]) : undefined;
  if (value !== undefined && value >= FIRST_YEAR && value <= LAST_YEAR) return value;
  fail(
    column,
    `年份 ${quote(text)} 无效(应为 ${FIRST_YEAR}–${LAST_YEAR} 之间的年份)`,
    `invalid year ${quote(text)} (a year from ${FIRST_YEAR} to ${LAST_YEAR})`,
  );
  return undefined;
}

/** Accepts "1234.5", "1.2e3" and "1,234.5" (thousands separators); anything else is rejected, not guessed. */
function parseQuantity(text: string): number | undefined {
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}
