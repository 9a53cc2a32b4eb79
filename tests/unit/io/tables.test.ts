/**
 * The model as tables: one CSV file per table, or one worksheet per table.
 * Headers in either language, every problem at its file, sheet, row and
 * column, formula injection neutralised.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTablesCsv, writeTablesCsv } from '../../../src/core/io/tablesCsv.ts';
import { exportXlsx, importXlsx } from '../../../src/core/io/xlsx.ts';
import { TABLES } from '../../../src/core/io/tableColumns.ts';
import { headerOf } from '../../../src/core/io/tableHeaders.ts';
import { formatProblem } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import type { ValidationResult } from '../../../src/core/model/validate.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import { encodeGb18030 } from '../../fixtures/io/gb18030.ts';

const encoder = new TextEncoder();

function csvFiles(model: ParkModel, edit: (files: Map<string, string>) => void = () => {}) {
  const files = writeTablesCsv(model);
  edit(files);
  return new Map([...files].map(([name, text]) => [name, encoder.encode(text)]));
}

function readCsv(model: ParkModel, edit?: (files: Map<string, string>) => void): ValidationResult {
  return readTablesCsv(csvFiles(model, edit), 'park/');
}

function replaceHeader(
  files: Map<string, string>,
  name: string,
  header: (column: (typeof TABLES)['flows']['columns'][number]) => string,
) {
  const table = TABLES[name.replace('.csv', '') as keyof typeof TABLES];
  const text = files.get(name) as string;
  const firstBreak = text.indexOf('\r\n');
  files.set(name, `\uFEFF${table.columns.map(header).join(',')}${text.slice(firstBreak)}`);
}

function problems(result: ValidationResult): string[] {
  return (result.ok ? result.warnings : [...result.errors, ...result.warnings]).map((p) => formatProblem(p, 'en'));
}

const park = fourEnterprisePark();

describe('CSV tables', () => {
  it('write one file per table with a byte order mark and bilingual headers; the park table is key/value', () => {
    const files = writeTablesCsv(park);
    expect([...files.keys()]).toEqual([
      'park.csv',
      'sources.csv',
      'clusters.csv',
      'materials.csv',
      'enterprises.csv',
      'streams.csv',
      'flows.csv',
      'chains.csv',
      'positions.csv',
    ]);
    expect(files.get('enterprises.csv')).toMatch(
      /^\uFEFF编号 id,名称\(中文\) name \(zh\),名称\(英文\) name \(en\),集群 cluster,/,
    );
    expect(files.get('park.csv')).toContain('字段 field,值 value\r\n格式版本 schema version,2\r\n编号 id,mini\r\n');
    expect(files.get('streams.csv')).toContain('chp,input,coal,100000,t/a');
    expect(files.get('chains.csv')?.split('\r\n').length).toBeGreaterThan(2);
  });

  it('accept Chinese-only, English-only and bilingual headers', () => {
    const expected = readCsv(park);
    expect(expected.ok).toBe(true);
    for (const spelling of [(c: { zh: string }) => c.zh, (c: { en: string }) => c.en, (c: { key: string }) => c.key]) {
      const result = readCsv(park, (files) => {
        for (const name of ['enterprises.csv', 'flows.csv', 'streams.csv', 'materials.csv'])
          replaceHeader(files, name, spelling);
      });
      expect(result.ok && result.model).toEqual(expected.ok && expected.model);
    }
  });

  it('read the one `年份 year` column of older flows tables as the start year', () => {
    const dated: ParkModel = { ...park, flows: park.flows.map((f, i) => (i === 0 ? { ...f, startYear: 2015 } : f)) };
    for (const old of ['年份 year', 'year', '年份', 'Year']) {
      const result = readCsv(dated, (files) => {
        files.set('flows.csv', (files.get('flows.csv') as string).replace('起始年份 start year', old));
      });
      expect(result.ok, `${old}: ${problems(result).join('\n')}`).toBe(true);
      expect(result.ok && result.model).toEqual(dated);
    }
    // An alias never takes a column from the header that names it: a file with both keeps `year` as an attribute.
    const both = readCsv(dated, (files) => {
      const lines = (files.get('flows.csv') as string).split('\r\n');
      files.set('flows.csv', lines.map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'year' : 1999}`)).join('\r\n'));
    });
    expect(both.ok && both.model.flows[0]).toMatchObject({ startYear: 2015, attributes: { year: '1999' } });
  });

  it('read GBK-encoded files with Chinese headers, as Chinese Excel saves them', () => {
    const files = writeTablesCsv(park);
    for (const name of files.keys()) replaceHeader(files, name, (c) => c.zh);
    const gbk = new Map(
      [...files].map(([name, text]) => [name, encodeGb18030(text.replace('\uFEFF', '').replace(/’/g, "'"))]),
    );
    const result = readTablesCsv(gbk, 'gbk/');
    expect(result.ok, problems(result).join('\n')).toBe(true);
    expect(result.ok && result.model.enterprises.map((e) => e.name.zh)).toEqual(park.enterprises.map((e) => e.name.zh));
    expect(result.warnings.filter((w) => w.code === 'encoding-gb18030')).toHaveLength(9);
  });

  it('report bad cells by file, row and column, and validation problems at the cell they came from', () => {
    const result = readCsv(park, (files) => {
      const flows = (files.get('flows.csv') as string).split('\r\n');
      flows[2] = (flows[2] as string).replace(',200000,', ',lots,'); // row 3: quantity
      flows[3] = (flows[3] as string).replace(',steam,', ',vapour,'); // row 4: unknown material
      files.set('flows.csv', flows.join('\r\n'));
    });
    expect(result.ok).toBe(false);
    expect(problems(result)).toEqual(
      expect.arrayContaining([
        'park/flows.csv, row 3, column E "年量 quantity": "lots" is not a number',
        'park/flows.csv, row 4, column D "物料 material": flows[2].material: unknown material "vapour"',
      ]),
    );
    // The bad quantity is reported once, not again as a missing field.
    expect(problems(result).filter((p) => p.includes('row 3, column E'))).toHaveLength(1);
  });

  it('keep unknown columns as custom attributes, with a warning', () => {
    const result = readCsv(park, (files) => {
      const lines = (files.get('enterprises.csv') as string).split('\r\n');
      files.set(
        'enterprises.csv',
        lines.map((line, i) => (line === '' ? line : `${line},${i === 0 ? '产能MW' : i * 10}`)).join('\r\n'),
      );
    });
    expect(result.ok && result.model.enterprises[0]?.attributes).toEqual({ 产能MW: '10' });
    expect(problems(result)).toContain(
      'park/enterprises.csv, row 1: unknown column(s) "产能MW" kept as custom attributes',
    );
  });

  it('read chain stages written on any row order, the chain fields given once', () => {
    const result = readCsv(park, (files) => {
      const lines = (files.get('chains.csv') as string).split('\r\n').filter((l) => l !== '');
      files.set('chains.csv', [lines[0], ...lines.slice(1).reverse()].join('\r\n'));
    });
    expect(result.ok && result.model.chains).toEqual(park.chains);
  });

  it('report a missing park table, a malformed file and a duplicate stage', () => {
    const noPark = readTablesCsv(new Map([['flows.csv', encoder.encode('编号 id\r\n')]]), 'x/');
    expect(problems(noPark)).toContain('x/: the "Park" table is missing');
    const broken = readCsv(park, (files) =>
      files.set('clusters.csv', '编号 id,名称(中文) name (zh)\r\n"util,公用\r\n'),
    );
    expect(broken.ok).toBe(false);
    expect(problems(broken).some((p) => p.startsWith('park/clusters.csv, row 2: CSV syntax error'))).toBe(true);
  });

  it('neutralise formula injection on export and restore it on import; numbers stay numbers', () => {
    const hostile = structuredClone(park);
    hostile.enterprises[0]!.name = { en: '=HYPERLINK("http://evil.example","click")' };
    hostile.enterprises[1]!.description = { en: '@SUM(A1:A9)', zh: "'already quoted" };
    hostile.flows[0]!.note = '-2+3+cmd|calc';
    hostile.enterprises[0]!.location = { lon: -12.5, lat: 30 };
    const files = writeTablesCsv(hostile);
    const enterprises = files.get('enterprises.csv') as string;
    expect(enterprises).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(enterprises).toContain("'@SUM(A1:A9)");
    expect(enterprises).toContain("''already quoted");
    expect(enterprises).toContain(',-12.5,30,');
    expect(files.get('flows.csv')).toContain("'-2+3+cmd|calc");
    expect(files.get('flows.csv')).toContain("'@supply");
    const result = readTablesCsv(csvFiles(hostile), 'h/');
    expect(result.ok && result.model).toEqual(hostile);
  });
});

describe('XLSX workbook', () => {
  it('has one sheet per table with bilingual names, and round-trips the model', async () => {
    const bytes = await exportXlsx(park);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '园区 Park',
      '来源 Sources',
      '集群 Clusters',
      '物料 Materials',
      '企业 Enterprises',
      '投入产出 Streams',
      '物质流 Flows',
      '产业链 Chains',
      '布局 Positions',
      '说明 Notes',
    ]);
    expect(workbook.getWorksheet('物质流 Flows')?.getRow(1).getCell(5).value).toBe(headerOf(TABLES.flows.columns[4]!));
    const result = await importXlsx(bytes, 'park.xlsx');
    expect(result.ok && result.model).toEqual(park);
  });

  it('stores numbers and booleans as such, and neutralises formula-like text', async () => {
    const hostile = structuredClone(park);
    hostile.enterprises[0]!.name = { en: '=1+1' };
    hostile.flows[0]!.estimated = true;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(hostile)).buffer as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
    const enterprises = workbook.getWorksheet('企业 Enterprises');
    expect(enterprises?.getRow(2).getCell(3).value).toBe("'=1+1");
    expect(enterprises?.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.String);
    const flows = workbook.getWorksheet('物质流 Flows');
    expect(flows?.getRow(2).getCell(5).value).toBe(100000);
    const estimated = TABLES.flows.columns.findIndex((c) => c.key === 'estimated') + 1;
    expect(flows?.getRow(2).getCell(estimated).value).toBe(true);
    const result = await importXlsx(await exportXlsx(hostile), 'h.xlsx');
    expect(result.ok && result.model).toEqual(hostile);
  });

  it('reports problems with the sheet and the row Excel shows', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(park)).buffer as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
    const flows = workbook.getWorksheet('物质流 Flows');
    flows!.getRow(3).getCell(5).value = 'many';
    flows!.getRow(4).getCell(2).value = 'ghost';
    flows!.spliceRows(2, 0, []); // a blank row: later rows move down, as the user sees them
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await importXlsx(bytes, 'p.xlsx');
    expect(problems(result)).toEqual(
      expect.arrayContaining([
        'p.xlsx, sheet 物质流 Flows, row 4, column E "年量 quantity": "many" is not a number',
        'p.xlsx, sheet 物质流 Flows, row 5, column B "供方 from": flows[2].from: unknown enterprise "ghost" (boundary actors are "@supply", "@market" and "@disposal")',
      ]),
    );
  });

  it('reports a file that is not a workbook, or a truncated one, without throwing', async () => {
    for (const bytes of [encoder.encode('{"not": "xlsx"}'), (await exportXlsx(park)).slice(0, 2000)]) {
      const result = await importXlsx(bytes, 'bad.xlsx');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors[0]?.code).toBe('xlsx-unreadable');
      expect(!result.ok && result.errors[0]?.location).toEqual({ file: 'bad.xlsx' });
    }
  });
});
