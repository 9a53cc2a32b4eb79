/**
 * CSV text → a table of named columns, each data row with its spreadsheet
 * row number (the header is row 1), for importers that report problems by
 * row and column. Parsing itself is papaparse's job; which header is which
 * column is csvHeaders.ts's.
 */
import Papa from 'papaparse';
import { problem, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import { stripByteOrderMark } from '../model/validate.ts';
import { unescapeFormula } from './formulaEscape.ts';
import { resolveHeaders, type ColumnSpec, type ResolvedHeaders } from './csvHeaders.ts';

export type { ColumnSpec } from './csvHeaders.ts';

export interface CsvRow {
  /** 1-based row number as a spreadsheet shows it (header = 1). */
  readonly row: number;
  /** Cell text by canonical column name, trimmed and unescaped (formulaEscape.ts); empty cells are missing. */
  readonly cells: ReadonlyMap<string, string>;
  /**
   * Cells of the columns no spec claimed, by header text, trimmed but NOT
   * unescaped: a leading apostrophe is how a spreadsheet marks text, and the
   * caller may want to tell `'24` (text) from `24` (a number). Empty cells are missing.
   */
  readonly extra: ReadonlyMap<string, string>;
}

export interface CsvTable extends CsvHeader {
  readonly rows: readonly CsvRow[];
  readonly problems: readonly Problem[];
}

/** What the header row says, known before the first data row. */
export interface CsvHeader {
  /** The header each known column has in this file (`数量`, `year`), by canonical name: problems name it. */
  readonly headers: ReadonlyMap<string, string>;
  /** Headers of the columns no spec claimed, in file order. */
  readonly extraHeaders: readonly string[];
  /** The header row's problems, and syntax errors up to it. */
  readonly problems: readonly Problem[];
}

/** A streamed table: everything but the rows, which went to the visitor one by one. */
export interface CsvSummary extends CsvHeader {
  /** Every problem of the CSV layer, in `readCsvTable`'s order: syntax errors, the header's, rows with the wrong number of fields. */
  readonly problems: readonly Problem[];
  /** Data rows read (blank lines are not rows). */
  readonly rowCount: number;
}

/**
 * A data row as it is parsed; `broken` when the CSV layer found it
 * malformed (a syntax error or the wrong number of fields). Returning false
 * stops the reading.
 */
export type CsvRowVisitor = (row: CsvRow, broken: boolean, header: CsvHeader) => boolean | void;

/** The whole table at once: for small files (an alias table). Large ones are streamed (`streamCsvTable`). */
export function readCsvTable(text: string, columns: readonly ColumnSpec[], file: string): CsvTable {
  const rows: CsvRow[] = [];
  const summary = streamCsvTable(text, columns, file, (row) => {
    rows.push(row);
  });
  return { rows, problems: summary.problems, headers: summary.headers, extraHeaders: summary.extraHeaders };
}

/**
 * Reads CSV text row by row: each data row goes to `visit` as soon as it is
 * parsed and is not kept, so a 500 000-row file never exists as an array of
 * rows. Blank lines are skipped. Row numbers, problems and their order are
 * those of reading the whole file at once.
 */
export function streamCsvTable(
  text: string,
  columns: readonly ColumnSpec[],
  file: string,
  visit: CsvRowVisitor,
): CsvSummary {
  const body = stripByteOrderMark(text);
  // The separator and line ending are guessed as a whole-file parse guesses them, blank lines skipped (the guess
  // depends on that); the rows are then read with blank lines kept, so that syntax errors keep their line's number.
  const guess = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy', delimitersToGuess, preview: 1 });
  const syntax: Problem[] = [];
  const fieldCounts: Problem[] = [];
  const syntaxRows = new Set<number>();
  let header: { cells: string[]; resolved: ResolvedHeaders; info: CsvHeader } | undefined;
  let line = -1; // the parser's row index, blank lines included
  let rowCount = 0;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: guess.meta.delimiter,
    newline: guess.meta.linebreak as '\n' | '\r' | '\r\n',
    step: (result, parser) => {
      line++;
      for (const p of csvSyntaxProblems(
        result.errors.map((error) => ({ ...error, row: line })),
        file,
      )) {
        syntax.push(p);
        syntaxRows.add(p.location?.row as number);
      }
      const cells = result.data;
      // Blank (only spaces in every cell): skipped, as papaparse's `skipEmptyLines: 'greedy'` skips it.
      if (cells.every((cell) => cell.trim() === '')) return;
      if (!header) {
        const resolved = resolveHeaders(
          cells.map((cell) => unescapeFormula(cell.trim())),
          columns,
          file,
        );
        const info: CsvHeader = {
          headers: resolved.headers,
          extraHeaders: [...resolved.extraPositions.keys()],
          problems: [...syntax, ...resolved.problems],
        };
        header = { cells, resolved, info };
        return;
      }
      rowCount++;
      const row = rowCount + 1;
      let broken = syntaxRows.has(row);
      if (cells.length !== header.cells.length) {
        broken = true;
        fieldCounts.push(
          problem(
            'error',
            'csv-field-count',
            [],
            bilingual('io:csvFieldCount', { fields: cells.length, header: header.cells.length }),
            { file, row },
          ),
        );
      }
      if (visit(csvRow(row, cells, header.resolved), broken, header.info) === false) parser.abort();
    },
  });
  if (!header) {
    const problems = [...syntax, problem('error', 'csv-empty', [], bilingual('io:csvEmpty'), { file, row: 1 })];
    return { rowCount: 0, problems, headers: new Map(), extraHeaders: [] };
  }
  return {
    rowCount,
    problems: [...syntax, ...header.resolved.problems, ...fieldCounts],
    headers: header.info.headers,
    extraHeaders: header.info.extraHeaders,
  };
}

/** The separators a file may use: `;` where Excel's decimal separator is a comma, tabs for "Unicode text". */
const delimitersToGuess = [',', '\t', ';'];

function csvRow(row: number, cells: readonly string[], resolved: ResolvedHeaders): CsvRow {
  const named = new Map<string, string>();
  for (const [name, position] of resolved.positions) {
    // Exports neutralise formula-like text with a leading apostrophe (formulaEscape.ts); undo it.
    const trimmed = cells[position]?.trim();
    const value = trimmed === undefined ? undefined : unescapeFormula(trimmed);
    if (value !== undefined && value !== '') named.set(name, value);
  }
  const extra = new Map<string, string>();
  for (const [name, position] of resolved.extraPositions) {
    const value = cells[position]?.trim();
    if (value !== undefined && value !== '') extra.set(name, value);
  }
  return { row, cells: named, extra };
}

/** Papa Parse's syntax errors as problems at their row (the header is row 1). */
export function csvSyntaxProblems(errors: readonly Papa.ParseError[], file: string): Problem[] {
  return errors
    .filter((error) => error.code !== 'UndetectableDelimiter') // a one-column file is still a file
    .map((error) =>
      problem('error', 'csv-syntax', [], bilingual('io:csvSyntax', { detail: error.message }), {
        file,
        row: (error.row ?? 0) + 1,
      }),
    );
}
