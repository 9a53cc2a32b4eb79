/**
 * The investment teams' workbook (XLSX): Projects (every score part, raw
 * and scaled), Findings and KPIs, each with a frozen header row, an
 * autofilter, widths that fit the content and numbers stored as numbers.
 * Text that a spreadsheet could run as a formula is escaped, and control
 * characters XML cannot hold are written as OOXML's `_xHHHH_` (the
 * file-formats module's encoding, which Excel and exceljs decode).
 */
import ExcelJS from 'exceljs';
import type { Language } from '../model/types.ts';
import { escapeFormula } from '../io/formulaEscape.ts';
import { encodeOoxmlText } from '../io/xlsxWorkbook.ts';
import type { ReportData } from './reportData.ts';
import { findingsTable, kpisTable, projectsTable, type SheetTable } from './spreadsheetTables.ts';

export const WORKBOOK_SHEETS = ['Projects', 'Findings', 'KPIs'] as const;

export async function buildFindingsWorkbook(data: ReportData, language: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Symbiograph';
  workbook.created = new Date(data.generatedAt);
  workbook.modified = workbook.created;
  addSheet(workbook, 'Projects', projectsTable(data, language));
  addSheet(workbook, 'Findings', findingsTable(data, language));
  const kpis = kpisTable(data, language);
  const sheet = addSheet(workbook, 'KPIs', kpis);
  kpis.formats.forEach((format, i) => {
    sheet.getCell(i + 2, 3).numFmt = format;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: SheetTable): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column, i) => ({
    header: cellText(column.header),
    key: `c${i}`,
    width: columnWidth(
      column.header,
      table.rows.map((row) => row[i] ?? null),
      column.prose ?? false,
    ),
    style: {
      ...(column.numberFormat ? { numFmt: column.numberFormat } : {}),
      alignment: { vertical: 'top', wrapText: column.prose ?? false },
    },
  }));
  for (const row of table.rows) sheet.addRow(row.map((value) => (typeof value === 'string' ? cellText(value) : value)));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F6' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return sheet;
}

function cellText(text: string): string {
  return encodeOoxmlText(escapeFormula(text));
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Characters shown, CJK counted twice (they are about two Latin characters wide); prose wraps at 60. */
function columnWidth(header: string, values: readonly (string | number | null)[], prose: boolean): number {
  const width = (value: string | number | null) => {
    if (value === null) return 0;
    const text = typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : value;
    let w = 0;
    for (const char of text) w += CJK.test(char) ? 2 : 1;
    return w;
  };
  const widest = Math.max(width(header), ...values.slice(0, 500).map(width));
  return Math.min(prose ? 60 : 40, Math.max(8, widest + 2));
}
