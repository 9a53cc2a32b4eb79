/**
 * The year slider over the network: the years in which an exchange began or
 * ended, then "all years". Moving it redraws the network as the park stood
 * that year (core's `modelAsOf`, see yearFilter.ts); it changes the
 * view only, never the model or its undo history. Arrow keys step year by
 * year (a native range input); "play" walks through the years.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './yearSlider.css';

interface YearSliderProps {
  /** Change years, ascending (never empty: without years there is no slider). */
  readonly years: readonly number[];
  /** The year shown, null for all years. */
  readonly year: number | null;
  readonly onChange: (year: number | null) => void;
  /** What the network shows now. */
  readonly shown: { readonly enterprises: number; readonly flows: number };
}

/** How long "play" shows each year. */
const PLAY_STEP_MS = 1200;

/** The slider stop of a year: the last change year at or before it (the park is the same until the next change). */
export function stopOf(years: readonly number[], year: number | null): number {
  if (year === null) return years.length;
  let stop = 0;
  years.forEach((y, i) => {
    if (y <= year) stop = i;
  });
  return stop;
}

export function YearSlider({ years, year, onChange, shown }: YearSliderProps) {
  const { t } = useTranslation();
  const [playing, setPlaying] = useState(false);
  const stop = stopOf(years, year);
  const all = years.length;
  const choose = (next: number) => onChange(next >= all ? null : years[Math.max(0, next)]!);
  const label = year === null ? t('evolution.allYears') : t('evolution.asOf', { year });

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      // From "all years" play starts at the first year; after the last year it stops on "all years".
      const next = stop >= all ? 0 : stop + 1;
      onChange(next >= all ? null : years[next]!);
      if (next >= all) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, stop, all, years, onChange]);

  return (
    <div className="year-slider" role="group" aria-label={t('evolution.slider')} data-testid="year-slider">
      <button
        type="button"
        aria-label={t('evolution.previous')}
        title={t('evolution.previous')}
        disabled={stop === 0}
        onClick={() => choose(stop - 1)}
      >
        ◀
      </button>
      <input
        type="range"
        min={0}
        max={all}
        step={1}
        value={stop}
        aria-label={t('evolution.slider')}
        aria-valuetext={label}
        data-testid="year-range"
        onChange={(e) => {
          setPlaying(false);
          choose(Number(e.target.value));
        }}
      />
      <button
        type="button"
        aria-label={t('evolution.next')}
        title={t('evolution.next')}
        disabled={stop >= all}
        onClick={() => choose(stop + 1)}
      >
        ▶
      </button>
      <button type="button" aria-pressed={playing} onClick={() => setPlaying((on) => !on)} data-testid="year-play">
        {playing ? t('evolution.pause') : t('evolution.play')}
      </button>
      <button type="button" aria-pressed={year === null} onClick={() => onChange(null)} data-testid="year-all">
        {t('evolution.allYears')}
      </button>
      <output className="year-label" data-testid="year-label" aria-live="polite">
        <strong>{label}</strong> · {t('evolution.shown', shown)}
      </output>
      <span className="note year-note">{t('evolution.viewOnly')}</span>
    </div>
  );
}
