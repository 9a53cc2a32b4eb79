import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cliRun.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-example-'));

describe('symbiograph example', () => {
  it('lists the parks that come with Symbiograph', async () => {
    const result = await run('example', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/)[0]),
    ).toEqual(['linyi-etdz', 'kalundborg', 'guitang']);
  });

  it('writes the reference park out as shipped, and prints it without -o', async () => {
    const path = join(dir, 'park.json');
    const result = await run('example', 'linyi-etdz', '-o', path, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`✓ wrote the example linyi-etdz to ${path}`);
    expect(readFileSync(path)).toEqual(readFileSync('data/linyi-etdz.json'));
    const printed = await run('example', 'kalundborg');
    expect(`${printed.stdout}\n`).toBe(readFileSync('data/examples/kalundborg.csv', 'utf8'));
  });

  it('converts an exchange list to the format the output names, and the result validates', async () => {
    const path = join(dir, 'guitang.json');
    expect((await run('example', 'guitang', '-o', path, '--lang', 'en')).code).toBe(0);
    const validated = await run('validate', path, '--lang', 'en');
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('is valid');
  });

  it('names the examples there are when asked for another, and refuses options it cannot use', async () => {
    const unknown = await run('example', 'nope', '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('no example named "nope"; there are: linyi-etdz, kalundborg, guitang');
    expect((await run('example', 'guitang', '--as-of', '2000')).code).toBe(2);
  });
});
