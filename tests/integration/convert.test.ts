/** `symbiograph convert` and `symbiograph template`, through runCli, on real files in a temp directory. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cliRun.ts';
import { fourEnterpriseParkJson } from '../fixtures/fourEnterprisePark.ts';
import { encodeGb18030 } from '../fixtures/io/gb18030.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-convert-'));
const at = (...parts: string[]) => join(dir, ...parts);

const original = fourEnterpriseParkJson();
writeFileSync(at('mini.json'), JSON.stringify(original));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Output names by format; a trailing slash is a directory of CSV tables. */
const LOSSLESS = ['park.json', 'park.xlsx', 'park.gexf', 'park.graphml', 'tables/'];
const PAIRS = LOSSLESS.flatMap((input) => [...LOSSLESS, 'flows.csv'].map((output) => [input, output] as const));

describe('symbiograph convert', () => {
  it.each(PAIRS)('converts %s to %s, and back to the same model', async (input, output) => {
    const source = at('sources', input);
    mkdirSync(at('sources'), { recursive: true });
    if (!existsSync(source)) expect((await run('convert', at('mini.json'), source)).code).toBe(0);

    const pair = at(`${input}-${output}`.replace(/[/.]/g, '_'));
    mkdirSync(pair, { recursive: true });
    const target = join(pair, output);
    const result = await run('convert', source, target, '--lang', 'en');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`✓ converted ${source} → ${target}`);
    expect(result.stdout).toContain('4 enterprises, 6 materials, 8 flows, 1 chains');
    if (output === 'flows.csv') {
      expect(result.stdout).toContain('an exchange list holds flows only');
      return;
    }
    const back = join(pair, 'back.json');
    expect((await run('convert', target, back)).code).toBe(0);
    expect(readJson(back)).toEqual(original);
  });

  it('reads the flows quick start as input, into every format', async () => {
    const csv = at('exchange.csv');
    writeFileSync(
      csv,
      'from,to,material,category,quantity,unit\n@supply,热电厂,煤,product,10,t/a\n热电厂,化工厂,蒸汽,energy,5,t/a\n',
    );
    for (const output of LOSSLESS) {
      const target = at('from-csv', output);
      mkdirSync(at('from-csv'), { recursive: true });
      const result = await run('convert', csv, target, '--lang', 'en');
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain('2 enterprises, 2 materials, 2 flows, 0 chains');
    }
    expect(readdirSync(at('from-csv', 'tables')).sort()).toContain('flows.csv');
  });

  it('reads a directory given without a trailing slash, and GBK files with Chinese headers', async () => {
    expect((await run('convert', at('mini.json'), at('gbk') + '/')).code).toBe(0);
    for (const name of readdirSync(at('gbk'))) {
      const text = readFileSync(at('gbk', name), 'utf8').replace('\uFEFF', '');
      const chineseHeaders = text.replace(/^[^\r\n]*/, (header) =>
        header
          .split(',')
          .map((cell) => cell.replace(/ [^ ]*[a-z)][^,]*$/, ''))
          .join(','),
      );
      writeFileSync(at('gbk', name), encodeGb18030(chineseHeaders));
    }
    const result = await run('convert', at('gbk'), at('gbk.json'), '--lang', 'en');
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('read as GB18030');
    expect(readJson(at('gbk.json'))).toEqual(original);
  });

  it('exits 1 with every problem and writes nothing when the input is invalid', async () => {
    const bad = fourEnterpriseParkJson();
    bad.flows[1].material = 'scrap-cu';
    writeFileSync(at('bad.json'), JSON.stringify(bad));
    const result = await run('convert', at('bad.json'), at('bad.xlsx'), '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✗ ${at('bad.json')} has 1 error(s); nothing was written`);
    expect(result.stdout).toContain('flows[1].material: unknown material "scrap-cu"');
    expect(existsSync(at('bad.xlsx'))).toBe(false);

    const missing = await run('convert', at('nope.gexf'), at('x.json'), '--lang', 'en');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('file not found');
  });

  it('reports a file that is not what its extension says', async () => {
    const broken = at('not-really.xlsx');
    writeFileSync(broken, 'plain text');
    const failed = await run('convert', broken, at('x.json'), '--lang', 'en');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`${broken}: not a readable Excel workbook (.xlsx)`);
  });

  it('exits 2 for unknown formats and missing arguments', async () => {
    expect((await run('convert', at('mini.json'))).code).toBe(2);
    const unknown = await run('convert', at('mini.json'), at('park.txt'), '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cannot tell the format of');
    expect((await run('convert')).code).toBe(2);
  });
});

describe('symbiograph template', () => {
  it('writes the empty workbook, which names what is missing when imported as is', async () => {
    const result = await run('template', at('template.xlsx'), '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('template written');
    const imported = await run('convert', at('template.xlsx'), at('t.json'), '--lang', 'en');
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain(
      'sheet 园区 Park, row 3, column B "值 value": park.id: required field is missing',
    );
    expect((await run('template', at('template.json'))).code).toBe(2);
  });
});
