/**
 * UI state: what is selected, highlighted and filtered. Reducers derive the
 * picture from it; the graph is never rewritten for it. Hover is not here:
 * it changes with every pointer move, so it lives in the network view's
 * hover store (hoverStore.ts) and never re-renders the app. Nor is the
 * language: i18next holds it (i18n/useLanguage.ts).
 */
import type { FlowStatus, MaterialCategory } from '../../core/model/types.ts';
import { toggled, type Filters } from './filters.ts';
import type { ViewKind } from './views.ts';
import type { FlowDetail } from './bundles.ts';
import type { LabelDensity } from './labelDensity.ts';
import type { ActorMeasure } from './actorMeasures.ts';

/** A request to bring some actors into view; `token` changes on every request. */
export interface FocusRequest {
  readonly nodes: readonly string[];
  readonly token: number;
}

export interface UiState extends Filters {
  readonly selected: string | null;
  /** A selected flow (exchange view); selecting an actor clears it and vice versa. */
  readonly flow: string | null;
  readonly finding: string | null;
  /** The ranked project shown as a ghost enterprise (its technology id). */
  readonly project: string | null;
  readonly view: ViewKind;
  readonly focus: FocusRequest | null;
  /** Parallel flows bundled for reading (the first view), or every flow drawn on its own. */
  readonly flowDetail: FlowDetail;
  /** Which actors are named; null: chosen by the park's size (labelDensity.ts). */
  readonly labels: LabelDensity | null;
  /** What sets the actors' sizes; null: the park's default (mass throughflow, or partners). */
  readonly sizeBy: ActorMeasure | null;
  /** What sets the enterprises' colours: their cluster, or a measure. */
  readonly colourBy: ActorMeasure | 'cluster';
}

export type UiAction =
  | { readonly type: 'select'; readonly node: string | null; readonly focus?: boolean }
  | { readonly type: 'select-flow'; readonly flow: string | null }
  | { readonly type: 'highlight-finding'; readonly finding: string | null; readonly nodes?: readonly string[] }
  | { readonly type: 'show-project'; readonly project: string | null; readonly nodes?: readonly string[] }
  | { readonly type: 'toggle-category'; readonly category: MaterialCategory }
  | { readonly type: 'toggle-boundary' }
  /** `selected` is the selection carried over to the new view (see carrySelection). */
  | { readonly type: 'set-view'; readonly view: ViewKind; readonly selected: string | null }
  | { readonly type: 'toggle-cluster'; readonly cluster: string }
  | { readonly type: 'toggle-status'; readonly status: FlowStatus }
  | { readonly type: 'set-min-tonnes'; readonly tonnes: number }
  | { readonly type: 'set-flow-detail'; readonly detail: FlowDetail }
  | { readonly type: 'set-labels'; readonly labels: LabelDensity }
  | { readonly type: 'set-size-by'; readonly measure: ActorMeasure }
  | { readonly type: 'set-colour-by'; readonly measure: ActorMeasure | 'cluster' }
  | { readonly type: 'clear' };

export function initialUiState(): UiState {
  return {
    selected: null,
    flow: null,
    finding: null,
    project: null,
    view: 'exchange',
    hiddenCategories: new Set(),
    hiddenClusters: new Set(),
    hiddenStatuses: new Set(),
    minTonnes: 0,
    showBoundary: true,
    focus: null,
    flowDetail: 'bundled',
    labels: null,
    sizeBy: null,
    colourBy: 'cluster',
  };
}

function focusOn(state: UiState, nodes: readonly string[]): FocusRequest | null {
  return nodes.length === 0 ? state.focus : { nodes, token: (state.focus?.token ?? 0) + 1 };
}

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'select-flow':
      return { ...state, flow: action.flow, selected: null };
    case 'select':
      return {
        ...state,
        selected: action.node,
        flow: null,
        focus: action.focus && action.node !== null ? focusOn(state, [action.node]) : state.focus,
      };
    case 'highlight-finding':
      // Clicking the highlighted finding again clears it.
      if (action.finding === null || action.finding === state.finding) return { ...state, finding: null };
      return { ...state, finding: action.finding, project: null, focus: focusOn(state, action.nodes ?? []) };
    case 'show-project':
      // One proposal at a time; clicking the shown one again hides it.
      if (action.project === null || action.project === state.project) return { ...state, project: null };
      return { ...state, project: action.project, finding: null, focus: focusOn(state, action.nodes ?? []) };
    case 'toggle-category':
      return { ...state, hiddenCategories: toggled(state.hiddenCategories, action.category) };
    case 'toggle-cluster':
      return { ...state, hiddenClusters: toggled(state.hiddenClusters, action.cluster) };
    case 'toggle-status':
      return { ...state, hiddenStatuses: toggled(state.hiddenStatuses, action.status) };
    case 'set-min-tonnes':
      return { ...state, minTonnes: Math.max(0, action.tonnes) };
    case 'set-view':
      return { ...state, view: action.view, selected: action.selected, flow: null };
    case 'set-flow-detail':
      return { ...state, flowDetail: action.detail };
    case 'set-labels':
      return { ...state, labels: action.labels };
    case 'set-size-by':
      return { ...state, sizeBy: action.measure };
    case 'set-colour-by':
      return { ...state, colourBy: action.measure };
    case 'toggle-boundary':
      return { ...state, showBoundary: !state.showBoundary };
    case 'clear':
      return { ...state, selected: null, flow: null, finding: null, project: null };
  }
}
