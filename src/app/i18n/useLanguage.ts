/**
 * The UI language, held in one place: i18next. A component that needs it
 * for core (`localize`, `message`, number formats) reads it with
 * `useLanguage()`, which re-renders on every switch; `switchLanguage` is the
 * one way to change it. Code outside React (workers' requests, sigma's
 * reducers, the test API) is handed the language by the component calling it.
 */
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/model/types.ts';
import { languageTag } from '../../core/text/language.ts';
import { otherLanguage, rememberLanguage } from './language.ts';

/** i18next's language code as one of the app's two languages (Chinese unless English). */
export function languageOf(i18n: Pick<I18n, 'language'>): Language {
  return i18n.language === 'en' ? 'en' : 'zh';
}

export function useLanguage(): Language {
  return languageOf(useTranslation().i18n);
}

/** To the other language: i18next switches (every reader re-renders), the choice is remembered, the page says it. */
export function switchLanguage(i18n: I18n): void {
  const next = otherLanguage(languageOf(i18n));
  void i18n.changeLanguage(next);
  rememberLanguage(window.localStorage, next);
  document.documentElement.lang = languageTag(next);
}
