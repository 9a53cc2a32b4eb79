/**
 * Property-based tests: random and mutated input never escapes the error
 * path. Whatever the validator accepts, the graph builders can build.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateModel, validateModelText, type ValidationResult } from '../../../src/core/model/validate.ts';
import { importFlowsCsv } from '../../../src/core/io/flowsCsv.ts';
import { buildExchangeGraph } from '../../../src/core/graph/exchangeGraph.ts';
import { buildMaterialGraph } from '../../../src/core/graph/materialGraph.ts';
import { buildProcessGraph } from '../../../src/core/graph/processGraph.ts';
import { summarizePark } from '../../../src/core/analysis/summary.ts';
import type { PathSegment, Problem } from '../../../src/core/model/problems.ts';
import { fourEnterpriseParkJson, type LooseDoc } from '../../fixtures/fourEnterprisePark.ts';

function expectWellFormed(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(p.message.zh.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
    expect(Array.isArray(p.path)).toBe(true);
  }
}

/** An accepted model must be fully usable downstream; a rejected one must say why. */
function expectSound(result: ValidationResult): void {
  if (result.ok) {
    expectWellFormed(result.warnings);
    buildExchangeGraph(result.model);
    buildMaterialGraph(result.model);
    buildProcessGraph(result.model);
    summarizePark(result.model);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expectWellFormed(result.errors);
  }
}

/** Every path to a value inside a JSON document. */
function allPaths(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => allPaths(child, [...prefix, key]))];
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'duplicate' };

function mutate(doc: LooseDoc, path: PathSegment[], mutation: Mutation): void {
  if (path.length === 0) return;
  let parent: LooseDoc = doc;
  for (const segment of path.slice(0, -1)) parent = parent[segment];
  const key = path[path.length - 1]!;
  if (mutation.kind === 'replace') parent[key] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    value: fc.constantFrom(
      -1,
      0,
      1e308,
      '',
      '@supply',
      '@market',
      'chp',
      'coal',
      't/a',
      'm3/a',
      'kt/a',
      'closed',
      'planned',
      null,
      [],
      {},
    ),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'duplicate' as const }),
);

const base = fourEnterpriseParkJson();
const basePaths = allPaths(base);

describe('validation never crashes', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectSound(validateModel(value))),
      { numRuns: 500 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => expectSound(validateModelText(text))),
      { numRuns: 300 },
    );
  });

  it('on a valid park with up to three random mutations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...basePaths), mutationArb), { minLength: 1, maxLength: 3 }),
        (mutations) => {
          const doc = fourEnterpriseParkJson();
          for (const [path, mutation] of mutations) {
            try {
              mutate(doc, path, mutation);
            } catch {
              // an earlier mutation removed this path's parent: skip it
            }
          }
          expectSound(validateModel(doc));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('on random exchange lists', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'A',
        'B',
        '热电',
        '@supply',
        '@market',
        '@disposal',
        'steam',
        'energy',
        'waste',
        'product',
        't/a',
        'kt/a',
        'm3/a',
        '1',
        '-1',
        '1e3',
        '',
        'existing',
        '2019',
      ),
      fc.string({ maxLength: 6 }),
    );
    const row = fc
      .array(cell, { minLength: 6, maxLength: 9 })
      .map((cells) => cells.map((c) => JSON.stringify(c)).join(','));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const text = ['from,to,material,category,quantity,unit,status,year,note', ...rows].join('\n');
        expectSound(importFlowsCsv(text, { file: 'random.csv', referenceYear: 2024 }));
      }),
      { numRuns: 500 },
    );
  });
});
