/** i18next with the two locale files; Chinese unless the user chose English before. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TERMS, type TermKey } from '../../core/text/glossary.ts';
import { storedLanguage } from '../language/language.ts';
import en from './en.json';
import zh from './zh.json';

export const i18n = i18next.createInstance();

/** The core glossary as an i18next namespace: locale strings nest its terms as `$t(glossary:internalReuseRate)`. */
function glossary(language: 'zh' | 'en'): Record<TermKey, string> {
  return Object.fromEntries(Object.entries(TERMS).map(([key, t]) => [key, t[language]])) as Record<TermKey, string>;
}

void i18n.use(initReactI18next).init({
  resources: {
    zh: { translation: zh, glossary: glossary('zh') },
    en: { translation: en, glossary: glossary('en') },
  },
  lng: storedLanguage(typeof localStorage === 'undefined' ? undefined : localStorage),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  initAsync: false,
});
