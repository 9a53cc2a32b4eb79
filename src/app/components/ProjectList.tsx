/** The ranked project candidates: rank, name, score, its weighted parts, the explanation, and "show it built". */
import { useTranslation } from 'react-i18next';
import { formatKpiChanges } from '../../core/analysis/presentation.ts';
import type { ProjectCandidate, ScorePart } from '../../core/analysis/projects.ts';
import { localize } from '../../core/model/labels.ts';
import type { Language } from '../../core/model/types.ts';
import { numberLocale } from '../state/language.ts';

interface ProjectListProps {
  readonly candidates: readonly ProjectCandidate[];
  readonly language: Language;
  /** Technology id of the project drawn on the network, if any. */
  readonly shown: string | null;
  readonly onToggle: (candidate: ProjectCandidate) => void;
}

export function ProjectList({ candidates, language, shown, onToggle }: ProjectListProps) {
  const { t } = useTranslation();
  const format = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 3 });
  if (candidates.length === 0) return <p>{t('analysis.none')}</p>;
  return (
    <ol className="projects">
      {candidates.map((c) => (
        <li key={c.technology} data-testid="project" data-technology={c.technology}>
          <h4>
            {c.rank}. {localize(c.name, language)} — {t('analysis.score')} {format.format(c.score.total)}
          </h4>
          <button
            type="button"
            data-testid="show-project"
            aria-pressed={shown === c.technology}
            onClick={() => onToggle(c)}
          >
            {shown === c.technology ? t('analysis.hideProject') : t('analysis.showProject')}
          </button>
          <ul className="score-parts">
            {(Object.keys(c.score.scaled) as ScorePart[]).map((part) => (
              <li key={part}>
                {t(`scorePart.${part}`)}: {format.format(c.score.scaled[part])} × {format.format(c.score.weights[part])}
              </li>
            ))}
          </ul>
          <p>{c.explanation[language]}</p>
          {shown === c.technology && <KpiChange candidate={c} language={language} />}
        </li>
      ))}
    </ol>
  );
}

function KpiChange({ candidate, language }: { readonly candidate: ProjectCandidate; readonly language: Language }) {
  const { t } = useTranslation();
  return (
    <table className="kpi-change" data-testid="kpi-change">
      <caption>{t('analysis.kpiChange')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.indicator')}</th>
          <th scope="col">{t('analysis.before')}</th>
          <th scope="col">{t('analysis.after')}</th>
        </tr>
      </thead>
      <tbody>
        {formatKpiChanges(candidate.kpisBefore, candidate.kpisAfter, language).map((row) => (
          <tr key={row.key} className={row.changed ? 'changed' : undefined}>
            <th scope="row">{row.label}</th>
            <td>{row.before}</td>
            <td>{row.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
