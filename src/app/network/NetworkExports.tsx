/** The network view's exports: PNG of what is on screen, SVG of the current view or of the whole park. */
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { DisplayContext } from './display.ts';
import type { DisplayGraph } from './displayGraph.ts';
import { downloadBlob, downloadText } from '../outputs/download.ts';
import { exportFileName, localDate } from '../outputs/fileNames.ts';
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
}

export function NetworkExports({ renderer, graph, context, model }: NetworkExportsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const park = localize(model.park.name, language) || model.park.id;
  const png = () => {
    const sigma = renderer.current;
    if (!sigma) return;
    setError(null);
    networkPng(sigma).then(
      (blob) => downloadBlob(blob, exportFileName([model.park.id, 'network', 'view'], 'png')),
      (reason: unknown) => setError(String(reason)),
    );
  };
  const svg = (scope: NetworkScope) => {
    const sigma = renderer.current;
    if (!sigma) return;
    const date = localDate();
    const markup = networkSvg(sigma, graph, context.current, scope, {
      title: t('export.network.title', { park }),
      subtitle: t(`export.network.scope.${scope}`),
      legend: networkLegend(model, language, {
        clusters: t('export.network.legendClusters'),
        boundary: t('export.network.legendBoundary'),
        categories: t('export.network.legendCategories'),
      }),
      dateLine: t('export.network.date', { date }),
      sourceLine: t('export.network.source', { park, id: model.park.id, year: model.park.referenceYear }),
      language,
    });
    downloadText(markup, exportFileName([model.park.id, 'network', scope], 'svg'), 'image/svg+xml');
  };
  return (
    <span className="export-group" role="group" aria-label={t('export.network.group')}>
      <button type="button" data-testid="network-png" onClick={png}>
        {t('export.network.png')}
      </button>
      <button type="button" data-testid="network-svg-view" onClick={() => svg('view')}>
        {t('export.network.svgView')}
      </button>
      <button type="button" data-testid="network-svg-park" onClick={() => svg('park')}>
        {t('export.network.svgPark')}
      </button>
      {error && (
        <span role="alert" className="export-error">
          {t('export.failed', { message: error })}
        </span>
      )}
    </span>
  );
}
