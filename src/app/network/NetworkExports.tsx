/**
 * The network view's exports: PNG of what is on screen at 1×, 2× or 4×, SVG
 * of the current view or of the whole park, each framed by a title (park,
 * part and filters shown), a legend of what is drawn, the date and the source.
 */
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkModel } from '../../core/model/types.ts';
import { NO_OVERLAYS, type PictureOverlays } from './networkPicture.ts';
import type { DisplayContext } from './display.ts';
import type { DisplayGraph } from './displayGraph.ts';
import { downloadBlob, downloadText } from '../outputs/download.ts';
import { exportFileName, localDate } from '../outputs/fileNames.ts';
import { PngButtons } from '../outputs/PngButtons.tsx';
import { networkCaption } from './exportCaption.ts';
import { drawnContent } from './networkDrawn.ts';
import { networkPng, networkSvg, type NetworkScope } from './networkExport.ts';
import { networkLegend } from './networkLegend.ts';
import type { Renderer } from './createRenderer.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import '../outputs/outputs.css';

interface NetworkExportsProps {
  readonly renderer: RefObject<Renderer | null>;
  readonly graph: DisplayGraph;
  readonly context: RefObject<DisplayContext>;
  readonly model: ParkModel;
  /** A shown project's planned flows, drawn dashed over the park (and so in the PNG). */
  /** What the view draws over sigma's picture, drawn into the PNG too. */
  readonly overlays?: PictureOverlays;
}

export function NetworkExports(props: NetworkExportsProps) {
  const { renderer, graph, context, model, overlays = NO_OVERLAYS } = props;
  const proposed = (overlays.ghost?.flows.length ?? 0) > 0;
  const { t } = useTranslation();
  const language = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Title, legend and footer for `scope`; the legend lists what the picture draws. */
  const frame = (sigma: Renderer, scope: NetworkScope) => {
    const { width, height } = sigma.getDimensions();
    // The view leaves out actors off screen; a node is in the picture while any of it shows.
    const inView = (node: { x: number; y: number; size: number }) => {
      const at = sigma.graphToViewport(node);
      const radius = sigma.scaleSize(node.size);
      return at.x >= -radius && at.y >= -radius && at.x <= width + radius && at.y <= height + radius;
    };
    const drawn = drawnContent(graph, context.current, scope === 'view' ? inView : undefined);
    const caption = networkCaption(model, context.current, scope, language, localDate());
    return {
      ...caption,
      legend: networkLegend(
        model,
        language,
        { ...drawn, proposal: drawn.proposal || proposed },
        graph.getAttribute('sizeBasis'),
      ),
      language,
    };
  };
  const png = (scale: number) => {
    const sigma = renderer.current;
    if (!sigma) return;
    setError(null);
    setBusy(true);
    networkPng(sigma, context, scale, frame(sigma, 'view'), overlays)
      .then(
        (blob) => downloadBlob(blob, exportFileName([model.park.id, 'network', 'view'], 'png', scale)),
        (reason: unknown) => setError(String(reason)),
      )
      .finally(() => setBusy(false));
  };
  const svg = (scope: NetworkScope) => {
    const sigma = renderer.current;
    if (!sigma) return;
    const markup = networkSvg(sigma, graph, context.current, scope, frame(sigma, scope));
    downloadText(markup, exportFileName([model.park.id, 'network', scope], 'svg'), 'image/svg+xml');
  };
  return (
    <span className="export-group" role="group" aria-label={t('export.network.group')} aria-busy={busy}>
      <PngButtons label={t('export.network.png')} testId="network" onPng={png} disabled={busy} />
      <span className="export-group" role="group" aria-label={t('export.network.svg')}>
        {t('export.network.svg')}
        {/* Short on the toolbar, whole in the tooltip and for screen readers. */}
        <button
          type="button"
          data-testid="network-svg-view"
          title={t('export.network.svgView')}
          aria-label={t('export.network.svgView')}
          onClick={() => svg('view')}
        >
          {t('export.network.svgViewShort')}
        </button>
        <button
          type="button"
          data-testid="network-svg-park"
          title={t('export.network.svgPark')}
          aria-label={t('export.network.svgPark')}
          onClick={() => svg('park')}
        >
          {t('export.network.svgParkShort')}
        </button>
      </span>
      {error && (
        <span role="alert" className="export-error">
          {t('export.failed', { message: error })}
        </span>
      )}
    </span>
  );
}
