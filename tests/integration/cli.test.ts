import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from './cliRun.ts';
import { fourEnterpriseParkJson } from '../fixtures/fourEnterprisePark.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-cli-'));
function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const goodJson = write('mini.json', JSON.stringify(fourEnterpriseParkJson()));
const bad = fourEnterpriseParkJson();
bad.flows[1].material = 'scrap-cu';
bad.flows[2].quantity = -3;
const badJson = write('bad.json', JSON.stringify(bad));

describe('symbiograph validate', () => {
  it('exits 0 on a valid model and says so in the chosen language', async () => {
    const en = await run('validate', goodJson, '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`✓ ${goodJson} is valid`);
    expect(en.stdout).toContain('4 enterprises, 6 materials, 8 flows, 1 chains');
    const zh = await run('validate', goodJson);
    expect(zh.stdout).toContain('有效');
  });

  it('exits 1 and lists every problem with file and path', async () => {
    const result = await run('validate', badJson, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('has 2 error(s)');
    expect(result.stdout).toContain(`${badJson}: flows[1].material: unknown material "scrap-cu"`);
    expect(result.stdout).toContain(`${badJson}: flows[2].quantity: must not be negative (got -3)`);
    const zh = await run('validate', badJson, '--lang', 'zh');
    expect(zh.stdout).toContain('未知物料 "scrap-cu"');
  });

  it('validates an exchange list CSV, reporting rows and columns', async () => {
    const csv = write('flows.csv', 'from,to,material,category,quantity,unit\nA,B,steam,energy,x,t/a\n');
    const result = await run('validate', csv, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${csv}, row 2, column quantity: quantity "x" is not a number`);
  });

  it('reads GB18030 (GBK) CSV from Chinese Excel, with a warning', async () => {
    const utf8 = 'from,to,material,category,quantity,unit\n热电厂,化工厂,蒸汽,energy,10,t/a\n';
    const gbk = write('gbk.csv', encodeGb18030(utf8));
    const result = await run('validate', gbk, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('read as GB18030');
    const summary = await run('summary', gbk, '--json');
    expect(JSON.parse(summary.stdout).counts.enterprises).toBe(2);
  });

  it('reports a missing file, a wrong extension and bad usage clearly', async () => {
    const missing = await run('validate', join(dir, 'nope.json'), '--lang', 'en');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('file not found');
    const wrong = await run('validate', write('park.txt', '{}'), '--lang', 'en');
    expect(wrong.stdout).toContain('unsupported file type ".txt"');
    expect((await run('frobnicate', goodJson)).code).toBe(2);
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', goodJson, '--lang', 'fr')).code).toBe(2);
    expect((await run('validate', goodJson, '--bogus')).code).toBe(2);
    const help = await run('--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: symbiograph');
  });
});

describe('symbiograph summary', () => {
  it('prints counts and quantities by scope, category and cluster', async () => {
    const result = await run('summary', goodJson, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Mini park · 2020');
    expect(result.stdout).toContain('2 clusters, 4 enterprises, 6 materials, 8 flows, 1 chains');
    // internal mass: steam 200 000 + 50 000, ammonia 30 000, sludge 2 000 = 282 000 t/a
    expect(result.stdout).toMatch(/internal exchange\s+5\s+282,000\s+300,000/);
    // chemicals send ammonia 30 000 + 20 000 and fertilizer 80 000 t/a (+ wastewater in m³), receive steam 250 000, ammonia 30 000, sludge 2 000
    expect(result.stdout).toMatch(/Chemicals\s+2\s+4\s+130,000\s+4\s+282,000/);
  });

  it('prints the same figures as JSON', async () => {
    const result = await run('summary', goodJson, '--json');
    const summary = JSON.parse(result.stdout);
    expect(summary.counts).toEqual({ clusters: 2, enterprises: 4, materials: 6, flows: 8, chains: 1 });
    expect(summary.flowsByScope.internal).toEqual({
      flows: 5,
      unmeasured: 0,
      totals: { mass: 282000, volume: 300000 },
    });
    expect(summary.flowsByScope.imports).toEqual({ flows: 1, unmeasured: 0, totals: { mass: 100000 } });
    expect(summary.flowsByScope.sales).toEqual({ flows: 2, unmeasured: 0, totals: { mass: 100000 } });
    expect(summary.byCategory.energy).toEqual({ flows: 2, unmeasured: 0, totals: { mass: 250000 } });
    expect(summary.byCluster[0]).toMatchObject({
      id: 'util',
      enterprises: 2,
      sent: { flows: 3, unmeasured: 0, totals: { mass: 252000 } },
    });
  });

  it('exits 1 with the problems on stderr for an invalid model', async () => {
    const result = await run('summary', badJson, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown material "scrap-cu"');
  });
});

describe('the installed bin', () => {
  it('runs the CLI built ahead (as npm install leaves it), answering as the sources do', async () => {
    await promisify(execFile)(process.execPath, ['scripts/buildCli.mjs']);
    // Built after every source was last written: the bin runs dist/cli, not tsx.
    expect(existsSync('dist/cli/bin.js')).toBe(true);
    const bin = await promisify(execFile)(process.execPath, ['bin/symbiograph.mjs', '--help', '--lang', 'en']);
    const direct = await promisify(execFile)(process.execPath, ['dist/cli/bin.js', '--help', '--lang', 'en']);
    expect(bin.stdout).toBe(direct.stdout);
    expect(bin.stdout).toBe(`${(await run('--help', '--lang', 'en')).stdout}\n`);
    const validated = await promisify(execFile)(process.execPath, [
      'dist/cli/bin.js',
      'validate',
      goodJson,
      '--lang',
      'en',
    ]);
    expect(validated.stdout).toContain('is valid');
  });

  it('runs the TypeScript CLI through bin/symbiograph.mjs', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      'bin/symbiograph.mjs',
      'validate',
      goodJson,
      '--lang',
      'en',
    ]);
    expect(stdout).toContain('is valid');
  });

  it('exits 1 for an invalid model', async () => {
    const failure = await promisify(execFile)(process.execPath, ['bin/symbiograph.mjs', 'validate', badJson]).catch(
      (e: { code: number }) => e,
    );
    expect((failure as { code: number }).code).toBe(1);
  });
});

/** Encodes text as GB18030 (Node has a decoder but no encoder), for the CJK subset used here. */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(char)) table.set(char, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`cannot encode ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

describe('symbiograph analyze, projects, whatif, diff', () => {
  it('prints the report with sections in the chosen language', async () => {
    const en = await run('analyze', 'data/linyi-etdz.json', '--lang', 'en');
    expect(en.code).toBe(0);
    for (const section of [
      '== Key figures ==',
      'Unused by-products and wastes (',
      'In-house chain steps (',
      '== Chain integrity ==',
      '== Capacity balance ==',
      '== Network structure and ecological metrics ==',
      '== Resilience: closure impact ranking ==',
      '== Gap-filling projects, ranked ==',
    ]) {
      expect(en.stdout).toContain(section);
    }
    expect(en.stdout).not.toMatch(/^Broken links \(/m);
    const zh = await run('analyze', 'data/linyi-etdz.json', '--only', 'chains');
    expect(zh.stdout).toContain('单点环节(宜强链)');
    expect(zh.stdout).toContain('厂内一体化环节');
    expect(zh.stdout).not.toContain('== 补链项目排名 ==');
  });

  it('narrows with --only and prints JSON with --json', async () => {
    const result = await run('analyze', goodJson, '--json', '--only', 'open-ends,capacity');
    const analysis = JSON.parse(result.stdout);
    expect(analysis.kinds).toEqual(['open-ends', 'capacity']);
    expect(analysis.network).toBeUndefined();
    expect((await run('analyze', goodJson, '--only', 'magic')).code).toBe(2);
  });

  it('ranks projects with --top', async () => {
    const result = await run('projects', 'data/linyi-etdz.json', '--top', '3', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s*1\s+Unfired bricks from gasification slag/m);
    expect(result.stdout).toContain('score = weighted sum');
    // The park's negative list keeps new chemical plants out, each with its reason.
    expect(result.stdout).toMatch(/Not admitted by the park's policy \(\d+\)/);
    expect(result.stdout).toContain("the park's negative list: no new chemical projects (industry code C26");
    expect((await run('projects', goodJson, '--top', 'x')).code).toBe(2);
  });

  it('closes an enterprise by id or by name and compares before and after', async () => {
    const result = await run('whatif', goodJson, '--close', 'ammonia-plant', '--lang', 'en');
    expect(result.code).toBe(0);
    // the fertilizer plant loses its only ammonia supplier and buys ammonia in instead
    expect(result.stdout).toContain('What closing Ammonia plant does at once:');
    expect(result.stdout).toContain(
      '1 enterprise(s) lose their only internal supplier or outlet; 1 supplies now bought in',
    );
    // seven flows counted today; the plant's steam, ammonia and wastewater flows and its sales go, two reroutes come
    expect(result.stdout).toMatch(/Flows\s+7\s+5\s+−2/);
    // findings about the closed plant went with it: they were not resolved
    expect(result.stdout).toContain('Gone with the closure (not resolved)');
    const byName = await run('whatif', goodJson, '--close', '合成氨厂', '--json');
    const json = JSON.parse(byName.stdout);
    expect(json.model.enterprises.changed[0].id).toBe('ammonia-plant');
    expect(json.closed).toEqual(['ammonia-plant']);
    const unknown = await run('whatif', goodJson, '--close', 'ghost', '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"ghost"');
    const ambiguous = await run('whatif', goodJson, '--close', 'plant', '--lang', 'en');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('matches several enterprises');
    expect((await run('whatif', goodJson)).code).toBe(2);
  });

  it('diffs two models', async () => {
    const changed = fourEnterpriseParkJson();
    changed.flows.splice(3, 1); // ammonia, ammonia plant → fertilizer plant
    const other = write('changed.json', JSON.stringify(changed));
    const result = await run('diff', goodJson, other, '--json');
    const diff = JSON.parse(result.stdout);
    expect(diff.model.flows.removed).toEqual(['f4']);
    // the fertilizer plant still declares 30 000 t/a of ammonia, and the ammonia plant now has it to spare
    expect(diff.today.findings.new.map((f: { id: string }) => f.id)).toContain('coupling-match:ammonia-plant:ammonia');
    // the park holds a planned flow (sludge to the fertilizer plant): the planned column is there too
    expect(diff.withPlanned.findings.new.map((f: { id: string }) => f.id)).toContain(
      'coupling-match:ammonia-plant:ammonia',
    );
    expect((await run('diff', goodJson)).code).toBe(2);
  });
});
