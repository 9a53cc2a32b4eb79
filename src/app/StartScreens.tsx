/** The screens before the explorer: the model still loading, or every problem that stops it from loading. */
import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../core/model/problems.ts';
import { LanguageButton } from './i18n/LanguageButton.tsx';
import { useLanguage } from './i18n/useLanguage.ts';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <main className="error-screen" role="status">
      <p>{t('app.loadingModel')}</p>
    </main>
  );
}

interface ErrorScreenProps {
  readonly source: 'model' | 'catalogue';
  readonly errors: readonly Problem[];
}

/** The problems as plain text, with the language switch (they come in both languages). */
export function ErrorScreen({ source, errors }: ErrorScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <LanguageButton />
      <main className="error-screen" role="alert">
        <h1>{source === 'model' ? t('app.loadError') : t('app.catalogueError')}</h1>
        <ul>
          {errors.map((problem, i) => (
            <li key={i}>{formatProblem(problem, language)}</li>
          ))}
        </ul>
      </main>
    </>
  );
}
