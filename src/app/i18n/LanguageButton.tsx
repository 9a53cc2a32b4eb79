/** The language switch: shows the language it switches to, in that language. */
import { useTranslation } from 'react-i18next';
import { switchLanguage } from './useLanguage.ts';

export function LanguageButton() {
  const { t, i18n } = useTranslation();
  return (
    <button type="button" data-testid="language" title={t('app.switchLanguage')} onClick={() => switchLanguage(i18n)}>
      {t('app.otherLanguage')}
    </button>
  );
}
