/**
 * One sheet (or CSV file) of cells → rows of named, typed values, with every
 * problem placed where the user sees it: file, sheet, the row number the
 * spreadsheet shows (header = row 1) and the column letter with its header.
 */
import { problem, quote, type Problem, type ProblemLocation } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import { type ColumnDef, type TableDef } from './tableColumns.ts';
import { columnAliasLookup, columnLookup } from './tableHeaders.ts';
import { fromCell, setPath, type Cell } from './tableCells.ts';

export interface RawRow {
  /** 1-based row number as the spreadsheet shows it. */
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** What a CSV file or a worksheet holds, before any meaning is given to it. */
export interface RawSheet {
  /** Sheet or file name, which says which table it is. */
  readonly name: string;
  readonly file: string;
  readonly sheet?: string;
  /** Non-empty rows, the header first. */
  readonly rows: readonly RawRow[];
}

export interface TableRow {
  readonly row: number;
  /** Raw cells of the known columns, by column key. */
  readonly cells: ReadonlyMap<string, Cell>;
  /** Cells under headers the table does not know, by header text. */
  readonly extra: ReadonlyMap<string, Cell>;
  /** Where a column of this row is, for problems. */
  at(columnKey?: string): ProblemLocation;
}

export interface ReadTable {
  readonly rows: readonly TableRow[];
  /** Column labels as the file shows them (`E "数量 quantity"`), by column key. */
  readonly columnLabels: ReadonlyMap<string, string>;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function sheetLocation(sheet: RawSheet, row?: number, column?: string): ProblemLocation {
  return {
    file: sheet.file,
    ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
  };
}

export function readTable(sheet: RawSheet, table: TableDef, problems: Problem[]): ReadTable {
  const [header, ...body] = sheet.rows;
  const columnLabels = new Map<string, string>();
  const positions = new Map<string, number>();
  const extraPositions = new Map<string, number>();
  const lookup = columnLookup(table.columns);
  const aliasLookup = columnAliasLookup(table.columns);
  const label = (index: number, text: string) => `${columnLetter(index)} ${quote(text)}`;
  const texts = (header?.cells ?? []).map((cell) => (cell === undefined ? '' : String(cell).trim()));
  // A column's own header wins over an alias of it (`起始年份 start year` over an older `year`): the alias is then an attribute.
  const present = new Set(texts.map((text) => (text === '' ? undefined : lookup(text)?.key)));

  texts.forEach((text, index) => {
    if (text === '') return;
    const own = lookup(text);
    const alias = own ? undefined : aliasLookup(text);
    const column = own ?? (alias && !present.has(alias.key) ? alias : undefined);
    const at = sheetLocation(sheet, header?.row ?? 1, label(index, text));
    if (!column) {
      extraPositions.set(text, index);
      return;
    }
    if (positions.has(column.key)) {
      problems.push(
        problem('error', 'table-duplicate-column', [], bilingual('io:columnRepeated', { column: quote(text) }), at),
      );
      return;
    }
    positions.set(column.key, index);
    columnLabels.set(column.key, label(index, text));
  });
  reportUnknownColumns(sheet, table, [...extraPositions.keys()], header?.row ?? 1, problems);

  const rows = body.map((raw): TableRow => {
    const cells = new Map<string, Cell>();
    for (const [key, index] of positions) cells.set(key, raw.cells[index]);
    const extra = new Map<string, Cell>();
    for (const [text, index] of extraPositions) {
      const cell = raw.cells[index];
      if (cell !== undefined && cell !== '') extra.set(text, cell);
    }
    return {
      row: raw.row,
      cells,
      extra,
      at: (columnKey) =>
        sheetLocation(sheet, raw.row, columnKey === undefined ? undefined : columnLabels.get(columnKey)),
    };
  });
  return { rows, columnLabels };
}

function reportUnknownColumns(
  sheet: RawSheet,
  table: TableDef,
  names: readonly string[],
  headerRow: number,
  problems: Problem[],
): void {
  if (names.length === 0) return;
  const kept = table.columns.some((c) => c.type === 'json');
  const list = names.map((n) => quote(n)).join(', ');
  const message = bilingual(kept ? 'io:unknownColumnsKept' : 'io:unknownColumnsIgnored', { columns: list });
  problems.push(problem('warning', 'table-unknown-column', [], message, sheetLocation(sheet, headerRow)));
}

/**
 * A row's cells as a record (`{ name: { zh } }`), parsed by column type.
 * Bad cells are reported and left out, so one typo does not hide the rest.
 */
export function recordOf(row: TableRow, columns: readonly ColumnDef[], problems: Problem[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of columns) {
    const parsed = fromCell(row.cells.get(column.key), column);
    if ('error' in parsed) {
      problems.push(problem('error', 'table-cell', [], parsed.error, row.at(column.key)));
    } else if (parsed.value !== undefined) {
      setPath(record, column.key, parsed.value);
    }
  }
  return record;
}
