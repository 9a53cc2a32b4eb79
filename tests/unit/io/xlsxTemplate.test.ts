import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { xlsxTemplate } from '../../../src/core/io/xlsx.ts';
import { PARK_FIELDS } from '../../../src/core/io/tableColumns.ts';
import { headerOf } from '../../../src/core/io/tableHeaders.ts';

describe('xlsxTemplate', () => {
  it('has every sheet with its bilingual header, the park fields listed and a notes sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxTemplate()).buffer as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
    const park = workbook.getWorksheet('园区 Park');
    expect(park?.getRow(1).values).toEqual([undefined, '字段 field', '值 value']);
    expect(park?.getColumn(1).values.slice(2)).toEqual(PARK_FIELDS.map((f) => headerOf(f)));
    expect(park?.getRow(2).getCell(2).value).toBe(1);
    expect(workbook.getWorksheet('企业 Enterprises')?.rowCount).toBe(1);
    const notes = workbook.getWorksheet('说明 Notes');
    const text = notes?.getSheetValues().flat().join(' ') ?? '';
    expect(text).toContain('角色 role');
    expect(text).toContain('producer, recycler, utility, treatment, logistics, service');
    expect(text).toContain('10kt/a');
  });

  it('offers drop-down lists for the fixed choices (data validation over the whole column)', async () => {
    // Read the sheet XML directly: exceljs expands a whole-column list into a million cells when it loads one.
    const zip = await JSZip.loadAsync(await xlsxTemplate());
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const xml = (await Promise.all(sheets.map((name) => zip.file(name)!.async('string'))))
      .join('\n')
      .replaceAll('&quot;', '"');
    expect(xml).toContain('<formula1>"producer,recycler,utility,treatment,logistics,service"</formula1>');
    expect(xml).toContain('<formula1>"input,output,capacity"</formula1>');
    expect(xml).toContain('<formula1>"existing,planned,potential"</formula1>');
    expect(xml).toContain('<formula1>"TRUE,FALSE"</formula1>');
    expect(xml).toMatch(/sqref="[A-Z]+2:[A-Z]+1048576"/);
  });
});
