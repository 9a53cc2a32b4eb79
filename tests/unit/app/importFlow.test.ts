/**
 * Importing in the app, without the browser: which files make which
 * format, what the report shows for a good file, a file with errors and a
 * set of CSV tables, and what each way of applying does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { importRequest, prepareImport, type PickedFile } from '../../../src/app/imports/importFlow.ts';
import { canConfirm, importAction, reportErrors, summariseReport } from '../../../src/app/imports/importReport.ts';
import { applyImport, type ImportTarget } from '../../../src/app/library/applyImport.ts';
import { writeTablesCsv } from '../../../src/core/io/tablesCsv.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const park = buildPark({
  materials: { slag: 'by-product', steel: 'product' },
  enterprises: { smelter: { out: { slag: 4, steel: 2 } }, builder: { in: { slag: 4 } } },
  flows: [['smelter', 'builder', 'slag', 4]],
});

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string): PickedFile => ({ name, bytes: bytes(text) });
const json = (model: ParkModel) => file('park.json', JSON.stringify(model));

function reference(): ParkModel {
  const result = validateModel(JSON.parse(readFileSync('data/linyi-etdz.json', 'utf8')));
  if (!result.ok) throw new Error('the reference park is invalid');
  return result.model;
}

describe('which files make which import', () => {
  it('takes the format of one file from its extension, and several .csv files as one table each', () => {
    expect(importRequest([file('p.gexf', '')])).toMatchObject({ ok: true, format: 'gexf', file: 'p.gexf' });
    expect(importRequest([file('flows.csv', '')])).toMatchObject({ ok: true, format: 'flows-csv' });
    const tables = importRequest([file('flows.csv', ''), file('enterprises.csv', '')]);
    expect(tables).toMatchObject({ ok: true, format: 'tables-csv' });
    expect(tables.ok && tables.input instanceof Map && [...tables.input.keys()]).toEqual([
      'flows.csv',
      'enterprises.csv',
    ]);
  });

  it('refuses an unknown extension, a mix of files, and no file', () => {
    const unknown = importRequest([file('notes.txt', 'x')]);
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.problems[0]).toMatchObject({
      code: 'import-unknown-format',
      location: { file: 'notes.txt' },
    });
    const mixed = importRequest([file('a.csv', ''), file('b.json', '')]);
    expect(!mixed.ok && mixed.problems[0]).toMatchObject({
      code: 'import-several-files',
      location: { file: 'b.json' },
    });
    expect(importRequest([]).ok).toBe(false);
  });
});

describe('the import report', () => {
  it('says "no change" for the open model itself', async () => {
    const report = await prepareImport([json(park)], park);
    expect(canConfirm(report)).toBe(true);
    const summary = summariseReport(report, 'en')!;
    expect(summary.unchanged).toBe(true);
    for (const row of summary.kinds) {
      expect([row.created.count, row.updated.count, row.removed.count]).toEqual([0, 0, 0]);
    }
    expect(summary.kinds.find((k) => k.kind === 'enterprises')?.unchanged).toBe(2);
  });

  it('counts what a good file creates, updates and removes, naming them in the UI language', async () => {
    const next: ParkModel = {
      ...park,
      enterprises: [
        { ...park.enterprises[0]!, name: { zh: '冶炼厂', en: 'Smelter works' } },
        { ...park.enterprises[1]!, id: 'mixer', name: { zh: '搅拌站', en: 'Mixer' } },
      ],
      flows: [{ ...park.flows[0]!, to: 'mixer' }],
    };
    const report = await prepareImport([json(next)], park);
    expect(canConfirm(report)).toBe(true);
    const enterprises = summariseReport(report, 'zh')!.kinds.find((k) => k.kind === 'enterprises')!;
    expect(enterprises.created).toEqual({ count: 1, names: ['搅拌站'] });
    expect(enterprises.updated).toEqual({ count: 1, names: ['冶炼厂'] });
    // Removed records are named from the open model (which has no Chinese name: the English one).
    expect(enterprises.removed).toEqual({ count: 1, names: ['BUILDER'] });
    const flows = summariseReport(report, 'en')!.kinds.find((k) => k.kind === 'flows')!;
    expect(flows.updated).toEqual({ count: 1, names: ['f1'] });
    expect(summariseReport(report, 'en')!.unchanged).toBe(false);
  });

  it('lists a bad quantity by row and column, and cannot be confirmed', async () => {
    const csv = 'from,to,material,category,quantity,unit\nA,B,slag,by-product,12,t/a\nA,C,slag,by-product,lots,t/a\n';
    const report = await prepareImport([file('exchange.csv', csv)], park);
    expect(canConfirm(report)).toBe(false);
    expect(summariseReport(report, 'en')).toBeNull();
    expect(importAction(report, 'replace', 'en')).toBeNull();
    const errors = reportErrors(report);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.location).toMatchObject({ file: 'exchange.csv', row: 3 });
    expect(errors[0]!.location?.column).toContain('quantity');
  });

  it('reports a truncated JSON file with its place, and bytes that are not text', async () => {
    const truncated = await prepareImport([file('park.json', JSON.stringify(park).slice(0, 200))], park);
    expect(canConfirm(truncated)).toBe(false);
    expect(reportErrors(truncated)[0]!.location?.file).toBe('park.json');
    const binary = await prepareImport([{ name: 'park.gexf', bytes: new Uint8Array([0, 1, 2, 0, 255]) }], park);
    expect(canConfirm(binary)).toBe(false);
    expect(reportErrors(binary).length).toBeGreaterThan(0);
  });

  it('reads one CSV file per table: the reference park from its own tables is "no change"', async () => {
    const model = reference();
    const files = [...writeTablesCsv(model)].map(([name, text]) => file(name, text));
    const report = await prepareImport(files, model);
    expect(report.format).toBe('tables-csv');
    expect(reportErrors(report)).toEqual([]);
    expect(summariseReport(report, 'en')!.unchanged).toBe(true);
  });

  it('names the table file of a bad cell without a directory', async () => {
    const model = reference();
    const tables = writeTablesCsv(model);
    const flows = tables.get('flows.csv')!.split('\r\n');
    const cells = flows[1]!.split(',');
    cells[4] = 'many'; // the quantity column
    flows[1] = cells.join(',');
    const files = [...tables].map(([name, text]) => file(name, name === 'flows.csv' ? flows.join('\r\n') : text));
    const report = await prepareImport(files, model);
    expect(canConfirm(report)).toBe(false);
    expect(reportErrors(report)[0]!.location).toMatchObject({ file: 'flows.csv', row: 2 });
  });
});

describe('applying an import', () => {
  function target(): ImportTarget & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      commitValidated: vi.fn((edit) => {
        calls.push(`commit ${edit.label.en}`);
        return { ok: true as const, history: { past: [], present: edit.model, future: [] }, warnings: [] };
      }),
      positions: () => ({ smelter: { x: 1, y: 1 }, builder: { x: 2, y: 2 } }),
      keepPositions: vi.fn((p) => calls.push(`positions ${JSON.stringify(p)}`)),
      library: {
        list: vi.fn(),
        open: vi.fn(),
        create: vi.fn((name: string) => {
          calls.push(`create ${name}`);
          return Promise.resolve({
            ok: true as const,
            value: { id: 'x', name, kind: 'model' as const, created: 0, updated: 0 },
          });
        }),
        duplicate: vi.fn(),
        rename: vi.fn(),
        delete: vi.fn(),
      },
    };
  }

  it('replaces the open model as one undo step labelled with the file, laying the file’s view over the positions', async () => {
    const moved = { ...park, view: { positions: { smelter: { x: 9, y: 9 } } } };
    const report = await prepareImport([json(moved)], park);
    const action = importAction(report, 'replace', 'zh')!;
    expect(action).toMatchObject({ kind: 'replace', label: { zh: '导入 park.json', en: 'Import park.json' } });
    const store = target();
    expect(await applyImport(store, action)).toEqual([]);
    expect(store.calls).toEqual([
      'commit Import park.json',
      `positions ${JSON.stringify({ smelter: { x: 9, y: 9 }, builder: { x: 2, y: 2 } })}`,
    ]);
  });

  it('opens the file as a new library model named after its park', async () => {
    const report = await prepareImport([json(park)], park);
    const action = importAction(report, 'new', 'en')!;
    expect(action).toMatchObject({ kind: 'new', name: 'Test park' });
    const store = target();
    expect(await applyImport(store, action)).toEqual([]);
    expect(store.calls).toEqual(['create Test park']);
    expect(store.library.create).toHaveBeenCalledWith('Test park', report.plan.ok ? report.plan.model : undefined);
  });

  it('gives back the store’s problems when applying is refused', async () => {
    const report = await prepareImport([json(park)], park);
    const store = target();
    const refusal = { severity: 'error' as const, code: 'x', path: [], message: { zh: '不', en: 'no' } };
    store.commitValidated = () => ({ ok: false, errors: [refusal] });
    expect(await applyImport(store, importAction(report, 'replace', 'en')!)).toEqual([refusal]);
  });
});
