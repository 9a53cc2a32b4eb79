/** The ranked project candidates: rank, name, score, its weighted parts and the explanation. */
import { useTranslation } from 'react-i18next';
import type { ProjectCandidate, ScorePart } from '../../core/analysis/projects.ts';
import { localize } from '../../core/model/labels.ts';
import type { Language } from '../../core/model/types.ts';
import { numberLocale } from '../state/language.ts';

interface ProjectListProps {
  readonly candidates: readonly ProjectCandidate[];
  readonly language: Language;
}

export function ProjectList({ candidates, language }: ProjectListProps) {
  const { t } = useTranslation();
  const format = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 3 });
  if (candidates.length === 0) return <p>{t('analysis.none')}</p>;
  return (
    <ol className="projects">
      {candidates.map((c) => (
        <li key={c.technology} data-testid="project">
          <h4>
            {c.rank}. {localize(c.name, language)} — {t('analysis.score')} {format.format(c.score.total)}
          </h4>
          <ul className="score-parts">
            {(Object.keys(c.score.scaled) as ScorePart[]).map((part) => (
              <li key={part}>
                {t(`scorePart.${part}`)}: {format.format(c.score.scaled[part])} × {format.format(c.score.weights[part])}
              </li>
            ))}
          </ul>
          <p>{c.explanation[language]}</p>
        </li>
      ))}
    </ol>
  );
}
