/**
 * CSV text → a table of named columns, each data row with its spreadsheet
 * row number (the header is row 1), for importers that report problems by
 * row and column. Parsing itself is papaparse's job.
 */
import Papa from 'papaparse';
import { problem, quote, type Problem } from '../model/problems.ts';
import { stripByteOrderMark } from '../model/validate.ts';
import { unescapeFormula } from './formulaEscape.ts';

export interface ColumnSpec {
  /** Canonical column name. */
  readonly name: string;
  readonly required: boolean;
  /** Other accepted headers (Chinese, spelling variants), compared case-insensitively. */
  readonly aliases: readonly string[];
}

export interface CsvRow {
  /** 1-based row number as a spreadsheet shows it (header = 1). */
  readonly row: number;
  /** Cell text by canonical column name, trimmed; absent columns are missing. */
  readonly cells: ReadonlyMap<string, string>;
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly problems: readonly Problem[];
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
    problems.push(
      problem('error', 'csv-empty', [], { zh: '文件为空,缺少表头', en: 'the file is empty: no header row' }, { file }),
    );
    return { rows: [], problems };
  }

  const byHeader = new Map<string, ColumnSpec>();
  for (const spec of columns) for (const h of [spec.name, ...spec.aliases]) byHeader.set(h.toLowerCase(), spec);
  const positions = new Map<string, number>();
  header.forEach((raw, position) => {
    const cell = raw.trim();
    const spec = byHeader.get(cell.toLowerCase());
    if (!spec) {
      problems.push(
        problem(
          'warning',
          'csv-unknown-column',
          [],
          { zh: `未知列 ${quote(cell)} 已忽略`, en: `unknown column ${quote(cell)} is ignored` },
          { file, row: 1, column: cell },
        ),
      );
    } else if (positions.has(spec.name)) {
      problems.push(
        problem(
          'error',
          'csv-duplicate-column',
          [],
          { zh: `列 ${quote(spec.name)} 出现两次`, en: `column ${quote(spec.name)} appears twice` },
          {
            file,
            row: 1,
            column: cell,
          },
        ),
      );
    } else positions.set(spec.name, position);
  });
  for (const spec of columns) {
    if (spec.required && !positions.has(spec.name)) {
      problems.push(
        problem(
          'error',
          'csv-missing-column',
          [],
          { zh: `缺少必需的列 ${quote(spec.name)}`, en: `required column ${quote(spec.name)} is missing` },
          { file, row: 1, column: spec.name },
        ),
      );
    }
  }

  const rows = body.map((cells, i): CsvRow => {
    const row = i + 2;
    if (cells.length !== header.length) {
      problems.push(
        problem(
          'error',
          'csv-field-count',
          [],
          {
            zh: `此行有 ${cells.length} 个字段,表头有 ${header.length} 个`,
            en: `this row has ${cells.length} fields but the header has ${header.length}`,
          },
          { file, row },
        ),
      );
    }
    const named = new Map<string, string>();
    for (const [name, position] of positions) {
      // Exports neutralise formula-like text with a leading apostrophe (formulaEscape.ts); undo it.
      const trimmed = cells[position]?.trim();
      const value = trimmed === undefined ? undefined : unescapeFormula(trimmed);
      if (value !== undefined && value !== '') named.set(name, value);
    }
    return { row, cells: named };
  });
  return { rows, problems };
}

/** Papa Parse's syntax errors as problems at their row (the header is row 1). */
export function csvSyntaxProblems(errors: readonly Papa.ParseError[], file: string): Problem[] {
  return errors
    .filter((error) => error.code !== 'UndetectableDelimiter') // a one-column file is still a file
    .map((error) =>
      problem(
        'error',
        'csv-syntax',
        [],
        { zh: `CSV 格式错误:${error.message}`, en: `CSV syntax error: ${error.message}` },
        { file, row: (error.row ?? 0) + 1 },
      ),
    );
}
