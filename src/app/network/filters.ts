/**
 * What the filters hide, as pure functions of an actor's or a flow's
 * attributes and the UI state. The reducers read them; the graph is never
 * rebuilt, so clearing a filter restores exactly what was there.
 */
import type { FlowStatus, MaterialCategory } from '../../core/model/types.ts';

export interface Filters {
  readonly hiddenCategories: ReadonlySet<MaterialCategory>;
  readonly hiddenClusters: ReadonlySet<string>;
  readonly hiddenStatuses: ReadonlySet<FlowStatus>;
  /** Flows below this many t/a are hidden; 0 hides none. */
  readonly minTonnes: number;
  readonly showBoundary: boolean;
}

export const NO_FILTERS: Filters = {
  hiddenCategories: new Set(),
  hiddenClusters: new Set(),
  hiddenStatuses: new Set(),
  minTonnes: 0,
  showBoundary: true,
};

export interface FilterableActor {
  readonly kind: 'enterprise' | 'boundary';
  readonly cluster?: string;
}

export function actorHidden(actor: FilterableActor, filters: Filters): boolean {
  if (actor.kind === 'boundary') return !filters.showBoundary;
  return inHiddenCluster(actor, filters);
}

function inHiddenCluster(actor: FilterableActor, filters: Filters): boolean {
  return actor.cluster !== undefined && filters.hiddenClusters.has(actor.cluster);
}

/**
 * Whether a flow's end is in a hidden cluster (a hidden boundary is told by
 * the ends' ids: display.ts's edgeLook). With no cluster hidden nothing is
 * looked up: both actors of every flow were a fifth of a full repaint at
 * 100 000 flows.
 */
export function endInHiddenCluster(
  actorOf: (id: string) => FilterableActor,
  source: string,
  target: string,
  filters: Filters,
): boolean {
  if (filters.hiddenClusters.size === 0) return false;
  return inHiddenCluster(actorOf(source), filters) || inHiddenCluster(actorOf(target), filters);
}

export interface FilterableFlow {
  readonly category: MaterialCategory;
  readonly status: FlowStatus;
  /** t/a, or null where the material has no mass equivalent: such flows are never hidden by quantity. */
  readonly tonnes: number | null;
}

/** `endHidden`: one of the flow's actors is hidden, so the flow goes with it. */
export function flowHidden(flow: FilterableFlow, endHidden: boolean, filters: Filters): boolean {
  if (endHidden) return true;
  if (filters.hiddenCategories.has(flow.category) || filters.hiddenStatuses.has(flow.status)) return true;
  return flow.tonnes !== null && filters.minTonnes > 0 && flow.tonnes < filters.minTonnes;
}

/** A typed minimum quantity: blank, negative or not a number means no minimum. */
export function parseMinTonnes(text: string): number {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** The set with `item` added, or removed if it was there. */
export function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
}
