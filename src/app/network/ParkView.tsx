/** The material or process view: a sigma over a prebuilt graph; labels and highlight from UI state. */
import { useEffect, useRef, type Dispatch } from 'react';
import { useSigma } from './useSigma.ts';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import { localize } from '../../core/model/labels.ts';
import type { Language } from '../../core/model/types.ts';
import { DIMMED_EDGE, DIMMED_NODE } from './palette.ts';
import type { Filters } from './filters.ts';
import type { UiAction } from './uiState.ts';
import { viewEdgeHidden, viewNodeHidden } from './viewFilters.ts';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from './viewGraphs.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface ParkViewProps {
  readonly graph: ViewGraph;
  readonly filters: Filters;
  readonly label: string;
  readonly selected: string | null;
  readonly dispatch: Dispatch<UiAction>;
}

interface ViewContext {
  readonly selected: string | null;
  readonly language: Language;
  readonly filters: Filters;
}

export function ParkView({ graph, filters, label, selected, dispatch }: ParkViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const context = useRef<ViewContext>({ selected, language, filters });
  const { container, renderer } = useSigma(
    graph,
    (element) => {
      const lit = (node: string) => {
        const s = context.current.selected;
        return s === null || !graph.hasNode(s) || s === node || graph.areNeighbors(s, node);
      };
      const sigma = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(graph, element, {
        renderEdgeLabels: true,
        stagePadding: 60,
        labelRenderedSizeThreshold: 4,
        labelFont: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
        nodeReducer: (node, data) => ({
          ...data,
          label: localize(data.name, context.current.language),
          color: lit(node) ? data.color : DIMMED_NODE,
          highlighted: context.current.selected === node,
          hidden: viewNodeHidden(data, context.current.filters),
        }),
        edgeReducer: (edge, data) => {
          const [source, target] = graph.extremities(edge);
          const s = context.current.selected;
          const on = s === null || !graph.hasNode(s) || s === source || s === target;
          return {
            ...data,
            color: on ? data.color : DIMMED_EDGE,
            label: data.performers.map((p) => localize(p, context.current.language)).join(', '),
            hidden: viewEdgeHidden(
              data,
              { source: graph.getNodeAttributes(source), target: graph.getNodeAttributes(target) },
              context.current.filters,
            ),
          };
        },
      });
      return sigma;
    },
    dispatch,
  );

  useEffect(() => {
    context.current = { selected, language, filters };
    renderer.current?.refresh();
  }, [selected, language, filters, renderer]);

  return (
    <section className="network" aria-label={label}>
      <div className="toolbar" role="toolbar" aria-label={label}>
        <button type="button" onClick={() => void renderer.current?.getCamera().animatedReset({ duration: 400 })}>
          {t('network.fit')}
        </button>
      </div>
      <div className="sigma-container" data-testid="park-view" ref={container} />
    </section>
  );
}
