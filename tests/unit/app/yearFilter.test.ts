// @vitest-environment jsdom
/**
 * The year slider's view: the graph of the park as of a year (core's
 * modelAsOf), actors kept where they were, positions kept for the actors
 * a year does not show; the slider and the evolution panel themselves.
 */
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EvolutionPanel } from '../../../src/app/analysis/EvolutionPanel.tsx';
import { stopOf, YearSlider } from '../../../src/app/network/YearSlider.tsx';
import { i18n } from '../../../src/app/i18n/index.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { positionsOf } from '../../../src/app/network/graphPositions.ts';
import { positionsToKeep, useYearView, yearGraph } from '../../../src/app/network/yearFilter.ts';
import { parkEvolution } from '../../../src/core/analysis/evolution.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { datedPark } from '../../fixtures/datedPark.ts';

const model = datedPark();
// The app also curves parallel flows (sigma's edge-curve, which needs WebGL); the year view only passes its drawing on.
const draw = (m: ParkModel) => buildDisplayGraph(m);
const whole = () => draw(model);

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('zh');
});

describe('yearGraph', () => {
  it('holds the park as of the year: its actors and flows only', () => {
    const graph = yearGraph(model, 1985, whole(), null, draw);
    expect(graph.nodes().filter((n) => !n.startsWith('@'))).toEqual(['power', 'refinery', 'board', 'farm']);
    expect(graph.edges()).toEqual(['f0', 'f1', 'f2', 'f7', 'f3', 'f4']);
    expect(yearGraph(model, 1972, whole(), null, draw).edges()).toEqual(['f0', 'f1']);
  });

  it('draws every actor where the whole park draws it, or where the user left it', () => {
    const all = whole();
    all.mergeNodeAttributes('power', { x: 11, y: 22 });
    const graph = yearGraph(model, 1975, all, { refinery: { x: -5, y: 7 } }, draw);
    expect(graph.getNodeAttributes('power')).toMatchObject({ x: 11, y: 22 });
    expect(graph.getNodeAttributes('refinery')).toMatchObject({ x: -5, y: 7 });
    expect(graph.getNodeAttributes('board')).toMatchObject({
      x: all.getNodeAttribute('board', 'x'),
      y: all.getNodeAttribute('board', 'y'),
    });
  });

  it('leaves the model as it was', () => {
    const before = JSON.stringify(model);
    yearGraph(model, 1980, whole(), null, draw);
    expect(JSON.stringify(model)).toBe(before);
  });
});

describe('positionsToKeep', () => {
  it('keeps the places of actors a year does not show', () => {
    const all = whole();
    const shown = yearGraph(model, 1972, all, null, draw);
    shown.mergeNodeAttributes('power', { x: 100, y: 200 });
    const kept = positionsToKeep(shown, all, { farm: { x: 1, y: 2 } });
    expect(kept['power']).toEqual({ x: 100, y: 200 });
    expect(kept['farm']).toEqual({ x: 1, y: 2 });
    expect(kept['board']).toEqual({ x: all.getNodeAttribute('board', 'x'), y: all.getNodeAttribute('board', 'y') });
    // Showing all years, the whole drawing is what is kept.
    expect(positionsToKeep(all, all, { farm: { x: 1, y: 2 } })).toEqual(positionsOf(all));
  });
});

describe('useYearView', () => {
  it('puts the whole park back as the user left it in a year, and leaves it alone at an edit', () => {
    const all = whole();
    let saved: Record<string, { x: number; y: number }> | null = null;
    const positions = () => saved;
    const { result, rerender } = renderHook(
      ({ park }: { park: ParkModel }) => useYearView(park, all, positions, 'park', draw),
      { initialProps: { park: model } },
    );
    expect(result.current.graph).toBe(all);
    act(() => result.current.setYear(1985));
    expect(result.current.graph).not.toBe(all);
    // Dragged in 1985, then back to all years: there.
    saved = { power: { x: 5, y: 6 } };
    act(() => result.current.setYear(null));
    expect(result.current.graph).toBe(all);
    expect(all.getNodeAttributes('power')).toMatchObject({ x: 5, y: 6 });
    // Dragged in the whole park since: an edit of the model does not move it back.
    all.mergeNodeAttributes('power', { x: 7, y: 8 });
    rerender({ park: { ...model } });
    expect(all.getNodeAttributes('power')).toMatchObject({ x: 7, y: 8 });
  });
});

