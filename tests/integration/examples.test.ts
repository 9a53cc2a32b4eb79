/**
 * The published exchange lists shipped in data/examples/: each loads with
 * core's exchange-list importer without an error, one flow per data row,
 * every flow citing the publication its row came from; and a few facts,
 * checked by hand against the sources (see each file's .md), read back as
 * the sources state them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFlowsCsv } from '../../src/core/io/flowsCsv.ts';
import { formatProblem } from '../../src/core/model/problems.ts';
import type { Flow, ParkModel } from '../../src/core/model/types.ts';

const DIR = 'data/examples';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort();

/** The file as text; the byte order mark is dropped as the app and the CLI drop it when decoding bytes. */
function text(file: string): string {
  return readFileSync(`${DIR}/${file}`, 'utf8').replace(/^\uFEFF/, '');
}

/** Data rows as records keyed by header, blank lines skipped. */
function rows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text(file), { header: true, skipEmptyLines: true }).data;
}

function load(file: string): ParkModel {
  const result = importFlowsCsv(text(file), { file, referenceYear: 2024 });
  const errors = result.ok ? [] : result.errors.map((p) => formatProblem(p, 'en'));
  expect(errors).toEqual([]);
  if (!result.ok) throw new Error(`${file} did not load`);
  return result.model;
}

/** The flow from → to of a material, all three given by name (boundary actors by id). */
function flow(model: ParkModel, from: string, to: string, material: string): Flow {
  const actor = (name: string) =>
    name.startsWith('@') ? name : model.enterprises.find((e) => e.name.en === name || e.name.zh === name)?.id;
  const materialId = model.materials.find((m) => m.name.en === material || m.name.zh === material)?.id;
  const found = model.flows.filter((f) => f.from === actor(from) && f.to === actor(to) && f.material === materialId);
  expect(found, `${from} → ${to}: ${material}`).toHaveLength(1);
  return found[0]!;
}

describe('shipped example exchange lists', () => {
  it('ships at least two', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s loads with no error, one flow per row, each citing its source', (file) => {
    const model = load(file);
    const data = rows(file);
    expect(model.flows).toHaveLength(data.length);
    const sources = new Map((model.park.sources ?? []).map((s) => [s.id, s]));
    // Every row names its publication; every flow cites it, and its citation reads as the row's.
    const citations = new Set(data.map((row) => row.source?.trim()));
    expect(citations.has(undefined) || citations.has('')).toBe(false);
    for (const f of model.flows) {
      expect(f.source, `flow ${f.id} cites no source`).toBeDefined();
      const source = sources.get(f.source!);
      expect(source, `flow ${f.id} cites unknown source ${f.source}`).toBeDefined();
      expect(citations.has(source!.title)).toBe(true);
    }
    expect(new Set([...sources.values()].map((s) => s.title))).toEqual(citations);
  });

  it('Kalundborg: as the sources state it', () => {
    const model = load('kalundborg.csv');
    // Book E, p. 103: the power station has delivered steam to the refinery and to Novo Nordisk since 1982.
    expect(flow(model, 'Asnæs Power Station', 'Statoil refinery', 'steam').startYear).toBe(1982);
    expect(flow(model, 'Asnæs Power Station', 'Novo Nordisk', 'steam').startYear).toBe(1982);
    // Book E, p. 103: the refinery's cooling water has gone to the power station since 1987.
    expect(flow(model, 'Statoil refinery', 'Asnæs Power Station', 'cooling water').startYear).toBe(1987);
    // 1961: surface water from Lake Tisso for the refinery, from outside the park.
    expect(flow(model, '@supply', 'Statoil refinery', 'surface water').startYear).toBe(1961);
    // VisitDenmark: Gyproc takes 200,000 tonnes of the power station's gypsum a year (no start year given).
    const gypsum = flow(model, 'Asnæs Power Station', 'Gyproc', 'gypsum');
    expect([gypsum.quantity, gypsum.unit, gypsum.startYear]).toEqual([200000, 't/a', undefined]);
    // Sulphur sold to a sulphuric acid maker in Fredericia: it leaves the park.
    expect(flow(model, 'Statoil refinery', '@market', 'elemental sulphur').quantity).toBeUndefined();
    // Quantities only where a source gives them.
    expect(model.flows.filter((f) => f.quantity !== undefined)).toHaveLength(3);
  });

  it('Guitang: as the sources state it', () => {
    const model = load('guitang.csv');
    // 1956: the sugar refinery and the alcohol plant that used its molasses.
    expect(flow(model, '制糖厂', '酒精厂', '废糖蜜').startYear).toBe(1956);
    // rsteq.com: papermaking from bagasse began in 1962.
    expect(flow(model, '制糖厂', '造纸厂', '甘蔗渣').startYear).toBe(1962);
    // 1971: the black-liquor alkali recovery system.
    expect(flow(model, '造纸厂', '碱回收系统', '黑液').startYear).toBe(1971);
    // No source gives a quantity.
    expect(model.flows.every((f) => f.quantity === undefined)).toBe(true);
  });
});
