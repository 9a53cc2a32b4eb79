/**
 * Findings as CSV, the same columns as the workbook's Findings sheet. UTF-8
 * with a byte-order mark, or Excel reads the Chinese as mojibake; CRLF line
 * ends as Excel writes them; text a spreadsheet could run as a formula is
 * escaped.
 */
import Papa from 'papaparse';
import type { Language } from '../model/types.ts';
import { escapeFormula } from '../io/formulaEscape.ts';
import type { ReportData } from './reportData.ts';
import { findingsTable } from './spreadsheetTables.ts';

export const BYTE_ORDER_MARK = '\uFEFF';

export function renderFindingsCsv(data: ReportData, language: Language): string {
  const table = findingsTable(data, language);
  const escape = (value: string | number | null) => (typeof value === 'string' ? escapeFormula(value) : value);
  return (
    BYTE_ORDER_MARK +
    Papa.unparse(
      { fields: table.columns.map((c) => escapeFormula(c.header)), data: table.rows.map((row) => row.map(escape)) },
      { newline: '\r\n' },
    )
  );
}
