/** The exchange network drawn by sigma; the look comes from reducers over UI state. */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { HoverTooltip } from './HoverTooltip.tsx';
import { NetworkExports } from './NetworkExports.tsx';
import { cameraFor, focusedNodes } from './camera.ts';
import type { DisplayContext, DrawnBundles } from './display.ts';
import { useBundles } from './useBundles.ts';
import type { DisplayPatch } from './displayPatch.ts';
import { resetPositions, type DisplayGraph } from './displayGraph.ts';
import { sameHighlight, withHover, type Highlight } from './highlight.ts';
import { createHoverStore } from './hoverStore.ts';
import { PROPOSAL_COLOUR } from './palette.ts';
import { removeOverlaps } from './graphPositions.ts';
import { refreshScope, type RefreshState } from './refreshScope.ts';
import type { ProjectOverlay } from './projectOverlay.ts';
import { edgeTooltip, nodeTooltip, plannedFlowTooltip } from './tooltip.ts';
import { bundleTooltip } from './bundleTooltip.ts';
import { ReadingBar } from './ReadingBar.tsx';
import type { ActorScales } from './useActorScales.ts';
import { registerNetworkTestApi } from './testApi.ts';
import type { UiAction, UiState } from './uiState.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { adaptRenderer, createRenderer, drawnLabels, labelsOf, type Renderer } from './createRenderer.ts';
import type { LabelDensity, LabelRule } from './labelDensity.ts';
import { attachGhostFlows, plannedFlowsAt, plannedSegments } from './ghostFlows.ts';
import { attachFindingLayer, type FindingDrawing } from './findingLayer.ts';
import { claims, useFlowDrawing } from './useFlowDrawing.ts';
import { useForceAtlas } from './useForceAtlas.ts';
import { useNodeDrag } from './useNodeDrag.ts';
import { useLastingSigma } from './useSigma.ts';
import { rescaleKeptWidths } from './scaledWidths.ts';

interface NetworkViewProps {
  readonly model: ParkModel;
  readonly graph: DisplayGraph;
  /** What the last edit patched in the graph in place (useDisplayGraph.ts), to repaint only that. */
  readonly patch?: DisplayPatch | null;
  /** Counts the graph's changes, patches included. */
  readonly revision?: number;
  readonly ui: UiState;
  /** What stands out without hover; the hovered actor's neighbourhood wins over it while it lasts. */
  readonly highlight: Highlight | null;
  readonly overlay: ProjectOverlay | null;
  /** What a highlighted finding adds: a broken link's missing stage, the exchanges it proposes. */
  readonly findingDrawing?: FindingDrawing | null;
  /** Sizes and colours from the measures the user chose. */
  readonly scales?: ActorScales;
  readonly dispatch: Dispatch<UiAction>;
  /** Called after the user moved actors (drag, layout, reset), so their positions can be kept. */
  readonly onPositionsChanged: (reset?: boolean) => void;
  /** A flow drawn from one actor to another (draw mode, or Shift+drag): the flow form takes it from there. */
  readonly onDrawFlow?: (from: string, to: string) => void;
}

/** What sigma's handlers read of the view's props and state (see `latest`). */
interface Latest {
  readonly model: ParkModel;
  readonly graph: DisplayGraph;
  readonly language: Language;
  /** Whether a press on an actor starts drawing a flow. */
  readonly drawing: boolean;
  /** The shown project: its flows drawn dashed, the flows they retire crossed. */
  readonly overlay: ProjectOverlay | null;
  readonly findingDrawing: FindingDrawing | null;
  /** The names the user asked for (null: by the park's size). */
  readonly labels: LabelDensity | null;
}

/** What a repaint sets for the reducers. */
interface Repaint extends RefreshState {
  readonly graph: DisplayGraph;
  readonly bundles: DrawnBundles | null;
  readonly labelRule: LabelRule;
  readonly actorSizes: ReadonlyMap<string, number> | null;
  readonly actorColours: ReadonlyMap<string, string> | null;
}

/** Above this many flows, edge hover events (a picking pass per frame) are not worth their cost. */
const EDGE_EVENTS_MAX_EDGES = 20000;

