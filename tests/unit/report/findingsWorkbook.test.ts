import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { KPI_ROWS } from '../../../src/core/analysis/presentation.ts';
import { buildFindingsWorkbook, WORKBOOK_SHEETS } from '../../../src/core/report/findingsWorkbook.ts';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { gatherReportData } from '../../../src/core/report/reportData.ts';
import { HOSTILE_FORMULA, tinyCatalogue, tinyPark, tinyReport } from './fixtures.ts';

const { data, analysis } = tinyReport();

async function reopen(language: 'zh' | 'en', report = data): Promise<ExcelJS.Workbook> {
  const bytes = await buildFindingsWorkbook(report, language);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('the findings workbook', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await reopen('en');
  });
  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  it('has the Projects, Findings and KPIs sheets, each with a frozen header row and an autofilter', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...WORKBOOK_SHEETS]);
    for (const name of WORKBOOK_SHEETS) {
      const s = sheet(name);
      expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(s.autoFilter).toBeTruthy();
      expect(s.getRow(1).font?.bold).toBe(true);
      for (const column of s.columns) expect(column.width).toBeGreaterThanOrEqual(8);
    }
  });

  it('lists every project with each score part raw and scaled, as numbers', () => {
    const s = sheet('Projects');
    const header = rowValues(s, 1) as string[];
    expect(header.slice(0, 4)).toEqual(['Rank', 'Name (zh)', 'Name (en)', 'Score']);
    expect(header).toContain('Taken off disposal (net) (t/a) · raw');
    expect(header).toContain('Taken off disposal (net) · scaled');
    expect(header).toContain('Technology id');
    const candidates = analysis.projects!.candidates;
    expect(s.rowCount).toBe(1 + candidates.length);
    const top = candidates[0]!;
    const row = rowValues(s, 2);
    expect(row[0]).toBe(1);
    expect(row[3]).toBeCloseTo(top.score.total, 10);
    expect(row[header.indexOf('Taken off disposal (net) (t/a) · raw')]).toBe(top.score.raw.wasteDiverted);
    expect(row[header.indexOf('Links created · scaled')]).toBe(top.score.scaled.linksCreated);
    expect(row[header.indexOf('Technology id')]).toBe(top.technology);
    expect(row[header.indexOf('Explanation (zh)')]).toBe(top.explanation.zh);
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const s = sheet('Projects');
    const row = 2 + analysis.projects!.candidates.findIndex((c) => c.technology === 'nitrate-plant');
    const cell = s.getCell(row, 3);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'${HOSTILE_FORMULA}`);
    expect(cell.formula).toBeUndefined();
    const findings = sheet('Findings');
    const header = rowValues(findings, 1) as string[];
    const enterprises = rowValues(findings, 2)[header.indexOf('Enterprises')];
    expect(enterprises).toBe(`'${HOSTILE_FORMULA}`);
  });

  it('lists every finding with kind, title, severity, quantity as a number, and both reasons', () => {
    const s = sheet('Findings');
    expect(rowValues(s, 1)).toEqual([
      'Id',
      'Kind',
      'Kind title',
      'Severity',
      'Enterprises',
      'Materials',
      'Flows',
      'Quantity',
      'Unit',
      'Reason (zh)',
      'Reason (en)',
    ]);
    expect(s.rowCount).toBe(1 + analysis.findings.length);
    const ids = Array.from({ length: analysis.findings.length }, (_, i) => s.getCell(i + 2, 1).value);
    expect(new Set(ids)).toEqual(new Set(analysis.findings.map((f) => f.id)));
    const openEnd = analysis.findings.find((f) => f.id === 'open-end:chp:slag')!;
    const row = rowValues(s, ids.indexOf('open-end:chp:slag') + 2);
    expect(row[1]).toBe('open-end');
    expect(row[2]).toBe('Unused by-products and wastes');
    expect(row[7]).toBe(openEnd.quantity);
    expect(typeof row[7]).toBe('number');
    expect(row[8]).toBe('t/a');
    expect(row[9]).toBe(openEnd.reason.zh);
    expect(row[10]).toBe(openEnd.reason.en);
  });

  it('writes the KPIs as numbers with their display form', () => {
    const s = sheet('KPIs');
    expect(s.rowCount).toBe(1 + KPI_ROWS.length);
    KPI_ROWS.forEach((kpi, i) => {
      const value = s.getCell(i + 2, 3).value;
      expect(value).toBe(data.kpis[kpi.key]);
      expect(s.getCell(i + 2, 1).value).toBe(kpi.key);
    });
    expect(s.getCell(1 + 1 + KPI_ROWS.findIndex((k) => k.key === 'internalReuseRate'), 3).numFmt).toBe('0.0%');
  });

  it('writes its headers in Chinese for a Chinese report', async () => {
    const zh = await reopen('zh');
    expect(rowValues(zh.getWorksheet('Findings')!, 1)[0]).toBe('编号');
    expect(rowValues(zh.getWorksheet('Projects')!, 1)[1]).toBe('名称(中文)');
  });

  it('keeps control characters and literal _xHHHH_ text through a round trip', async () => {
    const odd = 'CHP\u0001 plant _x0041_\r\nline two';
    const park = tinyPark();
    const model = {
      ...park,
      enterprises: park.enterprises.map((e) => (e.id === 'chp' ? { ...e, name: { en: odd } } : e)),
    };
    const catalogue = tinyCatalogue();
    const report = gatherReportData(model, analyzePark(model, { catalogue }), { catalogue });
    const reopened = await reopen('en', report);
    const findings = reopened.getWorksheet('Findings')!;
    const header = rowValues(findings, 1) as string[];
    const row = Array.from({ length: findings.rowCount - 1 }, (_, i) => rowValues(findings, i + 2)).find(
      (r) => r[0] === 'open-end:chp:slag',
    )!;
    expect(row[header.indexOf('Enterprises')]).toBe(odd);
  });
});
