import { useTranslation } from 'react-i18next';

interface LanguageButtonProps {
  readonly onSwitch: () => void;
}

/** Shows the language it switches to, in that language. */
export function LanguageButton({ onSwitch }: LanguageButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="button" data-testid="language" title={t('app.switchLanguage')} onClick={onSwitch}>
      {t('app.otherLanguage')}
    </button>
  );
}
