/**
 * The park through the years on the command line: `evolution` (text and
 * JSON) and `--as-of YEAR` on analyze, summary, projects, report and
 * diagram, with the dated park of tests/fixtures/datedPark.ts (its year
 * table is worked out by hand there).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParkModel } from '../../src/core/model/types.ts';
import { datedPark } from '../fixtures/datedPark.ts';
import { run } from './cliRun.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-evolution-'));
function write(name: string, model: ParkModel): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(model));
  return path;
}
const dated = write('dated.json', datedPark());
const park = datedPark();
const undated = write('undated.json', {
  ...park,
  flows: park.flows.map(({ startYear: _s, endYear: _e, ...f }) => f),
});

describe('symbiograph evolution', () => {
  it('prints one row per change year with the metrics, then the exchanges named', async () => {
    const result = await run('evolution', dated);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('海滨共生园区 · 产业共生网络演化');
    const header = lines.find((l) => l.startsWith('年份'))!;
    expect(header.split(/\s{2,}/)).toEqual([
      '年份',
      '新增交换',
      '终止交换',
      '企业',
      '链接',
      '连接密度',
      '连接度',
      '循环度(λmax)',
      '弱连通分量',
    ]);
    const table = lines.slice(lines.indexOf(header) + 2);
    const row = (year: number) =>
      table
        .find((l) => l.startsWith(`${year} `))!
        .trim()
        .split(/\s+/);
    expect(row(1972)).toEqual(['1972', '1', '0', '2', '1', '0.500', '0.250', '0.000', '1']);
    expect(row(1985)).toEqual(['1985', '1', '0', '4', '4', '1.000', '0.250', '1.000', '2']);
    expect(row(1990)).toEqual(['1990', '1', '2', '4', '4', '1.000', '0.250', '0.000', '1']);
    expect(row(1995)).toEqual(['1995', '1', '1', '4', '4', '1.000', '0.250', '1.000', '1']);
    expect(result.stdout).toContain('1972 年起,园区有 2 条交换、2 家企业、1 条链接;至 1995 年增至 5 条交换');
    // Year by year, the exchanges named by enterprise and material.
    const changes = result.stdout.slice(result.stdout.indexOf('== 各年交换变化 =='));
    expect(changes).toContain(
      '1990 年\n  + 热电厂 → 养鱼场:温排水\n  − 养鱼场 → 处置(填埋/排放):污泥\n  − 石膏板厂 → 炼油厂:废水',
    );
    expect(result.stdout).toContain('注:1 条物质流未注明任何年份,视为各年份都存在。');
  });

  it('speaks English', async () => {
    const result = await run('evolution', dated, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Year  Began  Ended  Enterprises  Links  Linkage density  Connectance');
    expect(result.stdout).toContain('A cycle first appeared in 1985, with cyclicity (λmax) 1.00; in 1995 it was 1.00.');
    expect(result.stdout).toContain('1995\n  + Fish farm → Power station: sludge\n  − Power station → Refinery: steam');
  });

  it('gives the full data with --json', async () => {
    const result = await run('evolution', dated, '--json');
    expect(result.code).toBe(0);
    const evolution = JSON.parse(result.stdout);
    expect(evolution.years.map((y: { year: number }) => y.year)).toEqual([1972, 1975, 1978, 1980, 1985, 1990, 1995]);
    expect(evolution.years[4]).toMatchObject({
      year: 1985,
      began: [{ id: 'f4', from: 'board', to: 'refinery', material: 'wastewater', status: 'existing' }],
      ended: [],
      exchanges: 6,
      metrics: { actors: 4, links: 4, linkageDensity: 1, connectance: 0.25, weakComponents: 2, strongComponents: 3 },
    });
    expect(evolution.years[4].metrics.cyclicity).toBeCloseTo(1, 9);
    expect(evolution.undatedFlows).toBe(1);
    expect(evolution.options.includeSelfLoops).toBe(false);
    const looped = JSON.parse((await run('evolution', dated, '--json', '--self-loops')).stdout);
    expect(looped.options.includeSelfLoops).toBe(true);
  });

  it('says so when no flow has a year, and exits 0', async () => {
    const result = await run('evolution', undated, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No flow in the model has a year: there is no evolution to show.');
    expect(JSON.parse((await run('evolution', undated, '--json')).stdout).years).toEqual([]);
  });

  it('reports a broken file like the other commands (exit 1)', async () => {
    const result = await run('evolution', join(dir, 'missing.json'), '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('file not found');
  });
});

describe('--as-of YEAR', () => {
  it('summarises the park as it stood then, and says so', async () => {
    const result = await run('summary', dated, '--as-of', '1974', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('The park as of 1974: 2 of 4 enterprises, 2 of 8 flows');
    expect(result.stdout).toContain('3 clusters, 2 enterprises, 7 materials, 2 flows, 0 chains');
    const zh = await run('summary', dated, '--as-of', '1974');
    expect(zh.stdout.split('\n')[0]).toBe('截至 1974 年的园区:2 家企业,2 条物质流(全部年份共 4 家企业,8 条物质流)');
    const json = JSON.parse((await run('summary', dated, '--as-of', '1990', '--json')).stdout);
    expect(json.asOf.year).toBe(1990);
    expect(json.counts).toMatchObject({ enterprises: 4, flows: 5 });
  });

  it('analyses the park as it stood then: the loop of 1985 is gone in 1990', async () => {
    const in1985 = JSON.parse((await run('analyze', dated, '--as-of', '1985', '--only', 'network', '--json')).stdout);
    expect(in1985.asOf.year).toBe(1985);
    expect(in1985.network.structure.links).toBe(4);
    expect(in1985.network.structure.cyclicity.value).toBeCloseTo(1, 9);
    const in1990 = JSON.parse((await run('analyze', dated, '--as-of', '1990', '--only', 'network', '--json')).stdout);
    expect(in1990.network.structure.cyclicity.value).toBe(0);
    const text = await run('analyze', dated, '--as-of', '1985', '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('The park as of 1985: 4 of 4 enterprises, 6 of 8 flows');
  });

  it('notes a year before the first change or a park without years, rather than failing', async () => {
    const early = await run('summary', dated, '--as-of', '1950', '--lang', 'en');
    expect(early.code).toBe(0);
    expect(early.stdout).toContain(
      'Note: 1950 is before the first recorded change (1972): the park holds only the flows without a start year.',
    );
    const none = await run('summary', undated, '--as-of', '1990', '--lang', 'en');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain(
      'Note: No flow in the model has a year: the park is the same in every year, so as of 1990 it holds all 8 flows.',
    );
  });

  it('refuses a year that is no year, before reading the file (exit 2)', async () => {
    for (const bad of ['abc', '1995.5', '1800', '3000']) {
      const result = await run('analyze', join(dir, 'missing.json'), '--as-of', bad, '--lang', 'en');
      expect(result.code, bad).toBe(2);
      expect(result.stderr).toContain('--as-of');
      expect(result.stderr).not.toContain('file not found');
    }
    const range = await run('summary', dated, '--as-of', '1800', '--lang', 'en');
    expect(range.stderr).toBe(
      '--as-of 1800: the year must be between 1900 and 2200 (the range of flow start and end years)',
    );
  });

  it('is refused by a command that cannot show a year, rather than ignored', async () => {
    const result = await run('validate', dated, '--as-of', '1990', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'validate does not take --as-of (it goes with: analyze, summary, projects, report, diagram)',
    );
  });

  it('ranks projects as of the year', async () => {
    const result = await run('projects', dated, '--as-of', '1980', '--json');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.asOf.year).toBe(1980);
    expect(parsed.kpis).toBeDefined();
  });

  it('titles a diagram with the year and draws only what ran then', async () => {
    const result = await run('diagram', dated, '--enterprise', 'refinery', '--as-of', '1980', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/<title>[^<]*\(as of 1980\)<\/title>/);
    // The wastewater back from the plasterboard plant began in 1985.
    expect(result.stdout).not.toContain('wastewater');
    expect((await run('diagram', dated, '--enterprise', 'refinery', '--as-of', '1985')).stdout).toContain('废水');
    const bad = await run('diagram', dated, '--enterprise', 'refinery', '--as-of', 'soon', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of "soon": the year must be a whole number');
  });

  it('reports the park as of the year, with its history up to then', async () => {
    const out = join(dir, 'as-of.md');
    const result = await run('report', dated, '--as-of', '1987', '-o', out, '--lang', 'en');
    expect(result.code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain('**Industrial symbiosis report (as of 1987)**');
    expect(markdown).toContain('- Park as of: 1987');
    const evolution = markdown.slice(
      markdown.indexOf('<a id="evolution"></a>'),
      markdown.indexOf('<a id="resilience"></a>'),
    );
    expect(evolution).toContain('This report analyses the park as of 1987');
    expect(evolution).toContain('| 1985 |');
    expect(evolution).not.toContain('| 1990 |');
    // The chart is written beside the report, as the chain diagrams are.
    expect(evolution).toContain(
      '![Links, enterprises and cyclicity (λmax) year by year](<as-of-diagrams/evolution.svg>)',
    );
    expect(readFileSync(join(dir, 'as-of-diagrams', 'evolution.svg'), 'utf8')).toContain('<svg');
  });
});