describe('the year slider', () => {
  const years = [1972, 1975, 1985];

  it('puts a year on the stop of the last change at or before it, and all years after the last', () => {
    expect([stopOf(years, 1972), stopOf(years, 1980), stopOf(years, 1985), stopOf(years, null)]).toEqual([0, 1, 2, 3]);
    expect(stopOf(years, 1900)).toBe(0);
  });

  it('steps through the years and back to all years, saying what it shows', () => {
    const onChange = vi.fn();
    render(createElement(YearSlider, { years, year: 1975, onChange, shown: { enterprises: 3, flows: 4 } }));
    const range = screen.getByTestId('year-range');
    expect(range.getAttribute('aria-valuetext')).toBe('截至 1975 年');
    expect(screen.getByTestId('year-label').textContent).toBe('截至 1975 年 · 图中 3 家企业、4 条交换');
    fireEvent.change(range, { target: { value: '2' } });
    expect(onChange).toHaveBeenLastCalledWith(1985);
    fireEvent.change(range, { target: { value: '3' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByTestId('year-all'));
    expect(onChange).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByRole('button', { name: '上一个年份' }));
    expect(onChange).toHaveBeenLastCalledWith(1972);
  });

  it('plays the years one after another', () => {
    vi.useFakeTimers();
    try {
      const onChange = vi.fn();
      render(createElement(YearSlider, { years, year: null, onChange, shown: { enterprises: 4, flows: 8 } }));
      fireEvent.click(screen.getByTestId('year-play'));
      act(() => vi.advanceTimersByTime(1300));
      expect(onChange).toHaveBeenLastCalledWith(1972);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the evolution panel', () => {
  const evolution = parkEvolution(model);
  const props = { model, onYear: vi.fn() };

  it('is not there for a park without years', () => {
    const { container } = render(createElement(EvolutionPanel, { ...props, state: { status: 'none' }, year: null }));
    expect(container.innerHTML).toBe('');
  });

  it('tells the story for all years and a year’s figures and changes for one year', async () => {
    const { rerender } = render(
      createElement(EvolutionPanel, { ...props, state: { status: 'done', evolution }, year: null }),
    );
    const panel = screen.getByTestId('evolution-panel');
    expect(panel.querySelector('svg .evo-mark')).toBeNull();
    expect(panel.textContent).toContain('1985 年首次出现循环');
    rerender(createElement(EvolutionPanel, { ...props, state: { status: 'done', evolution }, year: 1990 }));
    expect(panel.querySelector('svg .evo-mark text')?.textContent).toBe('1990 年');
    const year = screen.getByTestId('evolution-year').textContent;
    expect(year).toContain('循环度(λmax)0.000');
    expect(panel.textContent).toContain('1990 年新增的交换(1)');
    expect(panel.textContent).toContain('1990 年终止的交换(2)');
    expect(panel.textContent).toContain('石膏板厂 → 炼油厂:废水');
    // The panel follows i18next by itself: no new props.
    await act(() => i18n.changeLanguage('en'));
    expect(panel.textContent).toContain('Ended in 1990 (2)');
    expect(panel.textContent).toContain('Plasterboard plant → Refinery: wastewater');
  });

  it('shows the year clicked on the chart', () => {
    const onYear = vi.fn();
    render(createElement(EvolutionPanel, { ...props, onYear, state: { status: 'done', evolution }, year: null }));
    fireEvent.click(screen.getByTestId('evolution-chart').querySelector('.year-1980')!);
    expect(onYear).toHaveBeenCalledWith(1980);
  });
});
