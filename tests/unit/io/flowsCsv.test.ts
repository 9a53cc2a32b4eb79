import { describe, expect, it } from 'vitest';
import { importFlowsCsv } from '../../../src/core/io/flowsCsv.ts';
import { formatProblem } from '../../../src/core/model/problems.ts';
import { buildExchangeGraph } from '../../../src/core/graph/exchangeGraph.ts';

const options = { file: 'flows.csv', referenceYear: 2024 };

const GOOD = `from,to,material,category,quantity,unit,status,year,note
富源热电,施可丰化工,蒸汽,energy,"120,000",t/a,existing,2019,steam main
@supply,富源热电,Coal,product,200000,t/a,,2019,
富源热电,@disposal,粉煤灰,by-product,5,kt/a,,,
施可丰化工,@market,复合肥,product,300000,t/a,,,
Acme Recycling,施可丰化工,粉煤灰,by-product,1000,t/a,potential,2020,"trial, 2020"
`;

describe('importFlowsCsv', () => {
  it('turns an exchange list into a valid model', () => {
    const result = importFlowsCsv(GOOD, options);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    const { model } = result;
    expect(model.enterprises.map((e) => [e.id, e.name])).toEqual([
      ['富源热电', { zh: '富源热电' }],
      ['施可丰化工', { zh: '施可丰化工' }],
      ['acme-recycling', { en: 'Acme Recycling' }],
    ]);
    expect(model.materials.map((m) => [m.id, m.category, m.unit])).toEqual([
      ['蒸汽', 'energy', 't/a'],
      ['coal', 'product', 't/a'],
      ['粉煤灰', 'by-product', 'kt/a'],
      ['复合肥', 'product', 't/a'],
    ]);
    expect(model.flows[0]).toEqual({
      id: 'f-2',
      from: '富源热电',
      to: '施可丰化工',
      material: '蒸汽',
      quantity: 120000,
      unit: 't/a',
      status: 'existing',
      startYear: 2019,
      note: 'steam main',
    });
    expect(model.flows[4]?.status).toBe('potential');
    expect(model.flows[4]?.note).toBe('trial, 2020');
    expect(model.park.referenceYear).toBe(2020);
    expect(model.park.id).toBe('flows');
  });

  it('declares each enterprise’s streams as the sums of its flows, in the material unit', () => {
    const result = importFlowsCsv(GOOD, options);
    if (!result.ok) throw new Error('expected a valid model');
    const chp = result.model.enterprises[0]!;
    expect(chp.inputs).toEqual([expect.objectContaining({ material: 'coal', quantity: 200000, unit: 't/a' })]);
    expect(chp.outputs).toEqual([
      expect.objectContaining({ material: '蒸汽', quantity: 120000, unit: 't/a' }),
      expect.objectContaining({ material: '粉煤灰', quantity: 5, unit: 'kt/a' }),
    ]);
    // The fertilizer plant receives fly ash in t/a; its declared input is in the material's unit (kt/a).
    expect(result.model.enterprises[1]!.inputs).toEqual([
      expect.objectContaining({ material: '蒸汽', quantity: 120000 }),
      expect.objectContaining({ material: '粉煤灰', quantity: 1, unit: 'kt/a' }),
    ]);
    expect(result.warnings).toEqual([]);
    const graph = buildExchangeGraph(result.model);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(5);
  });

  it('accepts Chinese headers, category and status names', () => {
    const csv = '来源,去向,物料,类别,数量,单位,状态\nA厂,B厂,污泥,废物,10,t/a,规划\n';
    const result = importFlowsCsv(csv, options);
    expect(result.ok && result.model.flows[0]).toMatchObject({ from: 'a厂', status: 'planned' });
    expect(result.ok && result.model.materials[0]?.category).toBe('waste');
  });

  it('reports every bad row by row and column, and builds nothing', () => {
    const csv = `from,to,material,category,quantity,unit,status,year
A,B,steam,energy,1,t/a,,
A,B,steam,energy,-5,t/a,,
A,B,steam,energy,abc,t/a,,
A,B,steam,energies,1,t/a,,
A,B,steam,energy,1,barrels,,
A,,steam,energy,1,t/a,,
A,B,steam,energy,1,t/a,maybe,
A,B,steam,energy,1,t/a,,20x9
@market,B,steam,energy,1,t/a,,
A,@supply,steam,energy,1,t/a,,
A,B,steam,water,1,t/a,,
A,B,steam,energy,1,m3/a,,
A,B,steam,energy,1,t/a
A,B,steam,energy,1,,,
`;
    const result = importFlowsCsv(csv, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map((p) => formatProblem(p, 'en'));
    expect(lines).toEqual([
      'flows.csv, row 3, column quantity: quantity must not be negative (got -5)',
      'flows.csv, row 4, column quantity: quantity "abc" is not a number',
      'flows.csv, row 6, column unit: unknown unit "barrels"',
      'flows.csv, row 7, column to: required value is missing',
      'flows.csv, row 8, column status: invalid status "maybe"; expected one of existing, planned, potential',
      'flows.csv, row 9, column year: invalid year "20x9" (a year from 1900 to 2200)',
      'flows.csv, row 10, column from: boundary "@market" cannot be used in this column (@supply, @market, @disposal)',
      'flows.csv, row 11, column to: boundary "@supply" cannot be used in this column (@supply, @market, @disposal)',
      'flows.csv, row 13, column unit: unit "m3/a" cannot be converted to "t/a", used for "steam" on row 2',
      'flows.csv, row 14: this row has 6 fields but the header has 8',
      'flows.csv, row 15, column unit: a quantity without a unit: give the unit (e.g. t/a), or leave the quantity out too (a structural exchange)',
    ]);
    expect(result.errors.every((p) => p.location?.file === 'flows.csv' && p.location.row !== undefined)).toBe(true);
    expect(result.errors[0]?.message.zh).toBeTruthy();
    // What rows say together is a warning, not a refusal, and still reported beside the errors.
    expect(result.warnings.map((p) => formatProblem(p, 'en'))).toEqual([
      'flows.csv, row 5, column category: unknown category "energies" (row 5), treated as blank; known categories: product, by-product, waste, energy, water, service, unclassified',
      'flows.csv, row 12, column category: material "steam": rows 2, 13 say energy, row 12 says water; kept energy (2 of 3 rows)',
      'flows.csv, row 5, column category: no usable category on this row: taken from other rows of the same material ("steam": energy)',
    ]);
  });

  it('reports missing required columns, naming what else they may be called', () => {
    const result = importFlowsCsv('from,material\nA,x\n', options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((p) => formatProblem(p, 'en'))).toEqual([
      'flows.csv, row 1, column to: required column "to" is missing (also accepted: target, 去向, 需方, 接收方, 使用方)',
    ]);
  });

  it('keeps columns it does not know as flow attributes, and says so once', () => {
    const result = importFlowsCsv('from,to,material,qty,unit\nA,B,x,1,t/a\nA,C,x,,t/a\n', options);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    expect(result.model.flows.map((f) => [f.quantity, f.unit, f.attributes])).toEqual([
      [undefined, 't/a', { qty: 1 }],
      [undefined, 't/a', undefined],
    ]);
    expect(result.warnings.map((p) => formatProblem(p, 'en'))).toContain(
      'flows.csv, row 1, column qty: column "qty" is not an exchange-list column: kept as a custom attribute of each flow',
    );
  });

  it('reports an empty file and a header-only file', () => {
    const empty = importFlowsCsv('', options);
    expect(!empty.ok && empty.errors[0]?.code).toBe('csv-empty');
    const headerOnly = importFlowsCsv('from,to,material,category,quantity,unit\n', options);
    expect(!headerOnly.ok && headerOnly.errors[0]?.code).toBe('csv-no-rows');
  });

  it('keeps distinct names apart even when they fold to the same id', () => {
    const csv = 'from,to,material,category,quantity,unit\nACME Co,Acme-Co,x,product,1,t/a\n';
    const result = importFlowsCsv(csv, options);
    expect(result.ok && result.model.enterprises.map((e) => e.id)).toEqual(['acme-co', 'acme-co-2']);
  });

  it('keeps hostile names as plain text', () => {
    const csv = 'from,to,material,category,quantity,unit\n<img src=x onerror=alert(1)>,B,x,product,1,t/a\n';
    const result = importFlowsCsv(csv, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.enterprises[0]?.name).toEqual({ en: '<img src=x onerror=alert(1)>' });
    expect(result.model.enterprises[0]?.id).toBe('img-src-x-onerror-alert-1');
  });
});
