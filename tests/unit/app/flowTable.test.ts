/**
 * The flows table on a published exchange list: year, source and attribute
 * columns only when some flow has them, years written as years, empty
 * quantities empty and sorted last, an emptied quantity saved as a
 * structural exchange, and year cells checked with core's rules.
 */
import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { createHistory } from '../../../src/app/model/history.ts';
import { commitEdit } from '../../../src/app/model/modelEdit.ts';
import { editCell } from '../../../src/app/tables/cellEdits.ts';
import { gridTracks } from '../../../src/app/tables/tableTracks.ts';
import { cellText, columnHeading, sortRows, tableColumns, tableRows } from '../../../src/app/tables/tables.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { edited } from './edited.ts';
import { exchangeList } from './exchangeListFixture.ts';

const list = exchangeList();
const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('reference data must be valid');
const reference = loaded.model;

const columnKeys = (model: typeof list) => tableColumns('flows', model).map((c) => c.key);
const flowOf = (model: typeof list, id: string) => model.flows.find((f) => f.id === id)!;
const t = (key: string) => `«${key}»`;

describe('the flows table of an exchange list', () => {
  it('adds start and end year, source and one column per attribute, headed by the attribute itself', () => {
    const columns = tableColumns('flows', list);
    expect(columns.map((c) => c.key).slice(8)).toEqual([
      'startYear',
      'endYear',
      'source',
      'attribute:page',
      'attribute:contact',
    ]);
    const byKey = new Map(columns.map((c) => [c.key, c]));
    expect(byKey.get('startYear')).toMatchObject({ kind: 'year', editor: 'number' });
    expect(byKey.get('source')!.editor).toBeUndefined();
    expect(byKey.get('attribute:page')!.editor).toBeUndefined();
    expect(columnHeading(byKey.get('attribute:contact')!, t)).toBe('contact');
    expect(columnHeading(byKey.get('startYear')!, t)).toBe('«table.column.startYear»');
  });

  it('finds the same columns after an edit in place as afresh: an attribute added, dropped, a figure changed', () => {
    const fresh = (model: typeof list) => {
      tableColumns('flows', { ...model, flows: [] });
      return columnKeys(model);
    };
    const replace = (model: typeof list, at: number, flow: (typeof list.flows)[number]) => {
      const flows = model.flows.slice();
      flows[at] = flow;
      return { ...model, flows };
    };
    const last = list.flows.length - 1;
    const edits: [string, (model: typeof list) => typeof list][] = [
      ['a quantity', (m) => replace(m, 0, { ...m.flows[0]!, quantity: 77 })],
      ['a new attribute on the first flow', (m) => replace(m, 0, { ...m.flows[0]!, attributes: { zone: 'A' } })],
      ['every attribute taken from the last flow', (m) => replace(m, last, { ...m.flows[last]!, attributes: {} })],
      [
        'years and source taken away',
        (m) => ({
          ...m,
          flows: m.flows.map((f) => ({ ...f, startYear: undefined, endYear: undefined, source: undefined })),
        }),
      ],
    ];
    let model = list;
    for (const [name, edit] of edits) {
      columnKeys(model);
      model = edit(model);
      expect([name, columnKeys(model)]).toEqual([name, fresh(model)]);
    }
    expect(columnKeys(model)).not.toContain('startYear');
  });

  it("orders the attribute columns as afresh when an edit moves an attribute's first appearance", () => {
    const withAttributes = (...sets: Record<string, string>[]) => ({
      ...list,
      flows: list.flows.map((f, i) => ({ ...f, attributes: sets[i] ?? {} })),
    });
    const before = withAttributes({ a: '1' }, { b: '2' }, { a: '3' });
    expect(columnKeys(before).filter((k) => k.startsWith('attribute:'))).toEqual(['attribute:a', 'attribute:b']);
    // The first flow loses its attribute: `b` now appears first.
    const after = { ...before, flows: before.flows.map((f, i) => (i === 0 ? { ...f, attributes: {} } : f)) };
    expect(columnKeys(after).filter((k) => k.startsWith('attribute:'))).toEqual(['attribute:b', 'attribute:a']);
  });

  it('lays the columns out whatever their text, so every row lines up: a definite width each, the spare before the buttons', () => {
    const { template, width } = gridTracks(tableColumns('flows', list), {}, 16);
    // id, from, to, material, quantity, unit, status, estimated, start, end, source, page, contact, then the buttons.
    expect(template).toBe(
      '160px 192px 192px 160px 112px 80px 88px 120px 96px 96px 256px 144px 144px minmax(0, 1fr) 136px',
    );
    expect(width).toBe('max(100%, 1976px)');
  });

  it('gives each flow its years, the title of its source and its attributes as written', () => {
    const rows = tableRows('flows', list, 'en');
    const [steam, water, gypsum] = rows.map((r) => r.cells);
    expect(steam).toMatchObject({
      quantity: '',
      startYear: 1982,
      source: 'Book A, ch. 3, case study, pp. 100 and 103',
      'attribute:page': '100',
      'attribute:contact': 'Jacobsen 2006',
    });
    expect(steam!['endYear']).toBeUndefined();
    expect(water).toMatchObject({ quantity: 700000, startYear: 1987, endYear: 1995, source: 'Book B' });
    expect(water!['attribute:contact']).toBeUndefined();
    expect(gypsum!['source']).toBeUndefined();
    const columns = new Map(tableColumns('flows', list).map((c) => [c.key, c]));
    // A year reads 1982, never 1,982; an empty quantity reads empty, never 0.
    expect(cellText(columns.get('startYear')!, 1982, 'en')).toBe('1982');
    expect(cellText(columns.get('quantity')!, '', 'en')).toBe('');
    expect(cellText(columns.get('quantity')!, 700000, 'en')).toBe('700,000');
  });

  it('grows no empty columns on the reference park: no years, no attributes, only its cited source', () => {
    const keys = columnKeys(reference);
    expect(keys).toContain('source');
    expect(keys.filter((k) => k.includes('Year') || k.startsWith('attribute:'))).toEqual([]);
    const withoutSources = { ...reference, flows: reference.flows.map(({ source: _, ...f }) => f) };
    expect(columnKeys(withoutSources)).toEqual([
      'id',
      'from',
      'to',
      'material',
      'quantity',
      'unit',
      'status',
      'estimated',
    ]);
  });

  it('sorts flows without a quantity or a year last, whichever the direction', () => {
    const columns = tableColumns('flows', list);
    const rows = tableRows('flows', list, 'en');
    const order = (column: string, direction: 'asc' | 'desc') =>
      sortRows(rows, { column, direction }, columns).map((r) => r.id);
    const [steam, water, gypsum] = list.flows.map((f) => f.id);
    expect(order('quantity', 'asc')).toEqual([gypsum, water, steam]);
    // Tonnes before cubic metres whichever the direction: 700 000 m³/a is not more than 200 000 t/a.
    expect(order('quantity', 'desc')).toEqual([gypsum, water, steam]);
    expect(order('startYear', 'desc')).toEqual([water, steam, gypsum]);
    expect(order('attribute:page', 'asc')).toEqual([water, steam, gypsum]);
  });
});

