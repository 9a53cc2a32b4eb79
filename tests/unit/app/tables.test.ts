/** The table view's pure parts: rows of each table, sorting (Chinese too), filtering, cell edits, grid keys. */
import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { moveActiveCell } from '../../../src/app/tables/gridKeys.ts';
import { createHistory } from '../../../src/app/model/history.ts';
import { commitEdit } from '../../../src/app/model/modelEdit.ts';
import { editCell } from '../../../src/app/tables/cellEdits.ts';
import { parseQuantity } from '../../../src/app/model/typedNumber.ts';
import {
  filterRows,
  nextSort,
  releaseTableRows,
  sortRows,
  tableColumns,
  tableRows,
  type TableColumn,
  type TableRow,
} from '../../../src/app/tables/tables.ts';
import { quantityKey } from '../../../src/core/model/quantityOrder.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { edited, renamed } from './edited.ts';

const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('reference data must be valid');
const model = loaded.model;

const row = (id: string, cells: TableRow['cells']): TableRow => ({ id, cells, search: id });
/** What a row shows and what the filter matches. */
const shape = (r: TableRow) => ({ id: r.id, cells: r.cells, search: r.search });
const textColumn: TableColumn = { key: 'name', kind: 'text' };
const numberColumn: TableColumn = { key: 'q', kind: 'number' };

describe('table rows on the reference park', () => {
  it('list every enterprise with its names, cluster, role, status and stream counts', () => {
    const rows = tableRows('enterprises', model, 'zh');
    expect(rows).toHaveLength(model.enterprises.length);
    const volvo = model.enterprises.find((e) => e.id === 'volvo-ce')!;
    expect(rows.find((r) => r.id === 'volvo-ce')!.cells).toEqual({
      id: 'volvo-ce',
      nameZh: '沃尔沃建筑设备(临沂)',
      nameEn: 'Volvo Construction Equipment (Linyi)',
      cluster: volvo.cluster,
      role: 'producer',
      status: 'operating',
      inputs: volvo.inputs.length,
      outputs: volvo.outputs.length,
    });
    expect(tableColumns('enterprises', model).find((c) => c.key === 'cluster')!.options).toHaveLength(5);
  });

  it('list every material with category, unit and hazardous code', () => {
    const rows = tableRows('materials', model, 'en');
    expect(rows).toHaveLength(model.materials.length);
    expect(rows.find((r) => r.id === 'waste-solvent')!.cells).toMatchObject({
      nameZh: '废有机溶剂',
      category: 'waste',
      unit: 't/a',
      hazardousWasteCode: 'HW06',
    });
    expect(rows.find((r) => r.id === 'coal')!.cells['hazardousWasteCode']).toBe('');
  });

  it('list every flow with its ends and material by name, boundary actors included', () => {
    const zh = tableRows('flows', model, 'zh');
    expect(zh).toHaveLength(model.flows.length);
    const first = zh.find((r) => r.id === 'f-001')!;
    expect(first.cells).toEqual({
      id: 'f-001',
      from: '园区外供应(输入)',
      to: '沃尔沃建筑设备(临沂)',
      material: localizedMaterial('machinery-components', 'zh'),
      quantity: 25000,
      unit: 't/a',
      status: 'existing',
      estimated: true,
      // The source it cites, by its title in the table's language: the reference park's figures are estimates.
      source: 'Symbiograph 估算',
    });
    const en = tableRows('flows', model, 'en').find((r) => r.id === 'f-001')!;
    expect(en.cells['source']).toBe('Symbiograph estimate');
    expect(en.cells['from']).toBe('Outside supply (imports)');
    expect(en.cells['to']).toBe('Volvo Construction Equipment (Linyi)');
  });
});

function localizedMaterial(id: string, language: 'zh' | 'en'): string {
  const m = model.materials.find((x) => x.id === id)!;
  return m.name[language] ?? m.name.en ?? '';
}

