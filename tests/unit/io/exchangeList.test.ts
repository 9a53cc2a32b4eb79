/**
 * Published exchange lists (domain.md §5a): no quantities, a citation per
 * row, years, blank and conflicting categories, near-duplicate names and
 * columns of their own — they load, with warnings that name the rows.
 */
import { describe, expect, it } from 'vitest';
import { importFlowsCsv } from '../../../src/core/io/flowsCsv.ts';
import { writeFlowsCsv } from '../../../src/core/io/flowsCsvExport.ts';
import { readAliasTable, type AliasTable } from '../../../src/core/io/aliasTable.ts';
import { formatProblem } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import type { ValidationResult } from '../../../src/core/model/validate.ts';
import { PUBLISHED } from '../../fixtures/publishedList.ts';

const options = { file: 'kalundborg.csv', referenceYear: 2024 };

/** The model, or a failure that shows the errors. */
function loaded(result: ValidationResult): ParkModel {
  if (!result.ok) throw new Error(result.errors.map((p) => formatProblem(p, 'en')).join('\n'));
  return result.model;
}
const warningLines = (result: ValidationResult) => result.warnings.map((p) => formatProblem(p, 'en'));

describe('a published exchange list', () => {
  const result = importFlowsCsv(PUBLISHED, options);
  const model = loaded(result);

  it('loads every exchange, without quantities', () => {
    expect(model.flows).toHaveLength(9);
    expect(model.flows.every((f) => f.quantity === undefined && f.unit === undefined)).toBe(true);
    expect(result.ok).toBe(true);
  });

  it('reads the `source` column as the citation, since `from` is there, one source per distinct text', () => {
    expect(model.park.sources).toEqual([
      { id: 'src-1', title: 'Jacobsen 2006' },
      { id: 'src-2', title: 'Ehrenfeld & Gertler 1997' },
    ]);
    expect(model.flows.map((f) => f.source)).toEqual([
      'src-1',
      'src-1',
      'src-2',
      'src-1',
      undefined,
      'src-1',
      'src-2',
      undefined,
      undefined,
    ]);
    // The citation is not kept twice, as an attribute too.
    expect(model.flows.every((f) => f.attributes === undefined || !('source' in f.attributes))).toBe(true);
  });

  it('reads `year` as the start year, and makes the latest one the reference year', () => {
    expect(model.flows.map((f) => f.startYear)).toEqual([1982, 1982, 1972, 1993, 1979, 1976, undefined, 1990, 1989]);
    expect(model.flows.every((f) => f.endYear === undefined)).toBe(true);
    expect(model.park.referenceYear).toBe(1993);
  });

  it('keeps the column it does not know as an attribute of each flow', () => {
    expect(model.flows[0]?.attributes).toEqual({ 'distance km': 3.5 });
    expect(model.flows[1]?.attributes).toBeUndefined();
    expect(warningLines(result)).toContain(
      'kalundborg.csv, row 1, column distance km: column "distance km" is not an exchange-list column: kept as a custom attribute of each flow',
    );
  });

  it('settles each material’s category, saying which rows disagreed and what it kept', () => {
    const category = (name: string) => model.materials.find((m) => m.name.en === name)?.category;
    expect(category('steam')).toBe('energy');
    expect(category('fly ash')).toBe('by-product');
    expect(category('gas')).toBe('unclassified');
    expect(category('sulphur')).toBe('unclassified');
    expect(warningLines(result)).toEqual(
      expect.arrayContaining([
        'kalundborg.csv, row 8, column category: material "fly ash": rows 5–6 say by-product, row 8 says waste; kept by-product (2 of 3 rows)',
        'kalundborg.csv, row 9, column category: unknown category "energies" (row 9), treated as blank; known categories: product, by-product, waste, energy, water, service, unclassified',
        'kalundborg.csv, row 3, column category: no usable category on rows 3–4, 9: row 3 takes it from other rows of the same material ("steam": energy); rows 4, 9 are unclassified: no row gives their material a category ("gas", "sulphur")',
      ]),
    );
    // One warning per material in conflict and one for all blank rows, never one per row.
    expect(result.warnings.filter((p) => p.code === 'csv-category-blank')).toHaveLength(1);
    expect(result.warnings.filter((p) => p.code === 'csv-category-conflict')).toHaveLength(1);
  });

  it('names probable duplicate names with their rows, and keeps them apart', () => {
    expect(model.enterprises.map((e) => e.name.en)).toEqual([
      'Asnæs Power Station',
      'Statoil Refinery',
      'Novo Nordisk',
      'Gyproc',
      'Asnaes power station',
      'Cement plant',
      'Farmers',
      'Statoil refinery',
      'Kemira',
      'Fish farm',
    ]);
    expect(warningLines(result)).toEqual(
      expect.arrayContaining([
        'kalundborg.csv, row 6, column from: probable duplicate enterprise names: "Asnæs Power Station" (rows 2–3, 5, 8, 10), "Asnaes power station" (row 6); kept apart: if they are one enterprise, list them in an alias table (name,same-as)',
        'kalundborg.csv, row 9, column from: probable duplicate enterprise names: "Statoil Refinery" (rows 2, 4), "Statoil refinery" (row 9); kept apart: if they are one enterprise, list them in an alias table (name,same-as)',
      ]),
    );
  });

  it('says once that the flows have no quantities', () => {
    expect(result.warnings.filter((p) => p.code === 'flows-without-quantity')).toHaveLength(1);
    expect(result.warnings.every((p) => p.location?.file === 'kalundborg.csv')).toBe(true);
    expect(result.warnings.every((p) => p.message.zh !== '' && p.message.en !== '')).toBe(true);
  });
});

