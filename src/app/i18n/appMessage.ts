/**
 * i18next, fed from the one catalogue, without React: the app's texts
 * (`appTexts.ts`) as the default namespace, and every namespace of core's
 * catalogue (glossary, labels, findings …) under its own name, so an app text
 * nests a core term as `$t(glossary:internalReuseRate)` and the app can show a
 * core message with `t('label:status_closed')`. Chinese unless the user chose
 * English before.
 *
 * Components read the texts with react-i18next's `t` (`index.ts` binds this
 * instance to React). Code outside React words an app text here:
 * `appMessage` in one language, `appBilingual` in both at once, for what is
 * shown later in either (an undo step's label, a `Problem`). This file
 * imports no React, so pure modules, their unit tests and the import worker
 * can use it; the worker must never import `index.ts`.
 */
import i18next from 'i18next';
import type { BilingualMessage, Language } from '../../core/text/language.ts';
import { inBothLanguages, MESSAGES, type MessageParams } from '../../core/text/message.ts';
import { storedLanguage } from './language.ts';
import { translationResource, type AppTextKey } from './appTexts.ts';
import { rememberTexts } from './cachedTexts.ts';

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

void i18n.init({
  resources: {
    zh: { translation: translationResource('zh'), ...coreResources('zh') },
    en: { translation: translationResource('en'), ...coreResources('en') },
  },
  lng: storedLanguage(typeof localStorage === 'undefined' ? undefined : localStorage),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  initAsync: false,
});
rememberTexts(i18n);

/** The app's `t` in each language, whatever the UI shows now. */
const FIXED = { zh: i18n.getFixedT('zh'), en: i18n.getFixedT('en') };

/** An app text in one language, its `{{placeholders}}` filled in: for code outside React (a component has `t`). */
export function appMessage(language: Language, key: AppTextKey, params: MessageParams = {}): string {
  return FIXED[language](key, params);
}

/**
 * An app text in both languages, for a `BilingualMessage` the reader sees
 * later in either: an undo step's label, a problem. `params` is the same in
 * both languages, or a function asked once per language when the params are
 * words themselves (a name, a kind of item, a status).
 */
export function appBilingual(
  key: AppTextKey,
  params: MessageParams | ((language: Language) => MessageParams) = {},
): BilingualMessage {
  return inBothLanguages((language) =>
    appMessage(language, key, typeof params === 'function' ? params(language) : params),
  );
}
