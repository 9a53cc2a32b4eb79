/**
 * The entry point: format detection, and hostile input of every format
 * (truncated, random, huge) reported as problems with a place, never thrown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  exportModel,
  importModel,
  MODEL_FORMATS,
  type ImportInput,
  type ModelFormat,
} from '../../../src/core/io/formats.ts';
import { formatProblem } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import { syntheticPark } from '../../../bench/syntheticPark.ts';

const encoder = new TextEncoder();
const park = fourEnterprisePark();

async function exported(model: ParkModel, format: ModelFormat): Promise<ImportInput> {
  const { output } = await exportModel(model, format);
  if (output.kind === 'bytes') return output.bytes;
  if (output.kind === 'text') return encoder.encode(output.text);
  return new Map([...output.files].map(([name, text]) => [name, encoder.encode(text)]));
}

/** The first half of a file; for a directory, of its flows table. */
function truncated(input: ImportInput): ImportInput {
  const cut = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length / 2));
  if (input instanceof Uint8Array) return cut(input);
  return new Map([...input].map(([name, bytes]) => [name, name === 'park.csv' ? cut(bytes) : bytes]));
}

describe('detectFormat', () => {
  it('goes by extension; a path ending in a slash is a directory of tables', () => {
    expect(detectFormat('park.json')).toBe('json');
    expect(detectFormat('C:\\data\\Park.XLSX')).toBe('xlsx');
    expect(detectFormat('net.gexf')).toBe('gexf');
    expect(detectFormat('net.graphml')).toBe('graphml');
    expect(detectFormat('flows.csv')).toBe('flows-csv');
    expect(detectFormat('tables/')).toBe('tables-csv');
    expect(detectFormat('notes.txt')).toBeUndefined();
    expect(detectFormat('README')).toBeUndefined();
  });
});

describe('importModel and exportModel', () => {
  it('refuse a directory for a one-file format and the other way round', async () => {
    const one = await importModel(new Map(), 'json', { file: 'x' });
    const many = await importModel(new Uint8Array(), 'tables-csv', { file: 'x/' });
    expect(!one.ok && one.errors[0]?.message.en).toBe('this format needs one file');
    expect(!many.ok && many.errors[0]?.message.en).toBe('this format needs a directory of CSV files');
  });

  it('write the exchange list of the quick start, which reads back as the same flows', async () => {
    const { output, warnings } = await exportModel(park, 'flows-csv');
    expect(warnings.map((w) => w.code)).toEqual(['export-flows-only']);
    const text = output.kind === 'text' ? output.text : '';
    expect(text).toContain("'@supply,热电厂,煤炭,product,100000,t/a,existing,,");
    const result = await importModel(encoder.encode(text), 'flows-csv', { file: 'flows.csv', referenceYear: 2020 });
    expect(result.ok && result.model.flows.map((f) => [f.quantity, f.unit, f.status])).toEqual(
      park.flows.map((f) => [f.quantity, f.unit, f.status]),
    );
    expect(result.ok && result.model.enterprises.map((e) => e.name.zh)).toEqual([
      '热电厂',
      '合成氨厂',
      '复合肥厂',
      '污水处理厂',
    ]);
  });

  it.each(MODEL_FORMATS)('report a truncated %s file with its place, without throwing', async (format) => {
    const result = await importModel(truncated(await exported(park, format)), format, { file: `cut.${format}` });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error.location?.file).toMatch(/^cut\./);
    expect(formatProblem(result.errors[0]!, 'zh').length).toBeGreaterThan(0);
  });

  it.each(MODEL_FORMATS)('never throw on files of %s with random bytes overwritten', async (format) => {
    const original = await exported(park, format);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const damage = (bytes: Uint8Array) => {
            const copy = bytes.slice();
            for (const [at, value] of edits) copy[at % copy.length] = value;
            return copy;
          };
          const input =
            original instanceof Uint8Array ? damage(original) : new Map([...original].map(([n, b]) => [n, damage(b)]));
          const result = await importModel(input, format, { file: 'damaged' });
          if (!result.ok) expect(result.errors.every((e) => e.location?.file?.startsWith('damaged'))).toBe(true);
        },
      ),
      { numRuns: format === 'xlsx' ? 15 : 60, seed: 13 },
    );
  });

  it.each(MODEL_FORMATS)('never throw on random bytes read as %s', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const input = format === 'tables-csv' ? new Map([['park.csv', bytes]]) : bytes;
        const result = await importModel(input, format, { file: 'random' });
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});

describe('large files', () => {
  it('import a 50 MB park model, or would say why, without crashing', async () => {
    const model = syntheticPark({ enterprises: 40000, flows: 220000, seed: 3 });
    const bytes = encoder.encode(JSON.stringify(model));
    expect(bytes.length).toBeGreaterThan(45e6);
    const result = await importModel(bytes, 'json', { file: 'big.json' });
    expect(result.ok && result.model.flows.length).toBe(220000);
  }, 30_000);

  it('report a 50 MB GEXF file cut short, with its last line', async () => {
    const { output } = await exportModel(park, 'gexf');
    const text = output.kind === 'text' ? output.text : '';
    const edges = text.slice(text.indexOf('<edge '), text.indexOf('</edges>'));
    const big = `${text.slice(0, text.indexOf('<edge '))}${edges.repeat(Math.ceil(50e6 / edges.length))}`;
    expect(big.length).toBeGreaterThan(50e6);
    const result = await importModel(encoder.encode(big), 'gexf', { file: 'big.gexf' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message.en).toMatch(
      /^the XML ends at line \d+ with these elements still open: gexf, graph, edges/,
    );
  }, 30_000);
});
