/**
 * The material or process view: lays the view out (ELK in a Web Worker,
 * loaded on first use, so it stays out of the main bundle) in the names of
 * the current language, then draws it. Until the layout of this graph and
 * language is ready nothing is drawn, so the view never shows nodes at
 * stale places and then jumps.
 */
import { useEffect, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/model/types.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { Filters } from './filters.ts';
import { ParkCanvas } from './ParkCanvas.tsx';
import type { UiAction } from './uiState.ts';
import type { ViewGraph } from './viewGraphs.ts';
import type { DrawnView } from './viewLayouts.ts';

interface ParkViewProps {
  readonly graph: ViewGraph;
  readonly filters: Filters;
  readonly label: string;
  readonly selected: string | null;
  readonly dispatch: Dispatch<UiAction>;
}

type Laid =
  | { readonly graph: ViewGraph; readonly language: Language; readonly drawn: DrawnView }
  | { readonly graph: ViewGraph; readonly language: Language; readonly failed: true };

export function ParkView({ graph, filters, label, selected, dispatch }: ParkViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [laid, setLaid] = useState<Laid | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([import('./viewLayouts.ts'), import('./viewElk.ts')])
      .then(async ([{ layoutView, drawnView }, { viewElk }]) =>
        drawnView(graph, await layoutView(graph, language, viewElk())),
      )
      .then(
        (drawn) => live && setLaid({ graph, language, drawn }),
        (error: unknown) => {
          console.warn('view layout failed', error);
          if (live) setLaid({ graph, language, failed: true });
        },
      );
    return () => {
      live = false;
    };
  }, [graph, language]);

  // A layout of another graph or language is stale: shown as "laying out", never drawn.
  const current = laid && laid.graph === graph && laid.language === language ? laid : null;
  if (current && 'drawn' in current)
    return <ParkCanvas drawn={current.drawn} filters={filters} label={label} selected={selected} dispatch={dispatch} />;
  return (
    <section className="network" aria-label={label}>
      <div className="sigma-container" data-testid="park-view" aria-busy={!current}>
        <p role="status" style={{ margin: 0, padding: '1rem', color: '#666' }}>
          {current ? t('view.layoutFailed') : t('view.layingOut')}
        </p>
      </div>
    </section>
  );
}
