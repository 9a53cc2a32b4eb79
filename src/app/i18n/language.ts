/** The UI language: Chinese by default, the user's choice remembered. */
import type { Language } from '../../core/model/types.ts';

export const LANGUAGE_STORAGE_KEY = 'symbiograph.language';

/** The part of Storage used here, so tests can pass a plain object. */
export interface LanguageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function storedLanguage(storage: LanguageStorage | undefined): Language {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return value === 'en' ? 'en' : 'zh';
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): fall back to the default.
    return 'zh';
  }
}

export function rememberLanguage(storage: LanguageStorage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is harmless.
  }
}

export function otherLanguage(language: Language): Language {
  return language === 'zh' ? 'en' : 'zh';
}

/** Shared with the CLI and reports, so numbers read the same everywhere. */
export { numberLocale } from '../../core/analysis/presentation.ts';