describe('editing the flows table', () => {
  const history = createHistory(list);
  const [steam, water] = list.flows;

  it('saves an emptied quantity as a structural exchange, keeping the unit', () => {
    const result = editCell(list, 'flows', water!.id, 'quantity', '  ');
    if (result.kind !== 'edit') throw new Error('expected an edit');
    const flow = flowOf(edited(list, result.edit), water!.id);
    expect('quantity' in flow).toBe(false);
    expect(flow.unit).toBe('m3/a');
    expect(result.edit.label).toEqual({
      zh: `清除物质流“${water!.id}”的数量`,
      en: `Clear the quantity of flow “${water!.id}”`,
    });
    expect(commitEdit(history, result.edit).ok).toBe(true);
    expect(tableRows('flows', edited(list, result.edit), 'en').find((r) => r.id === water!.id)!.cells['quantity']).toBe(
      '',
    );
    // Already empty: nothing to do.
    expect(editCell(list, 'flows', steam!.id, 'quantity', '').kind).toBe('unchanged');
  });

  it('sets, changes and clears a year, full-width digits too', () => {
    const set = editCell(list, 'flows', steam!.id, 'endYear', '２００１');
    if (set.kind !== 'edit') throw new Error('expected an edit');
    expect(flowOf(edited(list, set.edit), steam!.id)).toMatchObject({ startYear: 1982, endYear: 2001 });
    expect(set.edit.label.en).toBe(`Set the end year of flow “${steam!.id}” to “2001”`);
    expect(commitEdit(history, set.edit).ok).toBe(true);

    const cleared = editCell(list, 'flows', water!.id, 'startYear', '');
    if (cleared.kind !== 'edit') throw new Error('expected an edit');
    expect('startYear' in flowOf(edited(list, cleared.edit), water!.id)).toBe(false);
    expect(cleared.edit.label.zh).toBe(`清除物质流“${water!.id}”的起始年份`);
    expect(editCell(list, 'flows', water!.id, 'startYear', ' 1987 ').kind).toBe('unchanged');
  });

  it('refuses what is not a whole year from 1900 to 2200, at the cell', () => {
    for (const typed of ['1982.5', '1800', '2300', 'soon', '-1982']) {
      const result = editCell(list, 'flows', steam!.id, 'startYear', typed);
      if (result.kind !== 'refused') throw new Error(`expected ${typed} refused`);
      expect(result.problems.map((p) => [p.path, p.message.en])).toEqual([
        [['startYear'], `a year must be a whole number from 1900 to 2200 (got "${typed}")`],
      ]);
    }
  });

  it('leaves an end before the start to core, which refuses it at the end year', () => {
    const result = editCell(list, 'flows', water!.id, 'endYear', '1980');
    if (result.kind !== 'edit') throw new Error('expected an edit');
    const committed = commitEdit(history, result.edit);
    if (committed.ok) throw new Error('expected a refusal');
    expect(committed.errors.map((p) => [p.code, p.path])).toEqual([['end-before-start', ['flows', 1, 'endYear']]]);
    expect(committed.errors[0]!.message.zh).toBe('终止年份 1980 早于起始年份 1987');
  });
});
