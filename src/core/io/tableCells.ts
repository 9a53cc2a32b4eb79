/**
 * One cell ↔ one model value, by the column's type. Writers get typed cells
 * (text, number, boolean) and decide how their format stores them; readers
 * hand over what the file holds (CSV: text; XLSX: text, number or boolean)
 * and get the model value or a message saying why the cell is wrong.
 */
import { quote, type BilingualMessage } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { ColumnDef } from './tableColumns.ts';
import { unescapeFormula } from './formulaEscape.ts';

/** A cell as a file stores it; undefined is an empty cell. */
export type Cell = string | number | boolean | undefined;

const LIST_SEPARATOR = ' | ';

/** Model value → cell. Lists and JSON become text; absent values stay empty. */
export function toCell(value: unknown, column: ColumnDef): Cell {
  if (value === undefined || value === null) return undefined;
  if (column.type === 'list' && Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (column.type === 'json') return JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export type ParsedCell = { readonly value?: unknown } | { readonly error: BilingualMessage };

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '对', '√']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '错', '×']);

/** Spreadsheet cell → model value, undoing the formula escaping (formulaEscape.ts) first. */
export function fromCell(cell: Cell, column: ColumnDef): ParsedCell {
  return parseCell(typeof cell === 'string' ? unescapeFormula(cell) : cell, column);
}

/** A value as a file holds it → model value. An empty value gives none (the field stays absent). */
export function parseCell(cell: Cell, column: ColumnDef): ParsedCell {
  if (cell === undefined || cell === '') return {};
  const text = String(cell);
  switch (column.type) {
    case 'text':
      return text === '' ? {} : { value: text };
    case 'id':
    case 'name':
      return text.trim() === '' ? {} : { value: text.trim() };
    case 'number':
    case 'integer':
      return typeof cell === 'number' ? { value: cell } : parseNumber(text.trim());
    case 'boolean':
      return typeof cell === 'boolean' ? { value: cell } : parseBoolean(text.trim());
    case 'enum':
      return parseEnum(text.trim(), column);
    case 'list': {
      const items = text.split(/[|,;、，；\s]+/).filter((item) => item !== '');
      return items.length === 0 ? {} : { value: items };
    }
    case 'json':
      return parseJsonObject(text);
  }
}

/** Accepts "1234.5", "1.2e3" and "1,234.5" (thousands separators); anything else is rejected, not guessed. */
function parseNumber(text: string): ParsedCell {
  if (text === '') return {};
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  const value = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
  return Number.isFinite(value) ? { value } : { error: bilingual('io:notANumber', { value: quote(text) }) };
}

function parseBoolean(text: string): ParsedCell {
  if (text === '') return {};
  const lower = text.toLowerCase();
  if (TRUE_WORDS.has(lower)) return { value: true };
  if (FALSE_WORDS.has(lower)) return { value: false };
  return { error: bilingual('io:notBoolean', { value: quote(text) }) };
}

function parseEnum(text: string, column: ColumnDef): ParsedCell {
  if (text === '') return {};
  const values = column.values ?? [];
  const lower = text.toLowerCase();
  const value = values.find((v) => v === lower) ?? column.valueAliases?.[text];
  if (value !== undefined) return { value };
  const allowed = values.join(', ');
  return { error: bilingual('io:invalidValue', { value: quote(text), allowed }) };
}

function parseJsonObject(text: string): ParsedCell {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { value };
  return { error: bilingual('io:notJsonObject', { value: quote(text) }) };
}

/** Reads a dotted path (`location.lon`) from a record. */
export function getPath(record: unknown, key: string): unknown {
  let value: unknown = record;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Writes a dotted path, creating the objects on the way. */
export function setPath(record: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let target = record;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) target[part] = {};
    target = target[part] as Record<string, unknown>;
  }
  target[parts[parts.length - 1] as string] = value;
}
