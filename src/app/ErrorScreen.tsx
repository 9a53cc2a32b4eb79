/** Every problem that stops the park from loading, as plain text. */
import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../core/model/problems.ts';
import { useLanguage } from './language/useLanguage.ts';

interface ErrorScreenProps {
  readonly source: 'model' | 'catalogue';
  readonly errors: readonly Problem[];
}

export function ErrorScreen({ source, errors }: ErrorScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <main className="error-screen" role="alert">
      <h1>{source === 'model' ? t('app.loadError') : t('app.catalogueError')}</h1>
      <ul>
        {errors.map((problem, i) => (
          <li key={i}>{formatProblem(problem, language)}</li>
        ))}
      </ul>
    </main>
  );
}
