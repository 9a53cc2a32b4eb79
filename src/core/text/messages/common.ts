/**
 * Namespace `common`: the punctuation and list phrases every sentence of core is
 * joined with, in both languages — one copy for the analyses, imports, diagrams,
 * reports and the CLI.
 */
import type { BilingualMessage } from '../language.ts';

export const COMMON_MESSAGES = {
  listSeparator: { zh: '、', en: ', ' },
  clauseSeparator: { zh: ',', en: ', ' },
  groupSeparator: { zh: ';', en: '; ' },
  andSeparator: { zh: '、', en: ' and ' },
  parenthetical: { zh: '({{text}})', en: ' ({{text}})' },
  /** 等 N 家 counts everyone, "and N others" the rest (the catalogue test lets the two differ). */
  namesAndOthers: { zh: '{{names}}等 {{total}} 家', en: '{{names}} and {{others}} others' },
  namesAndOneOther: { zh: '{{names}}等 {{total}} 家', en: '{{names}} and one other' },
} as const satisfies Record<string, BilingualMessage>;
