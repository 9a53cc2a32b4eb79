/**
 * The app's own texts, one table per part of the app, in the catalogue's
 * format: section → key → `{ zh, en }`, `{{x}}` placeholders and
 * `$t(namespace:key)` nesting, checked with core's entries by
 * `tests/unit/text/catalogue.test.ts`. A dotted key (`tab.network`) is a
 * nested i18next key.
 */
import type { BilingualMessage, Language } from '../../core/text/language.ts';
import { ANALYSIS_TEXTS } from './messages/analysis.ts';
import { EDITING_TEXTS } from './messages/editing.ts';
import { EXPLORER_TEXTS } from './messages/explorer.ts';
import { INSPECTOR_TEXTS } from './messages/inspector.ts';
import { LIBRARY_TEXTS } from './messages/library.ts';
import { TEAM_TEXTS } from './messages/team.ts';
import { TRANSFER_TEXTS } from './messages/transfer.ts';

const SECTIONS = {
  ...EXPLORER_TEXTS,
  ...INSPECTOR_TEXTS,
  ...ANALYSIS_TEXTS,
  ...LIBRARY_TEXTS,
  ...EDITING_TEXTS,
  ...TRANSFER_TEXTS,
  ...TEAM_TEXTS,
};

/** Every section of the app's texts. */
export const APP_TEXTS: Readonly<Record<string, Readonly<Record<string, BilingualMessage>>>> = SECTIONS;

/** An app text's i18next key, `section.key`: what `appMessage` and `appBilingual` take, checked by the compiler. */
export type AppTextKey = {
  [S in keyof typeof SECTIONS]: `${S}.${keyof (typeof SECTIONS)[S] & string}`;
}[keyof typeof SECTIONS];

/** A nested i18next resource tree: a dotted key's parts become levels. */
export interface ResourceTree {
  [key: string]: string | ResourceTree;
}

/** The app's texts in one language, as i18next's default (`translation`) namespace. */
export function translationResource(language: Language): ResourceTree {
  const tree: ResourceTree = {};
  for (const [section, entries] of Object.entries(APP_TEXTS)) {
    for (const [key, entry] of Object.entries(entries)) {
      const path = [section, ...key.split('.')];
      let level = tree;
      for (const part of path.slice(0, -1)) {
        const next = level[part];
        if (typeof next === 'string') throw new Error(`app text ${path.join('.')} nests under a text`);
        level = next ?? (level[part] = {});
      }
      level[path[path.length - 1] ?? ''] = entry[language];
    }
  }
  return tree;
}