describe('columns', () => {
  it('reads Gephi’s source,target as from,to when there is no from or to', () => {
    const model = loaded(importFlowsCsv('Source,Target,Label,Weight\nA,B,steam,1\nB,C,heat,2\n', options));
    expect(model.flows.map((f) => [f.from, f.to, f.material, f.source, f.attributes])).toEqual([
      ['a', 'b', 'steam', undefined, { Weight: 1 }],
      ['b', 'c', 'heat', undefined, { Weight: 2 }],
    ]);
    expect(model.park.sources).toBeUndefined();
  });

  it('reads Chinese headers: 来源/去向 as from/to, 年份 and 终止年份 as years, 文献 as the citation', () => {
    const csv = '来源,去向,物料,类别,年份,终止年份,文献,备注\n热电厂,化工厂,蒸汽,能源,2005,2015,园区年报 2016,管道\n';
    const model = loaded(importFlowsCsv(csv, options));
    expect(model.flows[0]).toMatchObject({
      from: '热电厂',
      to: '化工厂',
      startYear: 2005,
      endYear: 2015,
      source: 'src-1',
      note: '管道',
    });
    expect(model.park.sources).toEqual([{ id: 'src-1', title: '园区年报 2016' }]);
  });

  it('recognises citation and year columns by their other names', () => {
    for (const [citation, start, end] of [
      ['citation', 'start', 'end'],
      ['reference', 'since', 'until'],
      ['ref', 'Start Year', 'End_Year'],
      ['出处', '起始年份', '结束年份'],
      ['参考文献', '开始年份', '终止年份'],
    ]) {
      const csv = `from,to,material,${citation},${start},${end}\nA,B,x,"Chertow 2000, p. 3",1990,2001\n`;
      const model = loaded(importFlowsCsv(csv, options));
      expect(model.flows[0], citation).toMatchObject({ startYear: 1990, endYear: 2001, source: 'src-1' });
      expect(model.park.sources?.[0]?.title).toBe('Chertow 2000, p. 3');
    }
  });

  it('makes a link given as the citation the source’s url too', () => {
    const model = loaded(importFlowsCsv('from,to,material,citation\nA,B,x,https://example.org/ks.pdf\n', options));
    expect(model.park.sources).toEqual([
      { id: 'src-1', title: 'https://example.org/ks.pdf', url: 'https://example.org/ks.pdf' },
    ]);
  });

  it('refuses a file where two headers could be the same required column, naming both', () => {
    const result = importFlowsCsv('来源,source,to,material\nA,B,C,x\n', options);
    expect(!result.ok && result.errors.map((p) => formatProblem(p, 'en'))).toEqual([
      'kalundborg.csv, row 1, column source: columns "来源" and "source" could both be the "from" column: keep one, or rename the other',
    ]);
    const twice = importFlowsCsv('from,to,material,note,Note\nA,B,x,a,b\n', options);
    expect(!twice.ok && twice.errors.map((p) => formatProblem(p, 'en'))).toEqual([
      'kalundborg.csv, row 1, column Note: column "Note" appears twice',
    ]);
  });

  it('reads the first of two citation columns as the citation and keeps the other, with a warning naming both', () => {
    const result = importFlowsCsv('from,to,material,reference,文献\nA,B,x,Jacobsen 2006,p. 12\n', options);
    const model = loaded(result);
    expect(model.park.sources?.map((s) => s.title)).toEqual(['Jacobsen 2006']);
    expect(model.flows[0]?.attributes).toEqual({ 文献: 'p. 12' });
    expect(warningLines(result)).toContain(
      'kalundborg.csv, row 1, column 文献: columns "reference" and "文献" could both be the "citation" column: "reference" is read as it',
    );
  });

  it('keeps an alias as an attribute when the file has the column itself', () => {
    const model = loaded(importFlowsCsv('from,to,material,来源\nA,B,x,统计局\n', options));
    expect(model.flows[0]?.from).toBe('a');
    expect(model.flows[0]?.attributes).toEqual({ 来源: '统计局' });
  });

  it('says once when the file has no category column', () => {
    const result = importFlowsCsv('from,to,material\nA,B,x\nB,C,y\n', options);
    expect(loaded(result).materials.map((m) => m.category)).toEqual(['unclassified', 'unclassified']);
    expect(warningLines(result)).toContain(
      'kalundborg.csv, row 1: the file has no category column: all 2 materials are unclassified',
    );
    expect(result.warnings.filter((p) => p.code.startsWith('csv-category'))).toEqual([]);
  });

  it('takes a row’s own "unclassified" without a warning', () => {
    const result = importFlowsCsv('from,to,material,category\nA,B,x,unclassified\nA,C,x,未分类\n', options);
    expect(loaded(result).materials[0]?.category).toBe('unclassified');
    expect(result.warnings.filter((p) => p.code.startsWith('csv-category'))).toEqual([]);
  });

  it('breaks a tie between categories by the first given, and says it was a tie', () => {
    const result = importFlowsCsv('from,to,material,category\nA,B,x,waste\nA,C,x,by-product\n', options);
    expect(loaded(result).materials[0]?.category).toBe('waste');
    expect(warningLines(result)).toContain(
      'kalundborg.csv, row 3, column category: material "x": row 2 says waste, row 3 says by-product; kept waste (1 of 2 rows: a tie, the first given)',
    );
  });
});

