import { describe, expect, it } from 'vitest';
import { evolutionRowAsOf, evolutionUntil, parkEvolution } from '../../../src/core/analysis/evolution.ts';
import {
  evolutionChangeRows,
  evolutionHeaders,
  evolutionNotes,
  evolutionRows,
  evolutionSentences,
} from '../../../src/core/analysis/evolutionText.ts';
import { computeStructuralMetrics } from '../../../src/core/analysis/network/structural.ts';
import { modelAsOf } from '../../../src/core/model/asOf.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { createReportNames } from '../../../src/core/report/reportNames.ts';
import { datedPark } from '../../fixtures/datedPark.ts';

const park = datedPark();
const evolution = parkEvolution(park);
const reportNames = createReportNames(park);
const names = (language: 'zh' | 'en') => ({
  enterprise: (id: string) => reportNames.enterprise(id, language),
  material: (id: string) => reportNames.material(id, language),
});

describe('parkEvolution', () => {
  it('has one row per change year, with the flows that began and ended', () => {
    const rows = evolution.years.map((y) => [y.year, y.began.map((f) => f.id), y.ended.map((f) => f.id)]);
    expect(rows).toEqual([
      [1972, ['f1'], []],
      [1975, ['f2'], []],
      [1978, ['f7'], []],
      [1980, ['f3'], []],
      [1985, ['f4'], []],
      [1990, ['f5'], ['f7', 'f4']],
      [1995, ['f6'], ['f1']],
    ]);
    expect(evolution.years[0]?.began[0]).toEqual({
      id: 'f1',
      from: 'power',
      to: 'refinery',
      material: 'steam',
      status: 'existing',
    });
  });

  it('gives the structural metrics computed by hand (see the fixture)', () => {
    const table = evolution.years.map((y) => ({
      year: y.year,
      N: y.metrics.actors,
      L: y.metrics.links,
      density: y.metrics.linkageDensity,
      connectance: y.metrics.connectance,
      cyclicity: Math.round(y.metrics.cyclicity * 1e9) / 1e9,
      weak: y.metrics.weakComponents,
      strong: y.metrics.strongComponents,
      exchanges: y.exchanges,
    }));
    expect(table).toEqual([
      // power → refinery: N = 2, L = 1, L/N = 1/2, L/N² = 1/4.
      { year: 1972, N: 2, L: 1, density: 0.5, connectance: 0.25, cyclicity: 0, weak: 1, strong: 2, exchanges: 2 },
      // + refinery → board: N = 3, L = 2, 2/3, 2/9.
      { year: 1975, N: 3, L: 2, density: 2 / 3, connectance: 2 / 9, cyclicity: 0, weak: 1, strong: 3, exchanges: 3 },
      // farm appears with a boundary flow only: an isolated actor, N = 4, a second weak component.
      { year: 1978, N: 4, L: 2, density: 0.5, connectance: 2 / 16, cyclicity: 0, weak: 2, strong: 4, exchanges: 4 },
      // + power → board: L = 3.
      { year: 1980, N: 4, L: 3, density: 0.75, connectance: 3 / 16, cyclicity: 0, weak: 2, strong: 4, exchanges: 5 },
      // + board → refinery: the 2-cycle refinery ⇄ board, λmax = 1; {refinery, board} is one strong component.
      { year: 1985, N: 4, L: 4, density: 1, connectance: 4 / 16, cyclicity: 1, weak: 2, strong: 3, exchanges: 6 },
      // board → refinery and farm → @disposal end, power → farm begins: acyclic again, one weak component.
      { year: 1990, N: 4, L: 4, density: 1, connectance: 4 / 16, cyclicity: 0, weak: 1, strong: 4, exchanges: 5 },
      // power → refinery ends, farm → power begins: the 2-cycle power ⇄ farm, λmax = 1.
      { year: 1995, N: 4, L: 4, density: 1, connectance: 4 / 16, cyclicity: 1, weak: 1, strong: 3, exchanges: 5 },
    ]);
    expect(evolution.years.map((y) => y.metrics.cyclicComponents)).toEqual([0, 0, 0, 0, 1, 0, 1]);
  });

  it('reads each year exactly as the network analysis reads the park as of that year', () => {
    for (const y of evolution.years) {
      const direct = computeStructuralMetrics(modelAsOf(park, y.year));
      expect(y.metrics.links).toBe(direct.links);
      expect(y.metrics.actors).toBe(direct.actors);
      expect(y.metrics.cyclicity).toBe(direct.cyclicity.value);
    }
  });

  it('counts the flows without a start year', () => {
    expect(evolution.undatedFlows).toBe(1);
    expect(evolution.flowsWithoutStart).toBe(0);
    expect(evolution.totalFlows).toBe(8);
    const endOnly: ParkModel = {
      ...park,
      flows: park.flows.map((f) => (f.id === 'f3' ? { ...f, startYear: undefined, endYear: 2001 } : f)),
    };
    const counted = parkEvolution(JSON.parse(JSON.stringify(endOnly)) as ParkModel);
    expect([counted.undatedFlows, counted.flowsWithoutStart]).toEqual([1, 1]);
  });

  it('takes the analysis options: with self-loops a plant feeding itself is a cycle', () => {
    const looped: ParkModel = {
      ...park,
      flows: [
        ...park.flows,
        { id: 'self', from: 'board', to: 'board', material: 'gypsum', status: 'existing', startYear: 1976 },
      ],
    };
    const off = parkEvolution(looped).years.find((y) => y.year === 1976)!;
    const on = parkEvolution(looped, { network: { includeSelfLoops: true } }).years.find((y) => y.year === 1976)!;
    expect([off.metrics.links, off.metrics.cyclicity]).toEqual([2, 0]);
    expect([on.metrics.links, on.metrics.cyclicity]).toEqual([3, 1]);
  });

  it('is empty for a park without years', () => {
    const undated: ParkModel = { ...park, flows: park.flows.map(({ startYear: _s, endYear: _e, ...f }) => f) };
    const none = parkEvolution(undated);
    expect(none.years).toEqual([]);
    expect(none.undatedFlows).toBe(8);
    expect(evolutionSentences(none, 'en')).toEqual(['No flow in the model has a year: there is no evolution to show.']);
  });

  it('finds the row for any year and cuts the history at a year', () => {
    expect(evolutionRowAsOf(evolution, 1971)).toBeUndefined();
    expect(evolutionRowAsOf(evolution, 1987)?.year).toBe(1985);
    expect(evolutionRowAsOf(evolution, 2050)?.year).toBe(1995);
    expect(evolutionUntil(evolution, 1985).years.map((y) => y.year)).toEqual([1972, 1975, 1978, 1980, 1985]);
  });

  it('is fast enough for centuries of thousands of flows', () => {
    // 300 change years × 3 000 flows among 400 enterprises: every year rebuilds the park and its metrics.
    const big = syntheticDatedPark(400, 3000, 300);
    const started = performance.now();
    const result = parkEvolution(big);
    const elapsed = performance.now() - started;
    expect(result.years.length).toBe(300);
    expect(elapsed).toBeLessThan(15_000);
  });
});

