import { memo } from 'react';
/**
 * How the network draws its actors: what sets their size and colour (with
 * the colour scale's range), and which of them are named.
 */
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../../core/analysis/presentation.ts';
import { ACTOR_MEASURES, MEASURE_UNITS, defaultMeasure, type ActorMeasure } from './actorMeasures.ts';
import { NONE_COLOUR, scaleGradient, type ActorScale } from './actorScale.ts';
import type { DisplayGraph } from './displayGraph.ts';
import { LABEL_DENSITIES, defaultLabelDensity, type LabelDensity } from './labelDensity.ts';
import type { UiAction, UiState } from './uiState.ts';
import type { ActorScales } from './useActorScales.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface DisplayControlsProps {
  readonly graph: DisplayGraph;
  readonly ui: UiState;
  readonly scales: ActorScales | undefined;
  readonly dispatch: Dispatch<UiAction>;
}

export function DisplayControls({ graph, ui, scales, dispatch }: DisplayControlsProps) {
  const { t } = useTranslation();
  const sizeBy = ui.sizeBy ?? defaultMeasure(graph);
  const labels = ui.labels ?? defaultLabelDensity(graph.order);
  return (
    <div className="display-controls">
      <label>
        {t('legend.sizeBy')}
        <select
          data-testid="size-by"
          value={sizeBy}
          onChange={(e) => dispatch({ type: 'set-size-by', measure: e.target.value as ActorMeasure })}
        >
          <MeasureOptions />
        </select>
      </label>
      <label>
        {t('legend.colourBy')}
        <select
          data-testid="colour-by"
          value={ui.colourBy}
          onChange={(e) => dispatch({ type: 'set-colour-by', measure: e.target.value as ActorMeasure | 'cluster' })}
        >
          <option value="cluster">{t('measure.cluster')}</option>
          <MeasureOptions />
        </select>
      </label>
      {ui.colourBy !== 'cluster' && scales?.colour && <ColourScale measure={ui.colourBy} scale={scales.colour} />}
      <label>
        {t('legend.labels')}
        <select
          data-testid="label-density"
          value={labels}
          onChange={(e) => dispatch({ type: 'set-labels', labels: e.target.value as LabelDensity })}
        >
          {LABEL_DENSITIES.map((d) => (
            <option key={d} value={d}>
              {t(`legend.labels_${d}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The same options at every render: memoized, so an edit of the park does not translate them again. */
const MeasureOptions = memo(function MeasureOptions() {
  const { t } = useTranslation();
  return ACTOR_MEASURES.map((m) => (
    <option key={m} value={m}>
      {t(`measure.${m}`)}
    </option>
  ));
});

function ColourScale({ measure, scale }: { readonly measure: ActorMeasure; readonly scale: ActorScale }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 2 });
  const unit = MEASURE_UNITS[measure];
  const format = (v: number) => (unit === null ? number.format(v) : `${number.format(v)} ${unit}`);
  const positive = [...scale.values.values()].filter((v) => v > 0);
  if (positive.length === 0) return <p className="note">{t('legend.scaleEmpty')}</p>;
  return (
    <div className="colour-scale" data-testid="colour-scale">
      <span className="gradient" style={{ background: scaleGradient() }} />
      <span className="range">
        <span>{format(Math.min(...positive))}</span>
        <span>{format(scale.max)}</span>
      </span>
      <span className="none">
        <span className="dot" style={{ background: NONE_COLOUR }} />
        {t('legend.scaleNone')}
      </span>
    </div>
  );
}
