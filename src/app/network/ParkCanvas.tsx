/**
 * A laid-out material or process view drawn by sigma. Sizes are in layout
 * units (`itemSizesReference: 'positions'`), so discs, lines and names all
 * scale with the zoom like a drawing: the layout gave every name its room,
 * and they never meet. The frame "zoom to fit" shows is the layout's, names
 * included, so no name is cut off at the canvas edge. Edges carry no text:
 * who performs a transformation is in the hover tooltip.
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import { localize } from '../../core/model/labels.ts';
import type { Language } from '../../core/model/types.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { Filters } from './filters.ts';
import { HoverTooltip } from './HoverTooltip.tsx';
import { createHoverStore } from './hoverStore.ts';
import { DIMMED_EDGE, DIMMED_NODE } from './palette.ts';
import { registerParkViewTestApi } from './testApi.ts';
import type { UiAction } from './uiState.ts';
import { useSigma } from './useSigma.ts';
import { viewEdgeHidden, viewNodeHidden } from './viewFilters.ts';
import { frameWithRoomAbove } from './viewFrame.ts';
import type { ViewEdgeAttributes, ViewNodeAttributes } from './viewGraphs.ts';
import { createViewLabelDrawer } from './viewLabelDrawer.ts';
import type { DrawnView } from './viewLayouts.ts';
import { viewEdgeTooltip, viewNodeTooltip } from './viewTooltip.ts';

interface ParkCanvasProps {
  readonly drawn: DrawnView;
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

/** Room around the fitted picture, in pixels. */
const STAGE_PADDING = 16;
/** Room kept clear at the top for the toolbar floating over the canvas, in pixels. */
const TOOLBAR_ROOM = 32;

/** The selected node gets a ring; its name is already drawn beside it (sigma's default would print it again). */
const drawRing: NodeHoverDrawingFunction<ViewNodeAttributes, ViewEdgeAttributes> = (context, data) => {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.lineWidth = 2;
  context.strokeStyle = '#222';
  context.stroke();
};

export function ParkCanvas({ drawn, filters, label, selected, dispatch }: ParkCanvasProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const context = useRef<ViewContext>({ selected, language, filters });
  const [hover] = useState(createHoverStore);
  const { graph, frame } = drawn;
  const { container, renderer } = useSigma(
    graph,
    (element) => {
      const lit = (node: string) => {
        const s = context.current.selected;
        return s === null || !graph.hasNode(s) || s === node || graph.areNeighbors(s, node);
      };
      const labels = createViewLabelDrawer();
      const sigma = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(graph, element, {
        itemSizesReference: 'positions',
        zoomToSizeRatioFunction: (ratio) => ratio,
        stagePadding: STAGE_PADDING,
        renderEdgeLabels: false,
        enableEdgeEvents: true,
        minEdgeThickness: 0.8,
        labelFont: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
        defaultDrawNodeLabel: labels.draw,
        defaultDrawNodeHover: drawRing,
        nodeReducer: (node, data) => ({
          ...data,
          label: localize(data.name, context.current.language),
          // Every name is drawn: the layout made room for each.
          forceLabel: true,
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
            hidden: viewEdgeHidden(
              data,
              { source: graph.getNodeAttributes(source), target: graph.getNodeAttributes(target) },
              context.current.filters,
            ),
          };
        },
      });
      if (graph.order > 0)
        sigma.setCustomBBox(
          frameWithRoomAbove(frame, element.clientWidth, element.clientHeight, STAGE_PADDING, TOOLBAR_ROOM),
        );
      sigma.on('beforeRender', labels.reset);
      sigma.on('enterNode', ({ node, event }) => {
        const content = viewNodeTooltip(graph, node, context.current.language);
        hover.set({ tip: content && { content, x: event.x, y: event.y } });
      });
      sigma.on('leaveNode', () => hover.set({ tip: null }));
      sigma.on('enterEdge', ({ edge, event }) => {
        const content = viewEdgeTooltip(graph, edge, context.current.language);
        hover.set({ tip: content && { content, x: event.x, y: event.y } });
      });
      sigma.on('leaveEdge', () => hover.set({ tip: null }));
      const unregister = registerParkViewTestApi({
        labels: labels.drawn,
        canvas: () => ({ width: element.clientWidth, height: element.clientHeight }),
        nodes: () => graph.order,
      });
      sigma.on('kill', unregister);
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
      <HoverTooltip hover={hover} />
    </section>
  );
}