describe('the evolution in words', () => {
  it('heads the table with the issue’s columns and the glossary’s metric names', () => {
    expect(evolutionHeaders('zh')).toEqual([
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
    expect(evolutionRows(evolution, 'en')[4]).toEqual(['1985', '1', '0', '4', '4', '1.000', '0.250', '1.000', '2']);
  });

  it('names the exchanges that began and ended by enterprise and material', () => {
    const zh = evolutionChangeRows(evolution, 'zh', names('zh'));
    expect(zh).toContainEqual(['1990', '终止', '石膏板厂 → 炼油厂:废水']);
    expect(zh).toContainEqual(['1972', '新增', '热电厂 → 炼油厂:蒸汽']);
    const en = evolutionChangeRows(evolution, 'en', names('en'));
    expect(en.filter((r) => r[0] === '1990')).toEqual([
      ['1990', 'began', 'Power station → Fish farm: warm cooling water'],
      ['1990', 'ended', 'Fish farm → Disposal (landfill/discharge): sludge'],
      ['1990', 'ended', 'Plasterboard plant → Refinery: wastewater'],
    ]);
  });

  it('tells the story in plain sentences', () => {
    expect(evolutionSentences(evolution, 'zh')).toEqual([
      '1972 年起,园区有 2 条交换、2 家企业、1 条链接;至 1995 年增至 5 条交换、4 家企业、4 条链接。',
      '连接密度由 0.50 变为 1.00,连接度保持 0.25。',
      '交换最多的是 1985 年(6 条)。',
      '1985 年首次出现循环,循环度(λmax)为 1.00;1995 年为 1.00。',
    ]);
    expect(evolutionSentences(evolution, 'en')[0]).toBe(
      'From 1972 the park had 2 exchanges, 2 enterprises and 1 link; by 1995 this had grown to 5 exchanges, 4 enterprises and 4 links.',
    );
    const broken = evolutionUntil(evolution, 1990);
    expect(evolutionSentences(broken, 'en').at(-1)).toBe(
      'A cycle first appeared in 1985, with cyclicity (λmax) 1.00; by 1990 no cycle was left.',
    );
    expect(evolutionSentences(evolutionUntil(evolution, 1980), 'en').at(-1)).toBe(
      'No year had a cycle: cyclicity (λmax) 0 throughout.',
    );
  });

  it('says when cycling is nested, and when the only cycle is in the last year', () => {
    // 1985 adds board → power too: power → board → refinery … and refinery ⇄ board share board (λmax > 1).
    const nested: ParkModel = {
      ...park,
      flows: [
        ...park.flows,
        {
          id: 'n1',
          from: 'board',
          to: 'power',
          material: 'gypsum',
          status: 'existing',
          startYear: 1985,
          endYear: 1990,
        },
      ],
    };
    const sentences = evolutionSentences(parkEvolution(nested), 'en');
    expect(sentences.at(-1)).toMatch(
      /^A cycle first appeared in 1985, with cyclicity \(λmax\) 1\.\d\d; in 1995 it was 1\.00\. It peaked at 1\.\d\d in 1985 \(nested cycles\)\.$/,
    );
    expect(evolutionSentences(evolutionUntil(evolution, 1985), 'zh').at(-1)).toBe(
      '1985 年首次出现循环,循环度(λmax)为 1.00。',
    );
  });

  it('says what the metrics count and which flows have no year', () => {
    expect(evolutionNotes(evolution, 'en')).toEqual([
      'Metrics follow the network analysis: existing flows between operating enterprises only, boundary flows left out, and flows from an enterprise to itself left out.',
      '1 flow gives no year and is counted in every year.',
    ]);
    const endOnly: ParkModel = {
      ...park,
      flows: park.flows.map((f) =>
        f.id === 'f0' ? { ...f, endYear: 1999 } : f.id === 'f2' ? { ...f, startYear: undefined } : f,
      ),
    };
    const notes = evolutionNotes(parkEvolution(JSON.parse(JSON.stringify(endOnly)) as ParkModel), 'zh');
    // f2 lost its start year (no year at all now), f0 gained an end year (an end and no start).
    expect(notes.slice(1)).toEqual([
      '1 条物质流未注明任何年份,视为各年份都存在。',
      '1 条物质流只注明终止年份,视为自始存在至终止。',
    ]);
  });
});

/** A park of `enterprises` plants and `flows` exchanges spread over `years` distinct start years, some ending. */
function syntheticDatedPark(enterprises: number, flows: number, years: number): ParkModel {
  let state = 12345;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const base = datedPark();
  return {
    ...base,
    enterprises: Array.from({ length: enterprises }, (_, i) => ({ ...base.enterprises[0]!, id: `e${i}` })),
    flows: Array.from({ length: flows }, (_, k) => {
      const from = Math.floor(random() * enterprises);
      const to = (from + 1 + Math.floor(random() * (enterprises - 1))) % enterprises;
      const startYear = 1900 + (k % years);
      const ends = random() < 0.3;
      return {
        id: `x${k}`,
        from: `e${from}`,
        to: `e${to}`,
        material: 'steam',
        status: 'existing' as const,
        startYear,
        ...(ends ? { endYear: Math.min(startYear + 1 + Math.floor(random() * 50), 1900 + years - 1) } : {}),
      };
    }),
  };
}
