/**
 * The ranked project candidates: rank, name, score, the explanation (its
 * effects and economics), its weighted parts in plain words and "show it
 * built"; then the
 * candidates the park's policy does not admit, with the rule each breaks.
 */
import { useTranslation } from 'react-i18next';
import { SCORE_PART_LABELS } from '../../core/analysis/presentation.ts';
import { formatKpiChanges } from '../../core/comparison/kpiChanges.ts';
import {
  PENALTY_PARTS,
  SCORE_PARTS,
  type ProjectCandidate,
  type ProjectRanking,
} from '../../core/analysis/projects.ts';
import { localize } from '../../core/model/labels.ts';
import { message } from '../../core/text/message.ts';
import { numberLocale } from '../i18n/language.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface ProjectListProps {
  readonly ranking: ProjectRanking | undefined;
  /** Technology id of the project drawn on the network, if any. */
  readonly shown: string | null;
  readonly onToggle: (candidate: ProjectCandidate) => void;
}

export function ProjectList({ ranking, shown, onToggle }: ProjectListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 3 });
  const candidates = ranking?.candidates ?? [];
  if (candidates.length === 0) return <p>{t('analysis.none')}</p>;
  return (
    <>
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
            <p data-testid="project-explanation">{c.explanation[language]}</p>
            <details>
              <summary>{t('analysis.scoreParts')}</summary>
              <ul className="score-parts">
                {SCORE_PARTS.map((part) => (
                  <li key={part}>
                    {PENALTY_PARTS.has(part) ? '− ' : ''}
                    {SCORE_PART_LABELS[part].label[language]}: {format.format(c.score.scaled[part])} ×{' '}
                    {format.format(c.score.weights[part])}
                  </li>
                ))}
              </ul>
            </details>
            {shown === c.technology && <KpiChange candidate={c} />}
          </li>
        ))}
      </ol>
      {ranking && ranking.excluded.length > 0 && (
        <section className="excluded-projects" data-testid="excluded-projects">
          <h4>{t('analysis.excludedTitle', { count: ranking.excluded.length })}</h4>
          <ul>
            {ranking.excluded.map((x) => (
              <li key={x.technology}>
                {localize(x.name, language)}:
                {x.reasons.map((r) => r[language]).join(message(language, 'common:groupSeparator'))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function KpiChange({ candidate }: { readonly candidate: ProjectCandidate }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
      <tfoot>
        <tr>
          <td colSpan={3} className="note" data-testid="flow-change">
            {t(candidate.flowChange.retired.length > 0 ? 'analysis.flowChange' : 'analysis.flowChangeAdded', {
              added: candidate.flowChange.added.length,
              retired: candidate.flowChange.retired.length,
            })}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
