/** The exchange network drawn by sigma; the look comes from reducers over UI state. */
import { useEffect, useRef, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkModel } from '../../core/model/types.ts';
import { cameraFor } from '../state/camera.ts';
import type { DisplayContext } from '../state/display.ts';
import { resetPositions, type DisplayGraph } from '../state/displayGraph.ts';
import type { Highlight } from '../state/highlight.ts';
import type { UiAction, UiState } from '../state/uiState.ts';
import { createRenderer } from './createRenderer.ts';
import { useSigma } from './useSigma.ts';
import { useForceAtlas } from './useForceAtlas.ts';

interface NetworkViewProps {
  readonly model: ParkModel;
  readonly graph: DisplayGraph;
  readonly ui: UiState;
  readonly highlight: Highlight | null;
  readonly dispatch: Dispatch<UiAction>;
}

export function NetworkView({ model, graph, ui, highlight, dispatch }: NetworkViewProps) {
  const { t } = useTranslation();
  const context = useRef<DisplayContext>({ ...ui, highlight });
  const layout = useForceAtlas(graph);
  const { container, renderer } = useSigma(
    graph,
    (element) => {
      const sigma = createRenderer(graph, element, context);
      sigma.on('enterNode', ({ node }) => dispatch({ type: 'hover', node }));
      sigma.on('leaveNode', () => dispatch({ type: 'hover', node: null }));
      return sigma;
    },
    dispatch,
  );

  useEffect(() => {
    context.current = { ...ui, highlight };
    renderer.current?.refresh();
  }, [ui, highlight]);

  const focusToken = ui.focus?.token;
  useEffect(() => {
    const sigma = renderer.current;
    const focus = ui.focus;
    if (!sigma || !focus) return;
    const points = focus.nodes.flatMap((node) => {
      const data = sigma.getNodeDisplayData(node);
      return data ? [{ x: data.x, y: data.y }] : [];
    });
    const target = cameraFor(points);
    if (target) void sigma.getCamera().animate(target, { duration: 500 });
  }, [focusToken]); // Only a new request moves the camera, not every state change.

  const zoomToFit = () => void renderer.current?.getCamera().animatedReset({ duration: 400 });
  const resetLayout = () => {
    layout.stop();
    resetPositions(model, graph);
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
        <button type="button" onClick={resetLayout}>
          {t('network.resetLayout')}
        </button>
      </div>
      <div className="sigma-container" data-testid="network" ref={container} />
    </section>
  );
}