describe('quantities and years', () => {
  it('keeps quantities where given and leaves them out where blank; a unit may stand alone', () => {
    const csv =
      'from,to,material,category,quantity,unit\nA,B,slag,waste,"1,200",t/a\nA,C,slag,waste,,kt/a\nA,D,slag,waste,,\n';
    const model = loaded(importFlowsCsv(csv, options));
    expect(model.flows.map((f) => [f.quantity, f.unit])).toEqual([
      [1200, 't/a'],
      [undefined, 'kt/a'],
      [undefined, undefined],
    ]);
    expect(model.materials[0]?.unit).toBe('t/a');
    expect(model.enterprises[0]?.outputs).toEqual([expect.objectContaining({ material: 'slag', quantity: 1200 })]);
  });

  it('gives a material no row measures a default unit that suits its category', () => {
    const csv = 'from,to,material,category\nA,B,power,energy\nA,B,water,water\nA,B,slag,waste\n';
    expect(loaded(importFlowsCsv(csv, options)).materials.map((m) => m.unit)).toEqual(['GJ/a', 'm3/a', 't/a']);
  });

  it('reports a quantity without a unit, a bad year and an end before the start at their cells', () => {
    const csv =
      'from,to,material,数量,start year,end year\nA,B,x,5,,\nA,B,x,,1850,\nA,B,x,,2010,2004\nA,B,x,,2010年,2012.0\n';
    const result = importFlowsCsv(csv, options);
    expect(!result.ok && result.errors.map((p) => formatProblem(p, 'en'))).toEqual([
      'kalundborg.csv, row 2, column unit: a quantity without a unit: give the unit (e.g. t/a), or leave the quantity out too (a structural exchange)',
      'kalundborg.csv, row 3, column start year: invalid year "1850" (a year from 1900 to 2200)',
      'kalundborg.csv, row 4, column end year: the end year 2004 is before the start year 2010',
    ]);
    expect(!result.ok && result.errors[2]?.message.zh).toBe('终止年份 2004 早于起始年份 2010');
  });
});

