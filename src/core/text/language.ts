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
