/**
 * `symbiograph report` through `runCli`, on a hand-built park and on the
 * reference park: each format is written, reopens, and carries the
 * analysis; wrong usage exits 2, a bad model 1.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { run } from './cliRun.ts';
import { REPORT_SECTIONS } from '../../src/core/report/reportLabels.ts';
import { fourEnterpriseParkJson } from '../fixtures/fourEnterprisePark.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-report-'));
const mini = join(dir, 'mini.json');
writeFileSync(mini, JSON.stringify(fourEnterpriseParkJson()));
const REFERENCE = 'data/linyi-etdz.json';

describe('symbiograph report', () => {
  it('writes the HTML report of the reference park with every section and a diagram per chain', async () => {
    const path = join(dir, 'linyi.html');
    const result = await run('report', REFERENCE, '--format', 'html', '-o', path, '--lang', 'en');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`✓ wrote ${path}`);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('<html lang="en">');
    for (const id of REPORT_SECTIONS) expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('Linyi Economic and Technological Development Zone');
    // Wide diagrams carry page classes too (a landscape page of their own, or split into tiles for print).
    expect(html.match(/<figure class="diagram[ "]/g)).toHaveLength(11);
    // Chains with a single performer (a weakness) come before complete ones.
    expect(html.indexOf('id="diagram-copper-chain"')).toBeLessThan(html.indexOf('id="diagram-recycling-chain"'));
  });

  it('writes Markdown with its diagrams as SVG files beside it', async () => {
    const path = join(dir, 'mini-report.md');
    const result = await run('report', mini, '-o', path);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已写入');
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toContain('# 小园区');
    for (const id of REPORT_SECTIONS) expect(markdown).toContain(`<a id="${id}"></a>`);
    const svgs = readdirSync(join(dir, 'mini-report-diagrams'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const file of svgs) {
      expect(markdown).toContain(`(<mini-report-diagrams/${file}>)`);
      expect(readFileSync(join(dir, 'mini-report-diagrams', file), 'utf8')).toContain('<svg');
    }
  });

  it('prints Markdown to stdout without diagrams when no file is named', async () => {
    const result = await run('report', mini, '--format', 'md', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Key figures');
    expect(result.stdout).toContain('Chain diagrams are written only alongside a report file');
  });

  it('writes the XLSX workbook, which reopens with its three sheets', async () => {
    const path = join(dir, 'linyi.xlsx');
    const result = await run('report', REFERENCE, '--format', 'xlsx', '-o', path, '--top', '5', '--lang', 'en');
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Projects', 'Findings', 'KPIs']);
    const projects = workbook.getWorksheet('Projects')!;
    expect(projects.rowCount).toBe(6);
    expect(projects.getCell(2, 3).value).toBe('Unfired bricks from gasification slag');
    expect(typeof projects.getCell(2, 4).value).toBe('number');
    expect(workbook.getWorksheet('Findings')!.rowCount).toBeGreaterThan(80);
  });

  it('writes the findings CSV with a byte-order mark', async () => {
    const path = join(dir, 'findings.csv');
    const result = await run('report', mini, '-o', path, '--lang', 'en');
    expect(result.code).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]?.[0]).toBe('Id');
    expect(parsed.data.length).toBeGreaterThan(1);
  });

  it('exits 2 on wrong usage and 1 on a bad model, writing nothing', async () => {
    expect((await run('report', mini)).code).toBe(2); // no format, no output
    expect((await run('report', mini, '--format', 'pdf', '-o', join(dir, 'x.pdf'))).code).toBe(2);
    expect((await run('report', mini, '-o', join(dir, 'x.txt'))).code).toBe(2);
    expect((await run('report', mini, '--format', 'xlsx')).code).toBe(2);
    expect((await run('report', mini, '--format', 'html', '--top', '0')).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1}');
    const out = join(dir, 'bad.html');
    const result = await run('report', bad, '-o', out, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.json');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 when the report cannot be written', async () => {
    const result = await run('report', mini, '-o', join(dir, 'no-such-dir', 'r.html'), '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot write');
  });
});
