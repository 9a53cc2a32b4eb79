/**
 * The model as an Excel workbook: one sheet per table (tableColumns.ts),
 * bilingual headers, drop-down lists for the fixed choices, and a notes
 * sheet. `xlsxTemplate()` is the same workbook with no data.
 */
import type { ParkModel } from '../model/types.ts';
import type { ValidationResult } from '../model/validate.ts';
import { escapeFormula } from './formulaEscape.ts';
import { modelToTables, type TableData } from './modelToTables.ts';
import { PARK_FIELDS, TABLE_ORDER, TABLES } from './tableColumns.ts';
import { headerOf, tableTitle } from './tableHeaders.ts';
import type { Cell } from './tableCells.ts';
import { NOTES_HEADER, NOTES_TITLE, notesRows } from './tableNotes.ts';
import { tablesToModel } from './tablesToModel.ts';
import { readWorkbook, writeWorkbook, type SheetSpec } from './xlsxWorkbook.ts';

function sheetOf({ table, rows }: TableData): SheetSpec {
  const lists = new Map<number, readonly string[]>();
  table.columns.forEach((column, index) => {
    if (column.values) lists.set(index, column.values);
    else if (column.type === 'boolean') lists.set(index, ['TRUE', 'FALSE']);
  });
  return {
    name: tableTitle(table),
    header: table.columns.map((column) => headerOf(column)),
    rows: rows.map((row) => row.map((cell): Cell => (typeof cell === 'string' ? escapeFormula(cell) : cell))),
    lists,
    ...(table.key === 'park' ? { widths: [28, 80] } : {}),
  };
}

const notesSheet: SheetSpec = {
  name: NOTES_TITLE,
  header: NOTES_HEADER,
  rows: notesRows(),
  widths: [18, 34, 36, 60, 60],
};

export function exportXlsx(model: ParkModel): Promise<Uint8Array> {
  return writeWorkbook([...modelToTables(model).map(sheetOf), notesSheet]);
}

/** Every sheet with its header; the park sheet lists its fields, ready to be filled in. */
export function xlsxTemplate(): Promise<Uint8Array> {
  const tables: TableData[] = TABLE_ORDER.map((key) => ({
    table: TABLES[key],
    rows:
      key === 'park'
        ? PARK_FIELDS.map((field) => [headerOf(field), field.key === 'schemaVersion' ? 1 : undefined])
        : [],
  }));
  return writeWorkbook([...tables.map(sheetOf), notesSheet]);
}

export async function importXlsx(bytes: Uint8Array, file: string): Promise<ValidationResult> {
  const { sheets, problems } = await readWorkbook(bytes, file);
  if (sheets.length === 0 && problems.length > 0) return { ok: false, errors: problems, warnings: [] };
  return tablesToModel(sheets, file, problems);
}
