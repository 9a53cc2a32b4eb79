/**
 * Says what the network's first view leaves out and gives everything back in
 * one click: parallel flows bundled, the park's purchases, sales and
 * disposals drawn quiet (bundles.ts) — or every flow on its own line.
 */
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowDetail } from './bundles.ts';
import type { DrawnBundles } from './display.ts';
import type { UiAction } from './uiState.ts';

interface ReadingBarProps {
  readonly detail: FlowDetail;
  /** The bundles drawn (bundled view), null when every flow is drawn. */
  readonly bundles: DrawnBundles | null;
  readonly dispatch: Dispatch<UiAction>;
}

export function ReadingBar({ detail, bundles, dispatch }: ReadingBarProps) {
  const { t } = useTranslation();
  return (
    <div className="reading-bar" data-testid="reading-bar" data-detail={detail}>
      <span role="status">
        {detail === 'bundled' && bundles
          ? t('network.bundled', { lines: bundles.carried.size, flows: bundles.flows })
          : t('network.everyFlow')}
      </span>
      <button
        type="button"
        data-testid="flow-detail"
        aria-pressed={detail === 'all'}
        onClick={() => dispatch({ type: 'set-flow-detail', detail: detail === 'all' ? 'bundled' : 'all' })}
      >
        {detail === 'all' ? t('network.showBundled') : t('network.showEveryFlow')}
      </button>
    </div>
  );
}
