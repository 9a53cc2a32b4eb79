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
import { resolveHeaders, type ColumnSpec } from './csvHeaders.ts';

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

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly problems: readonly Problem[];
  /** The header each known column has in this file (`数量`, `year`), by canonical name: problems name it. */
  readonly headers: ReadonlyMap<string, string>;
  /** Headers of the columns no spec claimed, in file order. */
  readonly extraHeaders: readonly string[];
}

export function readCsvTable(text: string, columns: readonly ColumnSpec[], file: string): CsvTable {
  const problems: Problem[] = [];
  const parsed = Papa.parse<string[]>(stripByteOrderMark(text), {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';'],
  });
  for (const p of csvSyntaxProblems(parsed.errors, file)) problems.push(p);
  const [header, ...body] = parsed.data;
  if (!header) {
    problems.push(problem('error', 'csv-empty', [], bilingual('io:csvEmpty'), { file, row: 1 }));
    return { rows: [], problems, headers: new Map(), extraHeaders: [] };
  }

  const resolved = resolveHeaders(
    header.map((cell) => unescapeFormula(cell.trim())),
    columns,
    file,
  );
  problems.push(...resolved.problems);

  const rows = body.map((cells, i): CsvRow => {
    const row = i + 2;
    if (cells.length !== header.length) {
      problems.push(
        problem(
          'error',
          'csv-field-count',
          [],
          bilingual('io:csvFieldCount', { fields: cells.length, header: header.length }),
          { file, row },
        ),
      );
    }
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
  });
  return { rows, problems, headers: resolved.headers, extraHeaders: [...resolved.extraPositions.keys()] };
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
