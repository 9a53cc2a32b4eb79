/**
 * The park through the years, beside the network: core's evolution chart
 * (the same SVG the HTML report embeds) with the slider's year marked, and
 * either the story in sentences (all years) or that year's figures and the
 * exchanges that began and ended in it. Clicking a year on the chart shows
 * the network as of that year. Shown only for models whose flows carry years.
 */
import { useMemo, type MouseEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { evolutionRowAsOf, type ParkEvolution } from '../../core/analysis/evolution.ts';
import {
  describeEvolutionFlow,
  evolutionHeaders,
  evolutionNotes,
  evolutionRows,
  evolutionSentences,
} from '../../core/analysis/evolutionText.ts';
import { renderEvolutionChartSvg } from '../../core/diagram/evolutionChart.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { createReportNames } from '../../core/report/reportNames.ts';
import type { EvolutionState } from './useEvolution.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import './evolution.css';

interface EvolutionPanelProps {
  readonly model: ParkModel;
  readonly state: EvolutionState;
  /** The slider's year, null for all years. */
  readonly year: number | null;
  readonly onYear: (year: number | null) => void;
}

/** Wide enough for the side panel (400 px less its padding); the SVG scales to the panel. */
const CHART_WIDTH = 376;

export function EvolutionPanel({ model, state, year, onYear }: EvolutionPanelProps) {
  const { t } = useTranslation();
  if (state.status === 'none') return null;
  return (
    <details className="evolution-panel" open data-testid="evolution-panel">
      <summary>
        <h2>{t('evolution.title')}</h2>
      </summary>
      {state.status === 'computing' && (
        <p className="computing" role="status">
          {t('evolution.computing')}
        </p>
      )}
      {state.status === 'failed' && <p role="alert">{t('evolution.failed', { message: state.message })}</p>}
      {state.status === 'done' && (
        <EvolutionContent model={model} evolution={state.evolution} year={year} onYear={onYear} />
      )}
    </details>
  );
}

function EvolutionContent(props: {
  readonly model: ParkModel;
  readonly evolution: ParkEvolution;
  readonly year: number | null;
  readonly onYear: (year: number | null) => void;
}) {
  const { model, evolution, year, onYear } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const svg = useMemo(
    () =>
      renderEvolutionChartSvg(evolution, {
        language,
        width: CHART_WIDTH,
        ...(year === null ? {} : { markYear: year }),
      }).replace(/^<\?xml[^>]*>\s*/, ''),
    [evolution, language, year],
  );
  const names = useMemo(() => {
    const all = createReportNames(model);
    return {
      enterprise: (id: string) => all.enterprise(id, language),
      material: (id: string) => all.material(id, language),
    };
  }, [model, language]);
  // The chart's year columns carry their year as a class (year-1985): a click there shows that year.
  const onChartClick = (event: MouseEvent) => {
    const target = (event.target as Element).closest('.evo-year');
    const match = target ? /\byear-(\d+)\b/.exec(target.getAttribute('class') ?? '') : null;
    if (match) onYear(Number(match[1]));
  };
  const row = year === null ? undefined : evolutionRowAsOf(evolution, year);
  const index = row ? evolution.years.indexOf(row) : -1;
  const headers = evolutionHeaders(language);
  const cells = index >= 0 ? evolutionRows(evolution, language)[index]! : [];
  return (
    <>
      {/* Core writes every label through escapeXml (svgMarkup.ts), so its SVG is safe to insert. */}
      <div
        className="evolution-chart"
        role="img"
        aria-label={t('evolution.chartLabel')}
        title={t('evolution.chartHint')}
        data-testid="evolution-chart"
        onClick={onChartClick}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      {year === null || !row ? (
        <>
          {evolutionSentences(evolution, language).map((s) => (
            <p key={s}>{s}</p>
          ))}
          {evolutionNotes(evolution, language).map((n) => (
            <p key={n} className="note">
              {n}
            </p>
          ))}
        </>
      ) : (
        <>
          <table className="kpis evolution-year" data-testid="evolution-year">
            <caption>{t('evolution.asOf', { year })}</caption>
            <tbody>
              {headers.slice(3).map((h, i) => (
                <tr key={h}>
                  <th scope="row">{h}</th>
                  <td>{cells[i + 3]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {row.year !== year && <p className="note">{t('evolution.sameAs', { year: row.year })}</p>}
          <ChangeList title={t('evolution.began', { year: row.year, count: row.began.length })}>
            {row.began.map((f) => (
              <li key={f.id}>{describeEvolutionFlow(f, language, names)}</li>
            ))}
          </ChangeList>
          <ChangeList title={t('evolution.ended', { year: row.year, count: row.ended.length })}>
            {row.ended.map((f) => (
              <li key={f.id}>{describeEvolutionFlow(f, language, names)}</li>
            ))}
          </ChangeList>
        </>
      )}
    </>
  );
}

function ChangeList({ title, children }: { readonly title: string; readonly children: readonly ReactElement[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="evolution-changes">{children}</ul>
    </>
  );
}