export function NetworkView(props: NetworkViewProps) {
  const {
    model,
    graph,
    patch = null,
    revision = 0,
    ui,
    highlight,
    overlay,
    findingDrawing = null,
    scales,
    dispatch,
  } = props;
  const { onPositionsChanged, onDrawFlow } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const context = useRef<DisplayContext>({ ...ui, highlight, language, labelRule: labelsOf(graph, ui.labels) });
  // Hover and tooltip: read by the tooltip and by the repaint below, never by App (a hover re-renders neither).
  const [hover] = useState(createHoverStore);
  const [drawMode, setDrawMode] = useState(false);
  // The latest props and state, for sigma's handlers, which outlive the render that made them (the renderer is
  // kept across edits): one ref, written after each commit (React forbids writing refs while rendering), before
  // sigma can draw or fire an event.
  const latest = useRef<Latest>({
    model,
    graph,
    language,
    drawing: false,
    overlay: null,
    findingDrawing,
    labels: ui.labels,
  });
  useLayoutEffect(() => {
    latest.current = {
      model,
      graph,
      language,
      drawing: drawMode && onDrawFlow !== undefined,
      overlay,
      findingDrawing,
      labels: ui.labels,
    };
  });
  const { container, renderer } = useLastingSigma(
    graph,
    (element, first) => {
      const sigma = createRenderer(first, element, context, { edgeEvents: first.size <= EDGE_EVENTS_MAX_EDGES });
      // While the camera is dragged the pointer sweeps across actors: highlighting each one would
      // repaint the park on every move (seconds per move on big parks), so hover waits for the release.
      const panning = () => sigma.getMouseCaptor().isMouseDown;
      // On very big parks a hover would dim and repaint every flow each time the pointer crosses an
      // actor; there the tooltip still follows the pointer, and a click highlights the neighbourhood.
      const hoverHighlights = () => latest.current.graph.size <= EDGE_EVENTS_MAX_EDGES;
      // A shown project's dashed flows lie over the park's flows, which are all sigma can pick: the pointer is
      // tested against them first (sigma reports the move before it picks), and over one its tooltip wins.
      let overNode = false;
      let planned: readonly string[] = [];
      let edgeUnder: string | null = null;
      const showEdge = (edge: string, x: number, y: number) => {
        const { model, graph, language, overlay } = latest.current;
        const bundle = context.current.bundles?.carried.get(edge);
        const content =
          bundle && bundle.members.length > 1
            ? bundleTooltip(model, graph, bundle, language)
            : edgeTooltip(model, graph, edge, language, overlay);
        hover.set({ tip: content && { content, x, y } });
      };
      sigma.on('moveBody', ({ event }) => {
        // Over an actor its own tooltip wins (leaving it clears it).
        if (overNode) {
          planned = [];
          return;
        }
        const { graph, language, overlay } = latest.current;
        const at = overlay && !panning() ? plannedFlowsAt(plannedSegments(sigma, overlay.flows), event) : [];
        if (at.length > 0 && overlay) {
          const content = plannedFlowTooltip(overlay, graph, at, language);
          hover.set({ tip: content && { content, x: event.x, y: event.y } });
        } else if (planned.length > 0) {
          if (edgeUnder !== null) showEdge(edgeUnder, event.x, event.y);
          else hover.set({ tip: null });
        }
        planned = at;
      });
      sigma.on('enterNode', ({ node, event }) => {
        overNode = true;
        if (panning()) return;
        const { model, graph, language, overlay } = latest.current;
        // The ghost's neighbourhood is its planned flows, not edges: the project's highlight already lights it.
        if (hoverHighlights() && !(graph.hasNode(node) && graph.getNodeAttribute(node, 'ghost'))) hover.set({ node });
        const content = nodeTooltip(model, graph, node, language, overlay);
        hover.set({ tip: content && { content, x: event.x, y: event.y } });
      });
      sigma.on('leaveNode', () => {
        overNode = false;
        hover.set({ node: null, tip: null });
      });
      sigma.on('enterEdge', ({ edge, event }) => {
        edgeUnder = edge;
        if (panning() || planned.length > 0) return;
        showEdge(edge, event.x, event.y);
      });
      sigma.on('leaveEdge', () => {
        edgeUnder = null;
        if (planned.length === 0) hover.set({ tip: null });
      });
      // A click on a dashed flow is a click on the proposal: it opens the ghost plant, not the flow underneath.
      sigma.on('clickEdge', ({ edge }) => {
        const project = latest.current.overlay;
        if (planned.length > 0 && project) dispatch({ type: 'select', node: project.enterprise.id });
        else dispatch({ type: 'select-flow', flow: edge });
      });
      return sigma;
    },
    (sigma, next) =>
      adaptRenderer(sigma, next, next.size <= EDGE_EVENTS_MAX_EDGES, labelsOf(next, latest.current.labels)),
    dispatch,
  );
  // After a layout run: push overlapping actors apart, then keep the positions.
  const settle = useCallback(() => {
    const sigma = renderer.current;
    if (sigma) removeOverlaps(graph, graphUnitsPerSize(sigma));
    onPositionsChanged();
  }, [graph, renderer, onPositionsChanged]);
  const layout = useForceAtlas(graph, settle);
  const drawn = useCallback((from: string, to: string) => onDrawFlow?.(from, to), [onDrawFlow]);
  const drawing = useCallback(() => latest.current.drawing, []);
  const claimed = useCallback(
    (event: Parameters<typeof claims>[1]) => onDrawFlow !== undefined && claims(latest.current.drawing, event),
    [onDrawFlow],
  );
  useNodeDrag(renderer, graph, onPositionsChanged, claimed);
  useFlowDrawing(renderer, graph, drawing, drawn);
  useEffect(() => {
    const sigma = renderer.current;
    return sigma ? registerNetworkTestApi(sigma, () => drawnLabels(sigma)) : undefined;
  }, [graph, renderer]);

  const bundles = useBundles(graph, revision, patch, ui);
  const labelRule = useMemo(() => labelsOf(graph, ui.labels), [graph, ui.labels]);
  useEffect(() => {
    const sigma = renderer.current;
    if (sigma && sigma.getSetting('labelRenderedSizeThreshold') !== labelRule.minSize)
      sigma.setSetting('labelRenderedSizeThreshold', labelRule.minSize);
  }, [labelRule, renderer]);
  const actorSizes = scales?.sizes ?? null;
  const actorColours = scales?.colours ?? null;
  const previous = useRef<Repaint>({ highlight, ui, language, graph, bundles, labelRule, actorSizes, actorColours });
  // Sets the look the reducers read and repaints what changed since the last look.
  const repaint = useCallback(
    (next: Repaint) => {
      context.current = {
        ...next.ui,
        highlight: next.highlight,
        language: next.language,
        bundles: next.bundles,
        labelRule: next.labelRule,
        actorSizes: next.actorSizes,
        actorColours: next.actorColours,
      };
      const before = previous.current;
      previous.current = next;
      // An edit's new graph was swapped in and drawn with this same look: drawing it again would
      // only cost another frame (a second of software rendering on a big park).
      if (
        before.graph !== next.graph &&
        before.ui === next.ui &&
        before.language === next.language &&
        sameHighlight(before.highlight, next.highlight)
      )
        return;
      const partial = refreshScope(next.graph, before, next);
      // Items added since (a project's ghost) are unknown to sigma's programs until a full refresh.
      const known = partial?.partialGraph.nodes.every((n) => renderer.current?.getNodeDisplayData(n)) ?? false;
      renderer.current?.refresh(known ? partial : undefined);
    },
    [renderer],
  );
  useEffect(() => {
    let hovered = hover.get().node;
    const show = () =>
      repaint({
        ui,
        language,
        graph,
        bundles,
        labelRule,
        actorSizes,
        actorColours,
        highlight: withHover(graph, hovered, highlight),
      });
    show();
    // A hover repaints from here, without a render: only a change of the hovered actor counts (not the tooltip's).
    return hover.subscribe(() => {
      if (hover.get().node === hovered) return;
      hovered = hover.get().node;
      show();
    });
  }, [ui, language, highlight, graph, bundles, labelRule, actorSizes, actorColours, hover, repaint]);

  // An edit patched the graph in place: repaint what it touched (and its pairs' bundles), or index it all
  // again where flows came or went. Declared after the repaint above, so the reducers already read the new bundles.
  useEffect(() => {
    const sigma = renderer.current;
    if (!patch || !sigma || sigma.getGraph() !== graph) return;
    if (patch.structural) {
      sigma.refresh();
      return;
    }
    // A new widest line: the programs draw every width at the new scale; what sigma keeps of each follows.
    if (patch.rescaled) rescaleKeptWidths(sigma);
    // The pairs of the flows the edit changed, whose bundles may have changed too.
    const edges = new Set(patch.edges);
    for (const edge of patch.changed) {
      const [source, target] = graph.extremities(edge);
      for (const id of graph.outEdges(source, target)) edges.add(id);
      for (const id of graph.outEdges(target, source)) edges.add(id);
    }
    sigma.refresh({ partialGraph: { nodes: [...patch.nodes], edges: [...edges] }, skipIndexation: true });
  }, [patch, graph, renderer]);
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    return attachGhostFlows(sigma, () => latest.current.overlay, PROPOSAL_COLOUR);
  }, [graph, renderer]);
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    return attachFindingLayer(sigma, () => latest.current.findingDrawing);
  }, [graph, renderer]);
  useEffect(() => {
    renderer.current?.scheduleRender();
  }, [overlay, findingDrawing, renderer]);

  // Only a new request moves the camera, not every state change: the reducer keeps the request object until
  // the next one, so its identity is the request.
  const focus = ui.focus;
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma || !focus) return;
    const points = focusedNodes(sigma.getGraph(), focus.nodes).flatMap((node) => {
      const data = sigma.getNodeDisplayData(node);
      return data && !data.hidden ? [{ x: data.x, y: data.y }] : [];
    });
    const target = cameraFor(points);
    if (target) void sigma.getCamera().animate(target, { duration: 500 });
  }, [focus, renderer]);

  const zoomToFit = () => {
    const sigma = renderer.current;
    if (!sigma) return;
    sigma.setCustomBBox(null);
    sigma.refresh();
    void sigma.getCamera().animatedReset({ duration: 400 });
  };
  const resetLayout = () => {
    if (layout.running) layout.stop();
    resetPositions(model, graph);
    onPositionsChanged(true);
    zoomToFit();
  };

  return (
    <section className="network" aria-label={t('network.label')}>
      <div className="toolbar" role="toolbar" aria-label={t('network.label')}>
        <button type="button" onClick={zoomToFit}>
          {t('network.fit')}
        </button>
        <button type="button" aria-pressed={layout.running} onClick={layout.running ? layout.stop : layout.start}>
          {layout.running ? t('network.stopLayout') : t('network.runLayout')}
        </button>
        {layout.running && (
          <span className="layout-progress" role="status">
            {t('network.layoutRunning')}
            <progress max={1} value={layout.progress} aria-label={t('network.layoutRunning')} />
          </span>
        )}
        <button type="button" onClick={resetLayout}>
          {t('network.resetLayout')}
        </button>
        {onDrawFlow && (
          <button
            type="button"
            data-testid="draw-flow"
            aria-pressed={drawMode}
            title={t('forms.draw.hint')}
            onClick={() => setDrawMode((on) => !on)}
          >
            {t('forms.draw.toggle')}
          </button>
        )}
        {drawMode && onDrawFlow && (
          <span className="visually-hidden" role="status">
            {t('forms.draw.hint')}
          </span>
        )}
        <NetworkExports
          renderer={renderer}
          graph={graph}
          context={context}
          model={model}
          overlays={{ ghost: overlay, finding: findingDrawing }}
        />
        {/* Under the buttons, where the year slider at the bottom of the view cannot cover it. */}
        <ReadingBar detail={ui.flowDetail} bundles={bundles} dispatch={dispatch} />
      </div>
      <div className="sigma-container" data-testid="network" data-drawing={drawMode} ref={container} />
      <HoverTooltip hover={hover} />
    </section>
  );
}

/** Graph units covered by one unit of node size at the current zoom (sizes are screen pixels). */
function graphUnitsPerSize(sigma: Renderer): number {
  const a = sigma.viewportToGraph({ x: 0, y: 0 });
  const b = sigma.viewportToGraph({ x: 100, y: 0 });
  return Math.hypot(b.x - a.x, b.y - a.y) / 100 / (sigma.scaleSize(1) || 1);
}
