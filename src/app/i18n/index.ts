/** i18next with the two locale files; Chinese unless the user chose English before. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLanguage } from '../state/language.ts';
import en from './en.json';
import zh from './zh.json';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: storedLanguage(typeof localStorage === 'undefined' ? undefined : localStorage),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  initAsync: false,
});
