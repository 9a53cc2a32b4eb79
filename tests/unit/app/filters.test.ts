import { describe, expect, it, vi } from 'vitest';
import {
  actorHidden,
  endInHiddenCluster,
  flowHidden,
  NO_FILTERS,
  parseMinTonnes,
  toggled,
  type Filters,
} from '../../../src/app/network/filters.ts';
import { initialUiState, uiReducer } from '../../../src/app/network/uiState.ts';

const filters = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });
const slag = { category: 'by-product', status: 'existing', tonnes: 100 } as const;

describe('actorHidden', () => {
  it('hides enterprises of hidden clusters and the boundary when it is off', () => {
    expect(actorHidden({ kind: 'enterprise', cluster: 'cu' }, NO_FILTERS)).toBe(false);
    expect(actorHidden({ kind: 'enterprise', cluster: 'cu' }, filters({ hiddenClusters: new Set(['cu']) }))).toBe(true);
    expect(actorHidden({ kind: 'enterprise', cluster: 'fe' }, filters({ hiddenClusters: new Set(['cu']) }))).toBe(
      false,
    );
    expect(actorHidden({ kind: 'boundary' }, filters({ showBoundary: false }))).toBe(true);
    expect(actorHidden({ kind: 'boundary' }, filters({ hiddenClusters: new Set(['cu']) }))).toBe(false);
  });
});

describe('endInHiddenCluster', () => {
  const actors: Record<string, { kind: 'enterprise' | 'boundary'; cluster?: string }> = {
    smelter: { kind: 'enterprise', cluster: 'cu' },
    mill: { kind: 'enterprise', cluster: 'fe' },
    '@market': { kind: 'boundary' },
  };
  it('is true when either end is in a hidden cluster, and never for the boundary', () => {
    const cu = filters({ hiddenClusters: new Set(['cu']) });
    const actorOf = (id: string) => actors[id]!;
    expect(endInHiddenCluster(actorOf, 'smelter', 'mill', cu)).toBe(true);
    expect(endInHiddenCluster(actorOf, 'mill', 'smelter', cu)).toBe(true);
    expect(endInHiddenCluster(actorOf, 'mill', '@market', cu)).toBe(false);
    expect(endInHiddenCluster(actorOf, 'mill', '@market', filters({ hiddenClusters: new Set(['fe']) }))).toBe(true);
  });
  it('looks nothing up while no cluster is hidden', () => {
    const actorOf = vi.fn((id: string) => actors[id]!);
    expect(endInHiddenCluster(actorOf, 'smelter', 'mill', filters({ showBoundary: false }))).toBe(false);
    expect(actorOf).not.toHaveBeenCalled();
  });
});

describe('flowHidden', () => {
  it('shows everything without filters', () => {
    expect(flowHidden(slag, false, NO_FILTERS)).toBe(false);
  });

  it('hides by category, status, hidden end and minimum quantity', () => {
    expect(flowHidden(slag, false, filters({ hiddenCategories: new Set(['by-product']) }))).toBe(true);
    expect(flowHidden(slag, false, filters({ hiddenStatuses: new Set(['existing']) }))).toBe(true);
    expect(flowHidden(slag, false, filters({ hiddenStatuses: new Set(['planned']) }))).toBe(false);
    expect(flowHidden(slag, true, NO_FILTERS)).toBe(true);
    expect(flowHidden(slag, false, filters({ minTonnes: 100 }))).toBe(false);
    expect(flowHidden(slag, false, filters({ minTonnes: 100.5 }))).toBe(true);
  });

  it('never hides a flow without a mass equivalent by quantity', () => {
    expect(flowHidden({ ...slag, category: 'energy', tonnes: null }, false, filters({ minTonnes: 1e9 }))).toBe(false);
  });
});

describe('filter state', () => {
  it('toggles and restores, leaving the input untouched', () => {
    const start = new Set(['a']);
    expect([...toggled(start, 'b')]).toEqual(['a', 'b']);
    expect([...toggled(toggled(start, 'b'), 'b')]).toEqual(['a']);
    expect([...start]).toEqual(['a']);
  });

  it('reduces cluster, status and quantity actions', () => {
    const ui = initialUiState();
    const hidden = uiReducer(uiReducer(ui, { type: 'toggle-cluster', cluster: 'cu' }), {
      type: 'toggle-status',
      status: 'potential',
    });
    expect(hidden.hiddenClusters.has('cu')).toBe(true);
    expect(hidden.hiddenStatuses.has('potential')).toBe(true);
    expect(uiReducer(hidden, { type: 'toggle-cluster', cluster: 'cu' }).hiddenClusters.size).toBe(0);
    expect(uiReducer(ui, { type: 'set-min-tonnes', tonnes: -3 }).minTonnes).toBe(0);
    expect(uiReducer(ui, { type: 'set-min-tonnes', tonnes: 50 }).minTonnes).toBe(50);
  });

  it('parses the typed minimum', () => {
    expect(parseMinTonnes('')).toBe(0);
    expect(parseMinTonnes('12,5')).toBe(12.5);
    expect(parseMinTonnes('-4')).toBe(0);
    expect(parseMinTonnes('abc')).toBe(0);
  });
});
