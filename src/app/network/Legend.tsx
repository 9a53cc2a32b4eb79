/** Cluster colours, category colours (each a show/hide toggle) and the actor shapes. */
import { useMemo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS, localize } from '../../core/model/labels.ts';
import { MATERIAL_CATEGORIES } from '../../core/model/schema.ts';
import { itemCounter } from '../../core/model/sameItems.ts';
import type { Flow, ParkModel } from '../../core/model/types.ts';
import {
  BOUNDARY_BORDER,
  BOUNDARY_FILL,
  CATEGORY_COLOURS,
  CLOSED_FILL,
  clusterColour,
  PROPOSAL_COLOUR,
} from './palette.ts';
import type { UiAction, UiState } from './uiState.ts';
import { STRUCTURAL_EDGE_WIDTH } from './appearance.ts';
import type { DisplayGraph } from './displayGraph.ts';
import { FlowFilters } from './FlowFilters.tsx';
import { DIAGRAM_COLOURS } from '../../core/diagram/palette.ts';
import { DisplayControls } from './DisplayControls.tsx';
import type { ActorScales } from './useActorScales.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface LegendProps {
  readonly model: ParkModel;
  /** The graph the network draws: it says what sizes its actors (its `sizeBasis`). */
  readonly graph: DisplayGraph;
  readonly ui: UiState;
  /** The measures chosen for the actors' sizes and colours. */
  readonly scales?: ActorScales;
  readonly dispatch: Dispatch<UiAction>;
}

/** Flows without a quantity, counted from the places an edit replaced (100 000 flows are a walk at each edit). */
const structuralFlows = itemCounter((flow: Flow) => flow.quantity === undefined);

export function Legend({ model, graph, ui, scales, dispatch }: LegendProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const structural = structuralFlows(model.flows) > 0;
  const categories = useMemo(() => {
    const used = new Set(model.materials.map((m) => m.category));
    // "Unclassified" is listed only when some material is: most parks classify everything.
    return MATERIAL_CATEGORIES.filter((c) => c !== 'unclassified' || used.has(c));
  }, [model.materials]);
  return (
    <aside className="legend" aria-label={t('legend.title')}>
      <h2>{t('legend.display')}</h2>
      <DisplayControls graph={graph} ui={ui} scales={scales} dispatch={dispatch} />
      <h2>{t('legend.clusters')}</h2>
      <ul>
        {model.clusters.map((cluster, i) => (
          <li key={cluster.id}>
            <label>
              <input
                type="checkbox"
                data-testid="cluster-filter"
                checked={!ui.hiddenClusters.has(cluster.id)}
                onChange={() => dispatch({ type: 'toggle-cluster', cluster: cluster.id })}
              />
              <span className="dot" style={{ background: clusterColour(cluster.colour, i) }} />
              {localize(cluster.name, language)}
            </label>
          </li>
        ))}
      </ul>
      <h2>{t('legend.categories')}</h2>
      <ul>
        {categories.map((category) => (
          <li key={category}>
            <button
              type="button"
              className="toggle"
              aria-pressed={!ui.hiddenCategories.has(category)}
              onClick={() => dispatch({ type: 'toggle-category', category })}
            >
              <span className="line" style={{ background: CATEGORY_COLOURS[category] }} />
              {CATEGORY_LABELS[category][language]}
            </button>
          </li>
        ))}
      </ul>
      <FlowFilters ui={ui} dispatch={dispatch} />
      <h2>{t('legend.actors')}</h2>
      <ul>
        <li>
          <span className="dot" style={{ background: BOUNDARY_FILL, borderColor: BOUNDARY_BORDER }} />
          {t('legend.boundary')}
        </li>
        <li>
          <span className="dot hollow" />
          {t('legend.planned')}
        </li>
        <li>
          <span className="dot" style={{ background: CLOSED_FILL }} />
          {t('legend.closed')}
        </li>
        <li>
          <span className="dot hollow" style={{ borderColor: PROPOSAL_COLOUR }} />
          <span className="dash" style={{ borderColor: PROPOSAL_COLOUR }} />
          {t('legend.proposal')}
        </li>
        <li>
          <span className="dash" style={{ borderColor: DIAGRAM_COLOURS.proposal }} />
          {t('legend.proposedLink')}
        </li>
        <li>
          <span className="dot hollow" style={{ borderColor: DIAGRAM_COLOURS.missing, borderStyle: 'dashed' }} />
          {t('legend.missingStage')}
        </li>
        <li>
          <label>
            <input type="checkbox" checked={ui.showBoundary} onChange={() => dispatch({ type: 'toggle-boundary' })} />
            {t('legend.showBoundary')}
          </label>
        </li>
      </ul>
      {ui.sizeBy === null && (
        <p className="note">{t(graph.getAttribute('sizeBasis') === 'links' ? 'legend.sizeByLinks' : 'legend.size')}</p>
      )}
      <p className="note">{t('legend.width')}</p>
      {structural && (
        <p className="note" data-testid="legend-structural">
          <span className="line structural" style={{ height: `${STRUCTURAL_EDGE_WIDTH}px` }} />
          {t('legend.structural')}
        </p>
      )}
    </aside>
  );
}