describe('the alias option', () => {
  const table = (text: string): AliasTable => {
    const read = readAliasTable(text, 'aliases.csv');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    return read.table;
  };

  it('merges the names it lists before the model is built, and the duplicate warning goes', () => {
    const aliases = table(
      'name,same-as\nAsnaes power station,Asnæs Power Station\nStatoil refinery,Statoil Refinery\n',
    );
    const result = importFlowsCsv(PUBLISHED, { ...options, aliases });
    const model = loaded(result);
    expect(model.enterprises.map((e) => e.name.en)).not.toContain('Asnaes power station');
    expect(model.flows[4]?.from).toBe(model.flows[0]?.from);
    expect(model.flows[7]?.from).toBe(model.flows[0]?.to);
    expect(result.warnings.filter((p) => p.code === 'csv-probable-duplicates')).toEqual([]);
  });

  it('maps materials too, and a name to the park boundary', () => {
    const aliases = table('名称,等同于\nflyash,fly ash\nlandfill,@disposal\n');
    const model = loaded(importFlowsCsv('from,to,material\nA,landfill,flyash\nA,B,fly ash\n', { ...options, aliases }));
    expect(model.materials.map((m) => m.name.en)).toEqual(['fly ash']);
    expect(model.flows[0]?.to).toBe('@disposal');
  });

  it('names the entries that matched nothing, in the alias file', () => {
    const aliases = table('name,same-as\nAsnes,Asnæs Power Station\n');
    const result = importFlowsCsv(PUBLISHED, { ...options, aliases });
    expect(warningLines(result)).toContain(
      'aliases.csv, row 2: the alias table\'s "Asnes" (row 2) appears nowhere in kalundborg.csv',
    );
  });
});

describe('the exported exchange list', () => {
  it('writes empty cells for missing quantities, the years, the citation and one column per attribute', () => {
    const model = loaded(importFlowsCsv(PUBLISHED, options));
    const text = writeFlowsCsv(model);
    const [header, first] = text.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('from,to,material,category,quantity,unit,status,start year,end year,citation,note,distance km');
    expect(first).toBe('Asnæs Power Station,Statoil Refinery,steam,energy,,,existing,1982,,Jacobsen 2006,,3.5');
  });

  it('reads back as the same flows: exchange list → model → exchange list → model', () => {
    const once = loaded(importFlowsCsv(PUBLISHED, options));
    const twice = loaded(importFlowsCsv(writeFlowsCsv(once), options));
    expect(twice.flows).toEqual(once.flows);
    expect(twice.park.sources).toEqual(once.park.sources);
    expect(twice.materials).toEqual(once.materials);
    expect(twice.enterprises).toEqual(once.enterprises);
  });

  it('keeps attributes exactly, whatever their keys and values', () => {
    const attributes = {
      year: 1999,
      reference: 'ISO 14001',
      'attribute:x': 'prefixed',
      '': 'no name',
      'capacity (MW)': 24,
      '=cmd|calc': '=1+1',
      code: '007',
      text24: '24',
      flag: true,
      words: 'true',
      empty: '',
      quote: "'apostrophe",
      big: 1e21,
      negative: -0.5,
    };
    const model = loaded(importFlowsCsv('from,to,material,category\nA,B,x,product\n', options));
    const withAttributes: ParkModel = { ...model, flows: [{ ...model.flows[0]!, attributes }] };
    const back = loaded(importFlowsCsv(writeFlowsCsv(withAttributes), options));
    expect(back.flows[0]?.attributes).toEqual(attributes);
    expect(back.flows[0]?.startYear).toBeUndefined();
    expect(back.park.sources).toBeUndefined();
  });
});

describe('hostile text', () => {
  it('keeps formula-like text as plain text, escaped on export', () => {
    const csv = "from,to,material,category,note\n=cmd|' /C calc'!A0,+B,-x,product,@SUM(1)\n";
    const model = loaded(importFlowsCsv(csv, options));
    expect(model.enterprises.map((e) => e.name.en)).toEqual(["=cmd|' /C calc'!A0", '+B']);
    expect(model.flows[0]?.note).toBe('@SUM(1)');
    const text = writeFlowsCsv(model);
    expect(text).toContain(`'=cmd|' /C calc'!A0,'+B,'-x,product,,,existing,,,,'@SUM(1)`);
    expect(loaded(importFlowsCsv(text, options)).flows).toEqual(model.flows);
  });

  it('reports 10 000-character names and headers at their cells, bounded', () => {
    const long = 'n'.repeat(10_000);
    const result = importFlowsCsv(`from,to,material,${long}\n${long},B,x,1\nA,B,${long},1\n`, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((p) => [p.location?.row, p.location?.column?.length, p.code])).toEqual([
      [1, 78, 'csv-column-name'],
      [2, 4, 'csv-cell'],
      [3, 8, 'csv-cell'],
    ]);
    expect(result.errors.every((p) => formatProblem(p, 'en').length < 400)).toBe(true);
  });

  it('keeps control characters in names', () => {
    const model = loaded(importFlowsCsv('from,to,material\n"A\u0001\u0007",B,"x\u001b"\n', options));
    expect(model.enterprises[0]?.name.en).toBe('A\u0001\u0007');
    expect(model.materials[0]?.name.en).toBe('x\u001b');
  });
});
