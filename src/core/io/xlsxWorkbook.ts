/**
 * The only module that touches exceljs: plain sheets of typed cells in and
 * out of .xlsx bytes. Keeping it alone here has two reasons:
 *
 * - Size. exceljs's browser build (`dist/exceljs.min.js`, picked by Vite
 *   through the package's `browser` field, with its Node polyfills inside) is
 *   about 1 MB. `formats.ts` loads this module with a dynamic `import()`, so
 *   the app downloads it only when someone opens or saves a workbook.
 * - Interop. exceljs is CommonJS and its typings declare no default export;
 *   the default import below is what works in Node ESM, in Vitest and in
 *   Vite's browser bundle alike (checked with a throwaway `vite build` run in
 *   headless Chromium), and its `load()` is typed to take an ArrayBuffer.
 *
 * Text goes through OOXML's `_xHHHH_` escaping, which Excel itself uses and
 * exceljs decodes on reading but does not apply on writing: without it a
 * carriage return, a control character or literal text such as `_x000D_`
 * would not survive a round trip.
 */
import ExcelJS from 'exceljs';
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { Cell } from './tableCells.ts';
import { columnLetter, type RawRow, type RawSheet } from './tableReader.ts';

export interface SheetSpec {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Drop-down lists, by column index. */
  readonly lists?: ReadonlyMap<number, readonly string[]>;
  readonly widths?: readonly number[];
}

/** The part of exceljs's worksheet that its typings leave out (lib/doc/data-validations.js). */
interface WithDataValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const MAX_ROW = 1048576;

/** Carriage returns, control characters and lone surrogates as `_xHHHH_`; a literal `_xHHHH_` as `_x005F_xHHHH_`. */
export function encodeOoxmlText(text: string): string {
  return text.replace(/_(?=x[0-9A-F]{4}_)/g, '_x005F_').replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Symbiograph';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow(spec.header.map((h) => encodeOoxmlText(h)));
    header.font = { bold: true };
    // Only cells with a value: empty cells written as null make exceljs seven times slower on large parks.
    spec.rows.forEach((cells, index) => {
      const row = sheet.getRow(index + 2);
      cells.forEach((cell, column) => {
        if (cell !== undefined) row.getCell(column + 1).value = typeof cell === 'string' ? encodeOoxmlText(cell) : cell;
      });
    });
    spec.header.forEach((text, index) => {
      sheet.getColumn(index + 1).width = spec.widths?.[index] ?? Math.min(60, Math.max(10, text.length + 4));
    });
    for (const [index, values] of spec.lists ?? []) {
      const letter = columnLetter(index);
      (sheet as unknown as WithDataValidations).dataValidations.add(`${letter}2:${letter}${MAX_ROW}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${values.join(',')}"`],
        // A warning, not a stop: Chinese names of the values are accepted on import too.
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '取值 value',
        error: `可选 allowed: ${values.join(', ')}`,
      });
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export interface ReadWorkbook {
  readonly sheets: readonly RawSheet[];
  readonly problems: readonly Problem[];
}

export async function readWorkbook(bytes: Uint8Array, file: string): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // Drop-down lists over whole columns are expanded cell by cell when read: a million entries per list.
    await workbook.xlsx.load(copy, { ignoreNodes: ['dataValidations', 'conditionalFormatting'] });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      sheets: [],
      problems: [problem('error', 'xlsx-unreadable', [], bilingual('io:xlsxUnreadable', { detail }), { file })],
    };
  }
  const problems: Problem[] = [];
  const sheets = workbook.worksheets.map((worksheet): RawSheet => {
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        cells[columnNumber - 1] = cellValue(cell.value, () =>
          problems.push(
            problem('error', 'xlsx-error-cell', [], bilingual('io:xlsxErrorCell', { value: quote(cell.text) }), {
              file,
              sheet: worksheet.name,
              row: rowNumber,
              column: columnLetter(columnNumber - 1),
            }),
          ),
        );
      });
      if (cells.some((c) => c !== undefined && c !== '')) rows.push({ row: rowNumber, cells });
    });
    return { name: worksheet.name, file, sheet: worksheet.name, rows };
  });
  return { sheets, problems };
}

/** exceljs cell value → text, number or boolean; formulas give their cached result. */
function cellValue(value: ExcelJS.CellValue, onError: () => void): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('error' in value) {
      onError();
      return undefined;
    }
    if ('result' in value)
      return value.result === undefined ? undefined : cellValue(value.result as ExcelJS.CellValue, onError);
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return undefined;
}
