/**
 * The "done when": an exchange list as researchers publish it —
 * blank quantities, a citation column — gives through `analyze --json` the
 * structural metrics an independent computation gives. The independent side
 * reads the CSV rows itself (papaparse only splits them), counts actors and
 * distinct directed links between enterprises, and finds λmax by power
 * iteration on A + I, sharing no code with core's network analysis.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { run } from './cliRun.ts';

interface Structure {
  readonly actors: number;
  readonly links: number;
  readonly linkageDensity: number;
  readonly connectance: number;
  readonly cyclicity: { readonly value: number };
}

/** N, L, L/N, L/N² and λmax over the enterprises of an exchange list (boundary rows and self-loops out). */
function independently(csv: string) {
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  // Names as the importer keys them: trimmed, case and spacing as given (variants are kept apart).
  const actors = new Set<string>();
  const links = new Set<string>();
  for (const row of rows) {
    const from = (row.from ?? '').trim();
    const to = (row.to ?? '').trim();
    for (const end of [from, to]) if (!end.startsWith('@')) actors.add(end);
    if (!from.startsWith('@') && !to.startsWith('@') && from !== to) links.add(JSON.stringify([from, to]));
  }
  const ids = [...actors];
  const n = ids.length;
  const at = new Map(ids.map((id, i) => [id, i]));
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const link of links) {
    const [from, to] = JSON.parse(link) as [string, string];
    a[at.get(from)!]![at.get(to)!] = 1;
  }
  const L = links.size;
  const base = { actors: n, links: L, linkageDensity: L / n, connectance: L / (n * n) };
  // No cycle (Kahn's order takes every actor): A is nilpotent, λmax = 0, where power iteration converges only slowly.
  const indegree = ids.map((_, j) => a.reduce((s, row) => s + row[j]!, 0));
  const ready = ids.flatMap((_, i) => (indegree[i] === 0 ? [i] : []));
  for (let taken = 0; taken < ready.length; taken++)
    a[ready[taken]!]!.forEach((aij, j) => {
      if (aij === 1 && --indegree[j]! === 0) ready.push(j);
    });
  if (ready.length === n) return { ...base, cyclicity: 0 };
  // Power iteration on A + I: the shift makes the matrix primitive on each cycle, so it converges; λmax(A) = λ − 1.
  let x = new Array<number>(n).fill(1);
  let lambda = 0;
  for (let k = 0; k < 5000; k++) {
    const y = x.map((xi, i) => xi + a[i]!.reduce((s, aij, j) => s + aij * x[j]!, 0));
    const norm = Math.max(...y);
    lambda = norm / Math.max(...x);
    x = y.map((v) => v / norm);
  }
  return { ...base, cyclicity: lambda - 1 };
}

async function structureOf(path: string): Promise<Structure> {
  const result = await run('analyze', path, '--json', '--only', 'network');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { network: { structure: Structure } }).network.structure;
}

function expectAgreement(structure: Structure, expected: ReturnType<typeof independently>) {
  expect(structure.actors).toBe(expected.actors);
  expect(structure.links).toBe(expected.links);
  expect(structure.linkageDensity).toBeCloseTo(expected.linkageDensity, 12);
  expect(structure.connectance).toBeCloseTo(expected.connectance, 12);
  expect(structure.cyclicity.value).toBeCloseTo(expected.cyclicity, 6);
}

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-structure-'));

describe('structural metrics of a structure-only exchange list', () => {
  it('match the hand computation on a small published-style list', async () => {
    // Enterprises: power, refinery, plasterboard, cement, pharma, farms (6; @supply is the boundary).
    // Links: power→refinery, refinery→power, power→plasterboard, power→cement, pharma→farms,
    // power→pharma (6; the second steam row repeats power→refinery). L/N = 1, L/N² = 1/6.
    // One 2-cycle power ⇄ refinery and nothing nested: λmax = 1.
    const path = join(dir, 'hand.csv');
    writeFileSync(
      path,
      `from,to,material,category,quantity,unit,year,source
Power,Refinery,steam,energy,,,1982,Jacobsen 2006
Power,Refinery,steam,energy,,,1989,Jacobsen 2006
Refinery,Power,cooling water,water,,,1987,Jacobsen 2006
Power,Plasterboard,gypsum,by-product,,,1993,Chertow 2000
Power,Cement,fly ash,,,,1979,
Pharma,Farms,sludge,waste,,,1976,Jacobsen 2006
Power,Pharma,steam,energy,,,1982,Jacobsen 2006
@supply,Plasterboard,gypsum,product,,,,Chertow 2000
`,
    );
    const structure = await structureOf(path);
    expect(structure).toMatchObject({ actors: 6, links: 6, linkageDensity: 1 });
    expect(structure.connectance).toBeCloseTo(1 / 6, 12);
    expect(structure.cyclicity.value).toBeCloseTo(1, 9);
    expectAgreement(structure, independently(readFileSync(path, 'utf8')));
  });

  it('are 0 for cyclicity where the list has no loop, by both computations', async () => {
    const path = join(dir, 'chain.csv');
    writeFileSync(
      path,
      'from,to,material,category,quantity,unit\nA,B,slag,waste,,\nB,C,bricks,product,,\nA,C,steam,energy,,\n',
    );
    const structure = await structureOf(path);
    expect(structure.cyclicity.value).toBe(0);
    expectAgreement(structure, independently(readFileSync(path, 'utf8')));
  });

  it('match the independent computation on the published Kalundborg list', async () => {
    const path = 'data/examples/kalundborg.csv';
    expectAgreement(await structureOf(path), independently(readFileSync(path, 'utf8')));
  });

  it('match it on the published Guitang list', async () => {
    const path = 'data/examples/guitang.csv';
    expectAgreement(await structureOf(path), independently(readFileSync(path, 'utf8')));
  });
});
