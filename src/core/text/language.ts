/**
 * The two languages of the UI, the CLI and the reports, and a text given in
 * both. The bottom of core: the model's problems and the catalogue's
 * messages are both `BilingualMessage`s, so this file imports nothing.
 */

/** The two UI and report languages. */
export type Language = 'zh' | 'en';

/** One text in both languages. */
export interface BilingualMessage {
  readonly zh: string;
  readonly en: string;
}

/**
 * The BCP 47 tag of a language, for whatever names the language of a text (SVG `xml:lang`, PDF `/Lang`, HTML
 * `lang`, an `Intl.Collator`): zh-CN makes viewers pick Simplified Chinese glyphs. Not a word of the UI, so not in
 * the catalogue; numbers have their own locale (`numberLocale`, analysis/text.ts).
 */
export function languageTag(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** Han characters (with the compatibility ideographs): what tells Chinese text from English. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Whether the text has any Chinese character in it. */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}
