/**
 * i18next, fed from the one catalogue: the app's texts (`appTexts.ts`) as the
 * default namespace, and every namespace of core's catalogue (glossary,
 * labels, findings …) under its own name, so an app text nests a core term
 * as `$t(glossary:internalReuseRate)` and the app can show a core message
 * with `t('label:status_closed')`. Chinese unless the user chose English before.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/text/language.ts';
import { MESSAGES } from '../../core/text/message.ts';
import { storedLanguage } from './language.ts';
import { translationResource } from './appTexts.ts';

export const i18n = i18next.createInstance();

/** All of core's namespaces in one language, as i18next resources (flat keys). */
function coreResources(language: Language): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(MESSAGES).map(([namespace, table]) => [
      namespace,
      Object.fromEntries(Object.entries(table).map(([key, entry]) => [key, entry[language]])),
    ]),
  );
}

void i18n.use(initReactI18next).init({
  resources: {
    zh: { translation: translationResource('zh'), ...coreResources('zh') },
    en: { translation: translationResource('en'), ...coreResources('en') },
  },
  lng: storedLanguage(typeof localStorage === 'undefined' ? undefined : localStorage),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  initAsync: false,
});
