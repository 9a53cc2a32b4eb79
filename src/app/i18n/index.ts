/**
 * The app's i18next instance (`appMessage.ts`, React-free) bound to React:
 * react-i18next's `useTranslation` reads it and re-renders on a language
 * switch. Imported once by `main.tsx` (and by tests that render components).
 */
import { initReactI18next } from 'react-i18next';
import { i18n } from './appMessage.ts';

// What `i18n.use(initReactI18next)` would do at `init`: the instance is already initialised, so pure code and
// workers can use it without React.
initReactI18next.init(i18n);

export { i18n };
