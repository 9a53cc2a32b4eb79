/**
 * The bundled examples offered in the model library (src/app/library/examples.ts):
 * every exchange list in data/examples/ is offered, with its title in both
 * languages and its file's exact text, and each reads through core's import
 * into a model that can be stored, named by its title.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  exampleById,
  exampleModel,
  exampleName,
  examplePickedFile,
  readExample,
  type ExchangeListExample,
} from '../../../src/app/library/examples.ts';
import { canConfirm } from '../../../src/app/imports/importReport.ts';
import { formatProblem } from '../../../src/core/model/problems.ts';

const exchangeLists = EXAMPLES.filter((e): e is ExchangeListExample => e.kind === 'exchange-list');

describe('bundled examples', () => {
  it('offers the reference park and every exchange list in data/examples, once each', () => {
    const ids = EXAMPLES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(EXAMPLES.filter((e) => e.kind === 'reference').map((e) => e.id)).toEqual(['linyi-etdz']);
    const shipped = readdirSync('data/examples')
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(exchangeLists.map((e) => e.file).sort()).toEqual(shipped);
    for (const example of exchangeLists) {
      expect(example.text).toBe(readFileSync(`data/examples/${example.file}`, 'utf8'));
      // Each file has its description beside it.
      expect(readdirSync('data/examples')).toContain(example.file.replace(/\.csv$/, '.md'));
    }
  });

  it('names every example in both languages', () => {
    for (const example of EXAMPLES) {
      expect(example.title.zh?.trim()).toBeTruthy();
      expect(example.title.en?.trim()).toBeTruthy();
      expect(example.summary.zh?.trim()).toBeTruthy();
      expect(example.summary.en?.trim()).toBeTruthy();
    }
    const kalundborg = exampleById('kalundborg')!;
    expect(exampleName(kalundborg, 'zh')).toBe('卡伦堡工业共生(丹麦)');
    expect(exampleName(kalundborg, 'en')).toBe('Kalundborg Symbiosis (Denmark)');
    expect(exampleById('no-such-example')).toBeUndefined();
  });

  it('hands the exchange list over as the file a user would pick', () => {
    for (const example of exchangeLists) {
      const picked = examplePickedFile(example);
      expect(picked.name).toBe(example.file);
      expect(new TextDecoder().decode(picked.bytes)).toBe(example.text.replace(/^\uFEFF/, ''));
    }
  });

  // Needs the exchange-list importer that reads blank quantities, `source`, `year`/`end` and blank categories.
  it.each(exchangeLists.map((e) => [e.id, e] as const))(
    '%s reads through core into a model named by its title',
    async (_id, example) => {
      const report = await readExample(example, { createWorker: null });
      const errors = report.plan.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'));
      expect(errors).toEqual([]);
      expect(canConfirm(report)).toBe(true);
      const model = exampleModel(example, report)!;
      expect(model.park.name).toEqual(example.title);
      expect(model.flows.length).toBeGreaterThan(0);
      // Planned against no open model: everything is new.
      if (report.plan.ok) expect(report.plan.changes.flows.created).toHaveLength(model.flows.length);
    },
  );
});
