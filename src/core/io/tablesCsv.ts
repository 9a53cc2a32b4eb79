/**
 * The model as one CSV file per table (`enterprises.csv`, `flows.csv` …),
 * the form that survives any spreadsheet and any version control. Written
 * as UTF-8 with a byte order mark, because Excel reads UTF-8 CSV correctly
 * only with one; read in UTF-8 or GB18030 (decodeText.ts).
 */
import Papa from 'papaparse';
import type { Problem } from '../model/problems.ts';
import type { ParkModel } from '../model/types.ts';
import { stripByteOrderMark, type ValidationResult } from '../model/validate.ts';
import { csvSyntaxProblems } from './csvTable.ts';
import { decodeText } from './decodeText.ts';
import { escapeFormula } from './formulaEscape.ts';
import { modelToTables } from './modelToTables.ts';
import { headerOf } from './tableHeaders.ts';
import type { Cell } from './tableCells.ts';
import type { RawRow, RawSheet } from './tableReader.ts';
import { tablesToModel } from './tablesToModel.ts';

const BOM = '\uFEFF';

function csvCell(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return escapeFormula(cell);
  return String(cell);
}

/** File name → CSV text, one file per table, every table present (empty ones hold just the header). */
export function writeTablesCsv(model: ParkModel): Map<string, string> {
  const files = new Map<string, string>();
  for (const { table, rows } of modelToTables(model)) {
    const header = table.columns.map((column) => headerOf(column));
    const body = rows.map((row) => row.map(csvCell));
    files.set(`${table.key}.csv`, BOM + Papa.unparse([header, ...body], { newline: '\r\n' }) + '\r\n');
  }
  return files;
}

/** CSV text → rows numbered as a spreadsheet shows them; blank lines keep their numbers. */
function parseCsvSheet(text: string, name: string, file: string, problems: Problem[]): RawSheet {
  const body = stripByteOrderMark(text);
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: delimiterOf(body) });
  for (const p of csvSyntaxProblems(parsed.errors, file)) problems.push(p);

  const rows: RawRow[] = [];
  parsed.data.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: index + 1, cells });
  });
  return { name, file, rows };
}

/**
 * The separator, from the header line alone: data cells may be full of
 * semicolons, which would fool a guess over the whole file. Excel writes
 * `;` where the decimal separator is a comma, and tabs for "Unicode text".
 */
function delimiterOf(text: string): string {
  const end = text.search(/\r|\n/);
  const header = end === -1 ? text : text.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  const best = [',', ';', '\t'].reduce((a, b) => (count(b) > count(a) ? b : a));
  return count(best) > 0 ? best : ',';
}

/** File name (inside `directory`) → bytes; each file is one table, recognised by its name. */
export function readTablesCsv(files: ReadonlyMap<string, Uint8Array>, directory: string): ValidationResult {
  const problems: Problem[] = [];
  const sheets: RawSheet[] = [];
  for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = `${directory.replace(/[\\/]+$/, '')}/${name}`;
    const decoded = decodeText(bytes, file);
    if (!decoded.ok) {
      problems.push(...decoded.errors);
      continue;
    }
    problems.push(...decoded.warnings);
    sheets.push(parseCsvSheet(decoded.text, name, file, problems));
  }
  return tablesToModel(sheets, directory, problems);
}