describe('sorting', () => {
  it('sorts Chinese text by pinyin, not by code point', () => {
    const rows = ['中', '阿', '北', '山'].map((name, i) => row(String(i), { name }));
    const sorted = sortRows(rows, { column: 'name', direction: 'asc' }, [textColumn]);
    // ā (阿) < běi (北) < shān (山) < zhōng (中); by code point 中 (U+4E2D) would come first.
    expect(sorted.map((r) => r.cells['name'])).toEqual(['阿', '北', '山', '中']);
  });

  it('sorts quantities by their value in one unit, grouped by dimension whichever the direction', () => {
    const quantity: TableColumn = { key: 'quantity', kind: 'number', unitColumn: 'unit' };
    const rows = [
      row('steam', { quantity: 50_000, unit: 'GJ/a' }),
      row('slag', { quantity: 900, unit: 't/a' }),
      row('scrap', { quantity: 1, unit: 'kt/a' }), // 1 000 t/a: above the slag's 900
      row('water', { quantity: 3, unit: 'm3/a' }),
      row('ash', { quantity: 20, unit: 't/a' }),
      row('unmeasured', { quantity: '', unit: 't/a' }),
    ];
    const ids = (direction: 'asc' | 'desc') =>
      sortRows(rows, { column: 'quantity', direction }, [quantity]).map((r) => r.id);
    // Mass (t/a, kt/a) first, then volume, then energy; an empty quantity last.
    expect(ids('asc')).toEqual(['ash', 'slag', 'scrap', 'water', 'steam', 'unmeasured']);
    expect(ids('desc')).toEqual(['scrap', 'slag', 'ash', 'water', 'steam', 'unmeasured']);
  });

  it('sorts numbers by value and ids with numbers in them naturally', () => {
    const rows = [
      row('a', { q: 10, name: 'f-10' }),
      row('b', { q: 9, name: 'f-9' }),
      row('c', { q: 100, name: 'f-100' }),
    ];
    expect(sortRows(rows, { column: 'q', direction: 'asc' }, [numberColumn]).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRows(rows, { column: 'q', direction: 'desc' }, [numberColumn]).map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(sortRows(rows, { column: 'name', direction: 'asc' }, [textColumn]).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('is stable in both directions and puts empty text last', () => {
    const rows = [row('a', { name: 'x' }), row('b', { name: '' }), row('c', { name: 'x' }), row('d', { name: 'a' })];
    expect(sortRows(rows, { column: 'name', direction: 'asc' }, [textColumn]).map((r) => r.id)).toEqual([
      'd',
      'a',
      'c',
      'b',
    ]);
    expect(sortRows(rows, { column: 'name', direction: 'desc' }, [textColumn]).map((r) => r.id)).toEqual([
      'a',
      'c',
      'd',
      'b',
    ]);
  });

  it('orders enums by their meaning and sorts the reference flows by quantity', () => {
    const columns = tableColumns('enterprises', model);
    const byStatus = sortRows(tableRows('enterprises', model, 'zh'), { column: 'status', direction: 'asc' }, columns);
    const order = ['operating', 'planned', 'candidate', 'closed'];
    const ranks = byStatus.map((r) => order.indexOf(String(r.cells['status'])));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const flows = sortRows(
      tableRows('flows', model, 'zh'),
      { column: 'quantity', direction: 'desc' },
      tableColumns('flows', model),
    );
    // The first is the largest flow by mass (kt/a converted to t/a), not the largest bare number of any unit.
    const massTonnes = model.flows
      .filter((f) => f.quantity !== undefined && quantityKey(f.quantity, f.unit).group === 0)
      .map((f) => quantityKey(f.quantity ?? 0, f.unit).value);
    const first = flows[0]!;
    expect(quantityKey(Number(first.cells['quantity']), String(first.cells['unit'])).value).toBe(
      Math.max(...massTonnes),
    );
  });

  it('cycles a header click from ascending to descending', () => {
    expect(nextSort(null, 'q')).toEqual({ column: 'q', direction: 'asc' });
    expect(nextSort({ column: 'q', direction: 'asc' }, 'q')).toEqual({ column: 'q', direction: 'desc' });
    expect(nextSort({ column: 'q', direction: 'desc' }, 'q')).toEqual({ column: 'q', direction: 'asc' });
    expect(nextSort({ column: 'q', direction: 'desc' }, 'name')).toEqual({ column: 'name', direction: 'asc' });
  });
});

describe('filtering', () => {
  const enterprises = tableRows('enterprises', model, 'en');
  it('matches the id and both names, ignoring case and surrounding spaces', () => {
    expect(filterRows(enterprises, { text: '沃尔沃', enums: {} }).map((r) => r.id)).toEqual(['volvo-ce']);
    expect(filterRows(enterprises, { text: ' VOLVO construction ', enums: {} }).map((r) => r.id)).toEqual(['volvo-ce']);
    expect(filterRows(enterprises, { text: 'volvo-c', enums: {} }).map((r) => r.id)).toEqual(['volvo-ce']);
    expect(filterRows(enterprises, { text: '', enums: {} })).toBe(enterprises);
  });
  it('combines the text with the enum selects', () => {
    const machinery = filterRows(enterprises, { text: '', enums: { cluster: 'machinery', role: '' } });
    expect(machinery.length).toBe(model.enterprises.filter((e) => e.cluster === 'machinery').length);
    expect(filterRows(enterprises, { text: '沃尔沃', enums: { cluster: 'chemicals' } })).toEqual([]);
  });
  it('finds flows by the names of their ends and material', () => {
    const flows = filterRows(tableRows('flows', model, 'en'), { text: '沃尔沃', enums: {} });
    expect(flows.length).toBe(model.flows.filter((f) => f.from === 'volvo-ce' || f.to === 'volvo-ce').length);
  });
});

describe('cell edits', () => {
  const history = createHistory(model);
  it('rename an enterprise in one language and keep the other', () => {
    const result = editCell(model, 'enterprises', 'volvo-ce', 'nameZh', ' 沃尔沃 ');
    if (result.kind !== 'edit') throw new Error('expected an edit');
    const volvo = edited(model, result.edit).enterprises.find((e) => e.id === 'volvo-ce')!;
    expect(volvo.name).toEqual({ en: 'Volvo Construction Equipment (Linyi)', zh: '沃尔沃' });
    expect(edited(model, result.edit).flows).toBe(model.flows);
    expect(result.edit.label.zh).toContain('沃尔沃');
    expect(commitEdit(history, result.edit).ok).toBe(true);
  });
  it('are no edit when the value is the same one', () => {
    expect(editCell(model, 'enterprises', 'volvo-ce', 'nameZh', '沃尔沃建筑设备(临沂)').kind).toBe('unchanged');
    expect(editCell(model, 'flows', 'f-001', 'quantity', '25,000').kind).toBe('unchanged');
  });
  it('leave the verdict to core validation: a negative quantity is refused at commit', () => {
    const result = editCell(model, 'flows', 'f-001', 'quantity', '-5');
    if (result.kind !== 'edit') throw new Error('expected an edit');
    const committed = commitEdit(history, result.edit);
    expect(committed.ok).toBe(false);
    if (!committed.ok) expect(committed.errors[0]!.message.en).toContain('negative');
  });
  it('refuse text that is not a number before it reaches the model', () => {
    const result = editCell(model, 'flows', 'f-001', 'quantity', 'lots');
    expect(result.kind === 'refused' && result.problems.map((p) => p.message.en)).toEqual(['"lots" is not a number']);
    expect(parseQuantity('１２ ３００.5')).toBe(12300.5);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('')).toBeNull();
  });
  it('change a material unit to one its flows cannot convert to, which core refuses', () => {
    const result = editCell(model, 'materials', 'coal', 'unit', 'MWh/a');
    if (result.kind !== 'edit') throw new Error('expected an edit');
    expect(commitEdit(history, result.edit).ok).toBe(false);
  });
});

describe('grid keys', () => {
  const size = { rows: 100, cols: 5, page: 10 };
  const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey, metaKey: false });
  it('move by one, to the ends, by a page, and stop at the edges', () => {
    expect(moveActiveCell({ row: 0, col: 0 }, key('ArrowDown'), size)).toEqual({ row: 1, col: 0 });
    expect(moveActiveCell({ row: 0, col: 0 }, key('ArrowUp'), size)).toEqual({ row: 0, col: 0 });
    expect(moveActiveCell({ row: 5, col: 4 }, key('ArrowRight'), size)).toEqual({ row: 5, col: 4 });
    expect(moveActiveCell({ row: 5, col: 2 }, key('Home'), size)).toEqual({ row: 5, col: 0 });
    expect(moveActiveCell({ row: 5, col: 2 }, key('End', true), size)).toEqual({ row: 99, col: 4 });
    expect(moveActiveCell({ row: 95, col: 2 }, key('PageDown'), size)).toEqual({ row: 99, col: 2 });
    expect(moveActiveCell({ row: 0, col: 0 }, key('Enter'), size)).toBeNull();
  });
});

describe('table rows after an edit', () => {
  const cellEdit = (before: typeof model, flowId: string, typed: string) => {
    const result = editCell(before, 'flows', flowId, 'quantity', typed);
    if (result.kind !== 'edit') throw new Error(`the edit was ${result.kind}`);
    return edited(before, result.edit);
  };

  it('builds again only the rows of the items the edit changed', () => {
    const flow = model.flows.find((f) => f.quantity !== undefined)!;
    const before = tableRows('flows', model, 'zh');
    const after = tableRows('flows', cellEdit(model, flow.id, '4321'), 'zh');
    const changed = after.filter((r, i) => r !== before[i]);
    expect(changed.map((r) => [r.id, r.cells['quantity']])).toEqual([[flow.id, 4321]]);
  });

  it('builds every row again for another language or a renamed enterprise', () => {
    const before = tableRows('flows', model, 'zh');
    expect(tableRows('flows', model, 'en').some((r, i) => r === before[i])).toBe(false);
    const enterprise = model.enterprises[0]!;
    const renamedPark = renamed(model, 'Renamed works', enterprise.id);
    const rows = tableRows('flows', renamedPark, 'en');
    const touching = rows.filter((r, i) => model.flows[i]!.from === enterprise.id);
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.every((r) => r.cells['from'] === 'Renamed works')).toBe(true);
  });

  it('keeps the other rows when a flow leaves the middle, and the earlier rows on undo', () => {
    const before = tableRows('flows', model, 'zh');
    const middle = Math.floor(model.flows.length / 2);
    const shorter = { ...model, flows: model.flows.filter((_f, i) => i !== middle) };
    const after = tableRows('flows', shorter, 'zh');
    expect(after).toHaveLength(before.length - 1);
    expect(after.every((r, i) => r === before[i < middle ? i : i + 1])).toBe(true);
    // Back to the park as it was (an undo): the rows kept, and only the returning flow's row built again.
    const undone = tableRows('flows', model, 'zh');
    expect(undone.filter((r, i) => r !== before[i]).map((r) => r.id)).toEqual([model.flows[middle]!.id]);
    expect(shape(undone[middle]!)).toEqual(shape(before[middle]!));
  });

  it('builds the rows again once the closed table let them go', () => {
    const before = tableRows('flows', model, 'zh');
    releaseTableRows();
    const after = tableRows('flows', model, 'zh');
    expect(after.map(shape)).toEqual(before.map(shape));
    expect(after.some((r, i) => r === before[i])).toBe(false);
  });
});
