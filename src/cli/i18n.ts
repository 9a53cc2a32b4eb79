/** The CLI's own words, from the catalogue's `cli` namespace (core/text/messages/cli.ts). Problem messages come bilingual from core. */
import { ANALYSIS_KINDS } from '../core/analysis/analysisKinds.ts';
import type { Language } from '../core/model/types.ts';
import { message, type KeyOf, type MessageParams } from '../core/text/message.ts';

export type CliMessageKey = KeyOf<'cli'>;

/** A CLI message in one language; `{{KINDS}}` is always the list of analysis kinds. */
export function t(language: Language, key: CliMessageKey, values: MessageParams = {}): string {
  return message(language, `cli:${key}`, { KINDS: ANALYSIS_KINDS.join(','), ...values });
}

/** Several CLI messages in one language: a table's column headers. */
export function columns(language: Language, keys: readonly CliMessageKey[]): string[] {
  return keys.map((key) => t(language, key));
}
