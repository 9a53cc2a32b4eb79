// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parkEvolution, type ParkEvolution } from '../../../src/core/analysis/evolution.ts';
import { composeEvolutionChart, niceTicks, renderEvolutionChartSvg } from '../../../src/core/diagram/evolutionChart.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { datedPark } from '../../fixtures/datedPark.ts';

const evolution = parkEvolution(datedPark());
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;

/** The points of a step path "M x y L x y …". */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('the evolution chart', () => {
  it('draws links and enterprises above, cyclicity below, as step lines through the change years', () => {
    const svg = parse(renderEvolutionChartSvg(evolution, { language: 'en' }));
    expect(svg.querySelector('title')?.textContent).toBe('Evolution of the network');
    const line = (key: string) => points(svg.querySelector(`.evo-series.${key} path`)!.getAttribute('d')!);
    const links = line('links');
    // 7 change years: a point at each, a corner before each after the first, and the hold after the last.
    expect(links).toHaveLength(7 + 6 + 1);
    // Steps only: every segment is horizontal or vertical.
    for (let i = 1; i < links.length; i++)
      expect(links[i]![0] === links[i - 1]![0] || links[i]![1] === links[i - 1]![1]).toBe(true);
    // Higher values are drawn higher up (smaller y): L goes 1 → 2 → 2 → 3 → 4.
    const levels = [...new Set(links.map((p) => p[1]))];
    expect(levels).toHaveLength(4);
    const cycles = line('cyclicity');
    const ys = [...new Set(cycles.map((p) => p[1]))];
    expect(ys).toHaveLength(2); // 0 and 1
    // The cyclicity panel lies entirely below the counts panel.
    expect(Math.min(...ys)).toBeGreaterThan(Math.max(...levels));
    expect(svg.querySelectorAll('.evo-year')).toHaveLength(7);
    expect(svg.querySelector('.year-1985 title')?.textContent).toBe(
      '1985: 1 began, 0 ended; 4 enterprises, 4 links, linkage density 1.000, connectance 0.250, cyclicity 1.000',
    );
  });

  it('marks the chosen year when asked, and only then', () => {
    const marked = parse(renderEvolutionChartSvg(evolution, { language: 'zh', markYear: 1987 }));
    expect(marked.querySelector('.evo-mark text')?.textContent).toBe('1987 年');
    expect(parse(renderEvolutionChartSvg(evolution, { language: 'zh' })).querySelector('.evo-mark')).toBeNull();
  });

  it('fits the width it is given', () => {
    const narrow = composeEvolutionChart(evolution, { language: 'zh', width: 376 });
    expect(narrow.width).toBe(376);
    const svg = parse(renderEvolutionChartSvg(evolution, { language: 'zh', width: 376 }));
    for (const text of svg.querySelectorAll('text')) expect(Number(text.getAttribute('x'))).toBeLessThanOrEqual(376);
  });

  it('says there is nothing to draw for a park without years', () => {
    const park = datedPark();
    const none: ParkEvolution = parkEvolution({
      ...park,
      flows: park.flows.map(({ startYear: _s, endYear: _e, ...f }) => f),
    } as ParkModel);
    const svg = parse(renderEvolutionChartSvg(none, { language: 'en' }));
    expect(svg.textContent).toContain('No flow in the model has a year');
  });

  it('keeps names as text: the chart carries no name at all, and its own words are escaped', () => {
    const svg = renderEvolutionChartSvg(evolution, { language: 'en', title: '<script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('niceTicks', () => {
  it('covers the maximum with round steps', () => {
    expect(niceTicks(4, 4, true)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(37, 4, true)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(1, 2, false)).toEqual([0, 0.5, 1]);
    expect(niceTicks(1.32, 2, false)).toEqual([0, 1, 2]);
    expect(niceTicks(1, 4, true)).toEqual([0, 1]);
  });
});
