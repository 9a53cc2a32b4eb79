import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, renderFindingsCsv } from '../../../src/core/report/findingsCsv.ts';
import { findingsTable } from '../../../src/core/report/spreadsheetTables.ts';
import { HOSTILE_FORMULA, tinyReport } from './fixtures.ts';

const { data } = tinyReport();

describe('the findings CSV', () => {
  const csv = renderFindingsCsv(data, 'zh');

  it('starts with a byte-order mark so Excel reads the Chinese as UTF-8', () => {
    expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true);
    expect(csv).toContain('说明(中文)');
  });

  it('parses back to the same rows as the workbook sheet, formulas neutralised', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const table = findingsTable(data, 'zh');
    expect(parsed.data[0]).toEqual(table.columns.map((c) => c.header));
    const expected = table.rows.map((row) =>
      row.map((value) =>
        value === null ? '' : typeof value === 'number' ? String(value) : value.startsWith('=') ? `'${value}` : value,
      ),
    );
    expect(parsed.data.slice(1)).toEqual(expected);
    expect(parsed.data.slice(1).some((row) => row.includes(`'${HOSTILE_FORMULA}`))).toBe(true);
    expect(
      parsed.data
        .slice(1)
        .flat()
        .some((cell) => /^[=+\-@\t\r]/.test(cell)),
    ).toBe(false);
  });

  it('ends lines as Excel does', () => {
    expect(csv.split('\r\n').length).toBe(1 + data.findings.total);
  });
});
