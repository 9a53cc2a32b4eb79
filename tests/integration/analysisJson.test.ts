/**
 * `analyze --json` complete but not bloated: per-actor tables as columns,
 * cycles listed up to a cap with how many were found, `--fields` to choose,
 * and no indentation once the document is large.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisJson, columns, LISTED_CYCLES } from '../../src/cli/analysisJson.ts';
import { completeLinks, linkPark } from '../unit/analysis/network/builders.ts';
import { run } from './cliRun.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-json-'));

describe('analyze --json', { timeout: 60_000 }, () => {
  it('writes per-actor tables column by column', async () => {
    const result = await run('analyze', 'data/linyi-etdz.json', '--only', 'network', '--json');
    expect(result.code).toBe(0);
    const { network } = JSON.parse(result.stdout);
    const ids = network.centrality.actors.id as string[];
    expect(ids).toHaveLength(network.network.actors);
    for (const column of ['inDegree', 'outDegree', 'throughflow', 'betweenness', 'rank'])
      expect(network.centrality.actors[column], column).toHaveLength(ids.length);
    expect(network.flows.actors.id).toEqual(ids);
    expect(network.flows.actors.cycledShare).toHaveLength(ids.length);
    expect(network.communities.actors.community).toHaveLength(ids.length);
    // Columns keep each actor's values together: the row of an actor is the same index in every column.
    const jinsheng = ids.indexOf('jinsheng');
    expect(jinsheng).toBeGreaterThanOrEqual(0);
    expect(network.centrality.actors.outDegree[jinsheng]).toBeGreaterThan(0);
  });

  it('lists at most 100 cycles, shortest first, and says how many were found', async () => {
    // Every ordered pair of 6 actors linked: Σ_k C(6,k)(k − 1)! = 15 + 40 + 90 + 144 + 120 = 409 cycles.
    const file = join(dir, 'complete.json');
    writeFileSync(file, JSON.stringify(linkPark(completeLinks(6))));
    const { network } = JSON.parse((await run('analyze', file, '--only', 'network', '--json')).stdout);
    expect(network.cycles.found).toBe(409);
    expect(network.cycles.truncated).toBe(false);
    expect(network.cycles.cycles).toHaveLength(LISTED_CYCLES);
    expect(network.cycles.cycles[0]).toHaveLength(2);
    expect(network.cycles.lengths).toHaveLength(409);
    expect(network.cycles.lengths.filter((length: number) => length === 6)).toHaveLength(120);
    expect(network.commensurable.cycles.cycles.length).toBeLessThanOrEqual(LISTED_CYCLES);
  });

  it('keeps only the parts --fields names, and names a part that is not there', async () => {
    const result = await run('analyze', 'data/linyi-etdz.json', '--json', '--fields', 'kpis,network.structure');
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(Object.keys(document)).toEqual(['kpis', 'network']);
    expect(Object.keys(document.network)).toEqual(['structure']);
    expect(document.network.structure.actors).toBe(35);
    const wrong = await run(
      'analyze',
      'data/linyi-etdz.json',
      '--json',
      '--fields',
      'kpis,network.nothing',
      '--lang',
      'en',
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('the result has no network.nothing');
    const withoutJson = await run('analyze', 'data/linyi-etdz.json', '--fields', 'kpis', '--lang', 'en');
    expect(withoutJson.code).toBe(2);
    expect(withoutJson.stderr).toContain('--fields goes with --json');
  });
});

describe('the JSON writer', () => {
  it('turns rows into columns in the rows’ order', () => {
    expect(
      columns([
        { id: 'a', x: 1 },
        { id: 'b', x: 2 },
      ]),
    ).toEqual({ id: ['a', 'b'], x: [1, 2] });
    expect(columns([])).toEqual({});
  });

  it('lists long cycles up to an actor budget, at least one', () => {
    const long = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);
    const network = { cycles: { cycles: [long(6000, 'a'), long(6000, 'b'), long(7000, 'c')], truncated: true } };
    const written = JSON.parse(analysisJson({ network }).text).network.cycles;
    expect(written.cycles).toHaveLength(1);
    expect(written).toMatchObject({ found: 3, truncated: true, lengths: [6000, 6000, 7000] });
  });

  it('indents a small document and not a large one', () => {
    expect(analysisJson({ a: 1 }).text).toBe('{\n  "a": 1\n}');
    expect(analysisJson({ a: 'x'.repeat(1_100_000) }).text).not.toContain('\n');
  });
});
