/**
 * Published exchange lists through the command line: they validate with
 * warnings, Gephi edge lists read as exchanges, and `--alias` merges two
 * spellings on every command that loads a model.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParkModel } from '../../src/core/model/types.ts';
import { PUBLISHED } from '../fixtures/publishedList.ts';
import { run } from './cliRun.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-exchange-'));
function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const published = write('kalundborg.csv', PUBLISHED);
const aliases = write(
  'aliases.csv',
  'name,same-as\nAsnaes power station,Asnæs Power Station\nStatoil refinery,Statoil Refinery\n',
);

describe('validate on a published exchange list', () => {
  it('exits 0 and lists the warnings with their rows, in either language', async () => {
    const en = await run('validate', published, '--lang', 'en');
    expect(en.code, en.stdout).toBe(0);
    expect(en.stdout).toContain(`✓ ${published} is valid`);
    expect(en.stdout).toContain('10 enterprises, 6 materials, 9 flows, 0 chains');
    for (const line of [
      `${published}, row 8, column category: material "fly ash": rows 5–6 say by-product, row 8 says waste; kept by-product (2 of 3 rows)`,
      `${published}, row 6, column from: probable duplicate enterprise names: "Asnæs Power Station" (rows 2–3, 5, 8, 10), "Asnaes power station" (row 6)`,
      `${published}, row 1, column distance km: column "distance km" is not an exchange-list column: kept as a custom attribute of each flow`,
      '9 of 9 flows give no quantity (structural exchanges)',
    ])
      expect(en.stdout).toContain(line);
    const zh = await run('validate', published);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('疑似同一企业的不同写法');
  });

  it('carries citations, years and attributes into the model', async () => {
    const out = join(dir, 'kalundborg.json');
    expect((await run('convert', published, out)).code).toBe(0);
    const model = JSON.parse(readFileSync(out, 'utf8')) as ParkModel;
    expect(model.park.sources?.map((s) => s.title)).toEqual(['Jacobsen 2006', 'Ehrenfeld & Gertler 1997']);
    expect(model.flows[0]).toMatchObject({ startYear: 1982, source: 'src-1', attributes: { 'distance km': 3.5 } });
    expect(model.flows[0]?.quantity).toBeUndefined();
  });

  it('reads a Gephi edge list: source and target are the two ends', async () => {
    const gephi = write('edges.csv', 'Source,Target,Label,Type\nA,B,steam,Directed\nB,C,slag,Directed\n');
    const result = await run('summary', gephi, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).counts).toMatchObject({ enterprises: 3, flows: 2 });
  });

  it('exits 1 on a quantity without a unit, naming file, row and column', async () => {
    const bad = write('bad.csv', 'from,to,material,quantity\nA,B,x,12\n');
    const result = await run('validate', bad, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${bad}, row 2, column unit: a quantity without a unit`);
  });
});

describe('--alias', () => {
  it('merges two spellings before the model is built, and the warning about them goes', async () => {
    const result = await run('validate', published, '--alias', aliases, '--lang', 'en');
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('8 enterprises, 6 materials, 9 flows, 0 chains');
    expect(result.stdout).not.toContain('probable duplicate enterprise names');
    const summary = await run('summary', published, '--json', '--alias', aliases);
    expect(JSON.parse(summary.stdout).counts.enterprises).toBe(8);
  });

  it('applies to every command that loads a model', async () => {
    const out = join(dir, 'merged.json');
    expect((await run('convert', published, out, '--alias', aliases)).code).toBe(0);
    const model = JSON.parse(readFileSync(out, 'utf8')) as ParkModel;
    expect(model.enterprises.map((e) => e.name.en)).not.toContain('Asnaes power station');

    const analyze = await run('analyze', published, '--json', '--only', 'network', '--alias', aliases);
    expect(analyze.code, analyze.stderr).toBe(0);
    const projects = await run('projects', published, '--json', '--alias', aliases);
    expect(projects.code, projects.stderr).toBe(0);
    const whatif = await run('whatif', published, '--close', 'Statoil Refinery', '--alias', aliases, '--lang', 'en');
    expect(whatif.code, whatif.stderr).toBe(0);
    const report = await run('report', published, '--format', 'md', '--alias', aliases, '--lang', 'en');
    expect(report.code, report.stderr).toBe(0);
    // Fly ash goes from both spellings of the power station: one node with the alias table, two without.
    const diagram = await run('diagram', published, '--material', 'fly-ash', '--alias', aliases, '--lang', 'en');
    expect(diagram.code, diagram.stderr).toBe(0);
    expect(diagram.stdout).toContain('Asnæs Power Station');
    expect(diagram.stdout).not.toContain('Asnaes power station');
    const unmerged = await run('diagram', published, '--material', 'fly-ash', '--lang', 'en');
    expect(unmerged.stdout).toContain('Asnaes power station');
  });

  it('reports a cycle in the alias table at its row, and exits 1', async () => {
    const cycle = write('cycle.csv', '名称,等同于\nA,B\nB,A\n');
    const result = await run('validate', published, '--alias', cycle, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${cycle}, row 2, column 名称: the aliases form a cycle: "A" → "B" → "A" (rows 2–3), so no name is final`,
    );
  });

  it('reports a missing alias file, and an alias table given for a model that is not an exchange list', async () => {
    const missing = await run('validate', published, '--alias', join(dir, 'nope.csv'), '--lang', 'en');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('alias table: file not found');
    const json = await run('validate', 'data/linyi-etdz.json', '--alias', aliases, '--lang', 'en');
    expect(json.code).toBe(1);
    expect(json.stdout).toContain('an alias table (--alias) applies to exchange lists (.csv) only');
    const convert = await run('convert', 'data/linyi-etdz.json', join(dir, 'x.gexf'), '--alias', aliases);
    expect(convert.code).toBe(1);
  });

  it('is refused by commands that do not load one model', async () => {
    const result = await run('diff', published, published, '--alias', aliases, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('diff does not take --alias');
  });

  it('is in the help, in both languages', async () => {
    expect((await run('--help', '--lang', 'en')).stdout).toContain('--alias FILE');
    expect((await run('--help')).stdout).toContain('别名表');
  });
});
